using Cchc.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cchc.Scoring.Tests.Properties;

public class CalendarProperties
{
    private static ReportingCalendar CalendarOf(int selector) => (((selector % 3) + 3) % 3) switch
    {
        0 => ReportingCalendar.Calendar,
        1 => ReportingCalendar.Administrative,
        _ => ReportingCalendar.WithCutoff(1 + (((selector % 28) + 28) % 28)),
    };

    [CheckedProperty]
    public bool EveryDay_InExactlyOneQuarterAndMonth(int selector, ushort offset)
    {
        // Each day lies in exactly one quarter and one month among those named after its own year and the next.
        var calendar = CalendarOf(selector);
        var day = new LocalDate(2000, 1, 1).PlusDays(offset % 20000);
        int quarters = 0, months = 0;
        for (int year = day.Year; year <= day.Year + 1; year++)
        {
            for (int q = 1; q <= 4; q++)
            {
                var p = ReportingPeriod.ForQuarter(year, q, calendar);
                quarters += p.Start <= day && day <= p.End ? 1 : 0;
            }

            for (int m = 1; m <= 12; m++)
            {
                var p = ReportingPeriod.ForMonth(year, m, calendar);
                months += p.Start <= day && day <= p.End ? 1 : 0;
            }
        }

        return quarters == 1 && months == 1;
    }

    [CheckedProperty]
    public bool Named_PrintParse_RoundTrip_UnderAnyCalendar(int selector, ushort yearOffset, byte number)
    {
        var calendar = CalendarOf(selector);
        int year = 1990 + (yearOffset % 60);
        foreach (var p in new[]
        {
            ReportingPeriod.ForYear(year, calendar),
            ReportingPeriod.ForHalfYear(year, 1 + (number % 2), calendar),
            ReportingPeriod.ForQuarter(year, 1 + (number % 4), calendar),
            ReportingPeriod.ForMonth(year, 1 + (number % 12), calendar),
        })
        {
            if (ReportingPeriod.Parse(p.ToString(), calendar) != p)
            {
                return false;
            }
        }

        return true;
    }

    [CheckedProperty]
    public bool Deadline_NeverBeforeCutoff_AndOnAWorkingDay(int selector, ushort offset, byte days)
    {
        var calendar = CalendarOf(selector);
        var period = ReportingPeriod.ForMonth(2000 + (offset % 40), 1 + (offset % 12), calendar);
        var deadline = new SubmissionDeadline(days % 30, [period.End.PlusDays(1), period.End.PlusDays(3)]);
        var due = deadline.DueDate(period);
        return due >= period.End && (days % 30 == 0 ? due == period.End : deadline.IsWorkingDay(due));
    }
}
