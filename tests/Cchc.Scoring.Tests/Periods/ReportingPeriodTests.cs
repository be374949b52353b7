using System;
using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Periods;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2025", PeriodKind.Year, 0, "2025-01-01", "2025-12-31")]
    [InlineData("2025-H1", PeriodKind.HalfYear, 1, "2025-01-01", "2025-06-30")]
    [InlineData("2025-H2", PeriodKind.HalfYear, 2, "2025-07-01", "2025-12-31")]
    [InlineData("2025-Q1", PeriodKind.Quarter, 1, "2025-01-01", "2025-03-31")]
    [InlineData("2025-Q2", PeriodKind.Quarter, 2, "2025-04-01", "2025-06-30")]
    [InlineData("2025-Q3", PeriodKind.Quarter, 3, "2025-07-01", "2025-09-30")]
    [InlineData("2025-Q4", PeriodKind.Quarter, 4, "2025-10-01", "2025-12-31")]
    [InlineData("2025-01", PeriodKind.Month, 1, "2025-01-01", "2025-01-31")]
    [InlineData("2025-02", PeriodKind.Month, 2, "2025-02-01", "2025-02-28")]
    [InlineData("2024-02", PeriodKind.Month, 2, "2024-02-01", "2024-02-29")]
    [InlineData("2025-12", PeriodKind.Month, 12, "2025-12-01", "2025-12-31")]
    [InlineData("2025-01-01..2025-03-31", PeriodKind.Custom, 0, "2025-01-01", "2025-03-31")]
    [InlineData("2024-12-20..2025-01-05", PeriodKind.Custom, 0, "2024-12-20", "2025-01-05")]
    [InlineData("2025-05-05..2025-05-05", PeriodKind.Custom, 0, "2025-05-05", "2025-05-05")]
    public void Parse_Calendar(string text, PeriodKind kind, int number, string start, string end)
    {
        var period = ReportingPeriod.Parse(text);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(number, period.Number);
        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("2024-Q1", "2023-12-15", "2024-03-14")] // the quarter starts on the 15th of the month before it
    [InlineData("2025", "2024-12-15", "2025-12-14")] // the year runs 15 December to 14 December
    [InlineData("2024", "2023-12-15", "2024-12-14")]
    [InlineData("2025-H1", "2024-12-15", "2025-06-14")]
    [InlineData("2025-H2", "2025-06-15", "2025-12-14")]
    [InlineData("2025-Q3", "2025-06-15", "2025-09-14")]
    [InlineData("2025-Q4", "2025-09-15", "2025-12-14")]
    [InlineData("2025-01", "2024-12-15", "2025-01-14")] // across the year end
    [InlineData("2024-03", "2024-02-15", "2024-03-14")] // February of a leap year inside
    [InlineData("2024-02", "2024-01-15", "2024-02-14")]
    public void Parse_Administrative(string text, string start, string end)
    {
        var period = ReportingPeriod.Parse(text, ReportingCalendar.Administrative);
        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
        Assert.Equal(text, period.ToString());
    }

    [Fact]
    public void Administrative_CustomRange_Unchanged()
    {
        // A custom range gives its own dates whatever the calendar.
        var period = ReportingPeriod.Parse("2025-01-01..2025-03-31", ReportingCalendar.Administrative);
        Assert.Equal(Date("2025-01-01"), period.Start);
        Assert.Equal(Date("2025-03-31"), period.End);
    }

    [Theory]
    [InlineData("2025-03", "2025-02-28", "2025-03-28")]
    public void Parse_Cutoff28_AfterShortFebruary(string text, string previousCutoff, string end)
    {
        // cutoff-28: February 2025 closes on 28 February, so March runs 1 March (28 Feb + 1 day) to 28 March.
        var period = ReportingPeriod.Parse(text, ReportingCalendar.WithCutoff(28));
        Assert.Equal(Date(previousCutoff).PlusDays(1), period.Start);
        Assert.Equal(Date(end), period.End);
    }

    [Fact]
    public void Parse_Cutoff28_LeapYear()
    {
        // 2024: February closes on 28 February; March runs 29 February to 28 March.
        var march = ReportingPeriod.Parse("2024-03", ReportingCalendar.WithCutoff(28));
        Assert.Equal(Date("2024-02-29"), march.Start);
        Assert.Equal(Date("2024-03-28"), march.End);

        // Q1 2025 under cutoff-28: 29 December 2024 to 28 March 2025.
        var q1 = ReportingPeriod.Parse("2025-Q1", ReportingCalendar.WithCutoff(28));
        Assert.Equal(Date("2024-12-29"), q1.Start);
        Assert.Equal(Date("2025-03-28"), q1.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("202")]
    [InlineData("20255")]
    [InlineData("2025-")]
    [InlineData("2025-Q0")]
    [InlineData("2025-Q5")]
    [InlineData("2025-H0")]
    [InlineData("2025-H3")]
    [InlineData("2025-00")]
    [InlineData("2025-13")]
    [InlineData("2025-1")]
    [InlineData("2025-q1")]
    [InlineData("2025-h1")]
    [InlineData("2025Q1")]
    [InlineData("2025/Q1")]
    [InlineData(" 2025")]
    [InlineData("2025 ")]
    [InlineData("+2025")]
    [InlineData("0001")]
    [InlineData("9999")]
    [InlineData("abcd")]
    [InlineData("2025-03-31..2025-01-01")]
    [InlineData("2025-02-30..2025-03-01")]
    [InlineData("2025-01-01..")]
    [InlineData("..2025-01-01")]
    [InlineData("2025-01-01...2025-02-01")]
    [InlineData("2025-01-01..2025-02-01..2025-03-01")]
    public void Parse_Invalid_Rejected(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, null, out _));
        Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!));
        Assert.False(ReportingPeriod.TryParse(null, null, out _));
    }

    [Fact]
    public void Equality_SameNameDifferentCalendar_NotEqual()
    {
        var calendar = ReportingPeriod.Parse("2025-Q1");
        var administrative = ReportingPeriod.Parse("2025-Q1", ReportingCalendar.Administrative);
        Assert.NotEqual(calendar, administrative);
        Assert.Equal(calendar, ReportingPeriod.ForQuarter(2025, 1));
        Assert.True(calendar == ReportingPeriod.ForQuarter(2025, 1));
    }

    [Fact]
    public void Contains_QuarterInYear()
    {
        Assert.True(Period("2025").Contains(Period("2025-Q3")));
        Assert.False(Period("2025-Q3").Contains(Period("2025")));
    }

    [Fact]
    public void CompareTo_ByEndThenLongerFirst()
    {
        // 2025-Q4 and 2025 both end on 31 December; the year starts earlier so it sorts first.
        Assert.True(Period("2025") < Period("2025-Q4"));
        Assert.True(Period("2025-Q3") < Period("2025"));
        Assert.True(Period("2024") < Period("2025-01"));
    }

    [Fact]
    public void Factories_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.ForQuarter(2025, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.ForHalfYear(2025, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.ForMonth(2025, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.ForYear(1));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(Date("2025-02-01"), Date("2025-01-01")));
    }

    [Theory]
    [InlineData("calendar", null)]
    [InlineData("administrative", 14)]
    [InlineData("cutoff-20", 20)]
    [InlineData("cutoff-1", 1)]
    [InlineData("cutoff-28", 28)]
    public void Calendar_FromName(string name, int? cutoff)
    {
        Assert.True(ReportingCalendar.TryFromName(name, out var calendar));
        Assert.Equal(cutoff, calendar.CutoffDay);
        Assert.Equal(name, calendar.Name);
    }

    [Theory]
    [InlineData("cutoff-0")]
    [InlineData("cutoff-29")]
    [InlineData("cutoff-14x")]
    [InlineData("Calendar")]
    [InlineData("")]
    public void Calendar_FromName_Unknown(string name)
    {
        Assert.False(ReportingCalendar.TryFromName(name, out _));
    }

    [Fact]
    public void InYear_TheSamePeriodOfAnotherYear()
    {
        Assert.Equal(ReportingPeriod.ForQuarter(2024, 1), ReportingPeriod.ForQuarter(2025, 1).InYear(2024));
        Assert.Equal(ReportingPeriod.ForHalfYear(2021, 2), ReportingPeriod.ForHalfYear(2025, 2).InYear(2021));
        Assert.Equal(ReportingPeriod.ForYear(2024), ReportingPeriod.ForYear(2025).InYear(2024));
        Assert.Equal(ReportingPeriod.ForMonth(2026, 7), ReportingPeriod.ForMonth(2025, 7).InYear(2026));

        // With a cut-off on the 14th, Q1 2024 runs 15/12/2023–14/03/2024.
        var q1 = ReportingPeriod.ForQuarter(2025, 1, ReportingCalendar.Administrative).InYear(2024, ReportingCalendar.Administrative)!.Value;
        Assert.Equal((new NodaTime.LocalDate(2023, 12, 15), new NodaTime.LocalDate(2024, 3, 14)), (q1.Start, q1.End));

        // No counterpart: a custom range, a year out of range.
        Assert.Null(ReportingPeriod.Custom(new NodaTime.LocalDate(2025, 1, 1), new NodaTime.LocalDate(2025, 2, 1)).InYear(2024));
        Assert.Null(ReportingPeriod.ForYear(ReportingPeriod.MinYear).InYear(ReportingPeriod.MinYear - 1));
        Assert.Null(ReportingPeriod.ForYear(2025).InYear(ReportingPeriod.MaxYear + 1));
    }

    [Fact]
    public void Back_CountsPeriodsOfTheSameKind_AcrossYears()
    {
        // Q1 2025 one back: Q4 2024; five back: 4 × 2025 + 0 − 5 = 8095 → 8095 ÷ 4 = 2023 rem 3 → Q4 2023.
        Assert.Equal(ReportingPeriod.ForQuarter(2024, 4), ReportingPeriod.ForQuarter(2025, 1).Back(1));
        Assert.Equal(ReportingPeriod.ForQuarter(2023, 4), ReportingPeriod.ForQuarter(2025, 1).Back(5));
        Assert.Equal(ReportingPeriod.ForMonth(2024, 12), ReportingPeriod.ForMonth(2025, 1).Back(1));
        Assert.Equal(ReportingPeriod.ForHalfYear(2025, 1), ReportingPeriod.ForHalfYear(2025, 2).Back(1));
        Assert.Equal(ReportingPeriod.ForYear(2022), ReportingPeriod.ForYear(2025).Back(3));
        Assert.Equal(ReportingPeriod.ForYear(2025), ReportingPeriod.ForYear(2025).Back(0));
        Assert.Null(ReportingPeriod.ForYear(ReportingPeriod.MinYear).Back(1));
        Assert.Null(ReportingPeriod.ForQuarter(2025, 1).Back(int.MaxValue));
        Assert.Null(ReportingPeriod.Custom(new NodaTime.LocalDate(2025, 1, 1), new NodaTime.LocalDate(2025, 2, 1)).Back(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.ForYear(2025).Back(-1));
    }
}
