using System;
using Cchc.Scoring;
using NodaTime;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Periods;

public class DeadlineTests
{
    private static ReportingPeriod Admin(string text) => ReportingPeriod.Parse(text, ReportingCalendar.Administrative);

    [Theory]
    [InlineData("2025-Q3", 3, "2025-10-03")] // ends Tue 30 Sep: Wed 1, Thu 2, Fri 3 Oct
    [InlineData("2025-Q1", 1, "2025-04-01")] // ends Mon 31 Mar: Tue 1 Apr
    [InlineData("2025-05", 1, "2025-06-02")] // ends Sat 31 May: Sun 1 Jun skipped, Mon 2 Jun
    [InlineData("2024-02", 1, "2024-03-01")] // leap year: ends Thu 29 Feb, Fri 1 Mar
    [InlineData("2023-02", 1, "2023-03-01")] // ends Tue 28 Feb, Wed 1 Mar
    [InlineData("2025-Q3", 0, "2025-09-30")] // no working days: the cut-off day itself
    [InlineData("2025-08", 0, "2025-08-31")] // even a Sunday
    public void DueDate_Calendar(string period, int days, string due)
    {
        Assert.Equal(Date(due), new SubmissionDeadline(days).DueDate(Period(period)));
    }

    [Theory]
    [InlineData("2025-Q3", 3, "2025-09-17")] // ends Sun 14 Sep: Mon 15, Tue 16, Wed 17
    [InlineData("2024", 1, "2024-12-16")] // the year ends Sat 14 Dec 2024: Mon 16 Dec
    [InlineData("2025-Q1", 2, "2025-03-18")] // ends Fri 14 Mar: Mon 17, Tue 18
    [InlineData("2024-Q1", 2, "2024-03-18")] // leap year quarter (15 Dec 2023 – 14 Mar 2024, Thu): Fri 15, Mon 18
    [InlineData("2025-H1", 5, "2025-06-20")] // ends Sat 14 Jun: Mon 16 … Fri 20
    public void DueDate_Administrative(string period, int days, string due)
    {
        Assert.Equal(Date(due), new SubmissionDeadline(days).DueDate(Admin(period)));
    }

    [Fact]
    public void DueDate_SkipsHolidays_AcrossTheYearEnd()
    {
        // 2024 ends Tue 31 Dec; Wed 1 Jan 2025 is New Year's Day: Thu 2, Fri 3 Jan.
        var deadline = new SubmissionDeadline(2, [Date("2025-01-01")]);
        Assert.Equal(Date("2025-01-03"), deadline.DueDate(Period("2024")));
    }

    [Fact]
    public void DueDate_Tet_HolidaysAndWeekendTogether()
    {
        // January 2025 ends Fri 31 Jan (a Tết holiday, 25 Jan – 2 Feb); 1–2 Feb are the weekend, Mon 3 Feb is the first
        // working day, Tue 4 Feb the second.
        var tet = new[] { Date("2025-01-27"), Date("2025-01-28"), Date("2025-01-29"), Date("2025-01-30"), Date("2025-01-31") };
        Assert.Equal(Date("2025-02-04"), new SubmissionDeadline(2, tet).DueDate(Period("2025-01")));
    }

    [Fact]
    public void DueDate_CustomWeekend()
    {
        // Only Sunday is off: 2025-Q3 ends Tue 30 Sep; 5 working days are Wed 1, Thu 2, Fri 3, Sat 4, Mon 6 Oct.
        var deadline = new SubmissionDeadline(5, weekend: [IsoDayOfWeek.Sunday]);
        Assert.Equal(Date("2025-10-06"), deadline.DueDate(Period("2025-Q3")));
        Assert.False(deadline.HasDefaultWeekend);
    }

    [Fact]
    public void IsLate_AtMidnightAfterTheDueDay_InUtcPlus7()
    {
        // Administrative 2025-Q3 with 3 working days is due on 17 Sep 2025; it is late from 18 Sep 00:00 +07:00
        // = 17 Sep 17:00 UTC.
        var deadline = new SubmissionDeadline(3);
        var q3 = Admin("2025-Q3");
        Assert.Equal(At("2025-09-17T17:00:00Z"), deadline.LateFrom(q3));
        Assert.False(deadline.IsLate(q3, At("2025-09-17T16:59:59Z")));
        Assert.True(deadline.IsLate(q3, At("2025-09-17T17:00:00Z")));
    }

    [Fact]
    public void IsLate_OtherOffset()
    {
        // At UTC+0 the same deadline runs to 18 Sep 00:00 UTC.
        var deadline = new SubmissionDeadline(3, utcOffset: Offset.Zero);
        Assert.Equal(At("2025-09-18T00:00:00Z"), deadline.LateFrom(Admin("2025-Q3")));
    }

    [Fact]
    public void Constructor_RejectsBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubmissionDeadline(-1));
        Assert.Throws<ArgumentException>(() => new SubmissionDeadline(1, weekend: Enum.GetValues<IsoDayOfWeek>()[1..]));
    }

    [Theory]
    [InlineData("2025-Q1", "2025-03-14", "2025-03-15")] // the 14th closes Q1, the 15th opens Q2
    [InlineData("2025", "2025-12-14", "2025-12-15")] // the 14 December closes 2025, the 15th opens 2026
    [InlineData("2025-H1", "2025-06-14", "2025-06-15")]
    [InlineData("2024-02", "2024-02-14", "2024-02-15")]
    public void Administrative_14thIn_15thOut(string period, string lastIn, string firstOut)
    {
        var p = Admin(period);
        Assert.Equal(Date(lastIn), p.End);
        Assert.Equal(Date(firstOut), p.End.PlusDays(1));
    }

    [Fact]
    public void Administrative_LeapDay_BelongsToMarch()
    {
        // 29 Feb 2024 lies after the February cut-off (14 Feb), so in 2024-03 (15 Feb – 14 Mar) and in 2024-Q1.
        var march = Admin("2024-03");
        Assert.True(march.Start <= Date("2024-02-29") && Date("2024-02-29") <= march.End);
        Assert.True(Admin("2024-Q1").Contains(march));
        Assert.Equal(29, Admin("2024-03").Dates.Length); // 15 Feb – 14 Mar 2024: 15 + 14 days
        Assert.Equal(28, Admin("2025-03").Dates.Length); // 15 Feb – 14 Mar 2025: 14 + 14 days
    }

    [Fact]
    public void Administrative_YearEnd_DecemberOpensNextYear()
    {
        // 2026-01 runs 15 Dec 2025 – 14 Jan 2026 and lies in the year 2026, not 2025.
        var january = Admin("2026-01");
        Assert.Equal(Date("2025-12-15"), january.Start);
        Assert.True(Admin("2026").Contains(january));
        Assert.False(Admin("2025").Contains(january));
    }
}
