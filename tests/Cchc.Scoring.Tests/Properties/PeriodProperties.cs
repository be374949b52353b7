using Cchc.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cchc.Scoring.Tests.Properties;

/// <summary>A period and the calendar it was made with.</summary>
public sealed record PeriodCase(ReportingPeriod Period, ReportingCalendar Calendar)
{
    public override string ToString() => Period + " (" + Calendar + ")";
}

[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class PeriodProperties
{
    [CheckedProperty]
    public bool PrintParse_RoundTrip(PeriodCase c) => ReportingPeriod.Parse(c.Period.ToString(), c.Calendar) == c.Period;

    [CheckedProperty]
    public bool Dates_Ordered(PeriodCase c) => c.Period.Start <= c.Period.End;

    [CheckedProperty]
    public bool Quarters_TileTheYear(int seed)
    {
        // Q1..Q4 of a year cover the year without gap or overlap, under any calendar.
        int year = 2000 + System.Math.Abs(seed % 100);
        var calendar = System.Math.Abs(seed % 3) switch { 0 => ReportingCalendar.Calendar, 1 => ReportingCalendar.Administrative, _ => ReportingCalendar.WithCutoff(28) };
        var y = ReportingPeriod.ForYear(year, calendar);
        var previousEnd = y.Start.PlusDays(-1);
        for (int q = 1; q <= 4; q++)
        {
            var quarter = ReportingPeriod.ForQuarter(year, q, calendar);
            if (quarter.Start != previousEnd.PlusDays(1))
            {
                return false;
            }

            previousEnd = quarter.End;
        }

        return previousEnd == y.End;
    }

    public static class Arbitraries
    {
        private static readonly Gen<ReportingCalendar> Calendars = Gen.OneOf(
            Gen.Constant(ReportingCalendar.Calendar),
            Gen.Constant(ReportingCalendar.Administrative),
            Gen.Choose(1, 28).Select(ReportingCalendar.WithCutoff));

        public static Arbitrary<PeriodCase> Periods() =>
            (from calendar in Calendars
             from year in Gen.Frequency((4, Gen.Choose(2000, 2040)), (1, Gen.Choose(2, 9998)))
             from kind in Gen.Choose(0, 4)
             from number in Gen.Choose(1, 12)
             from startDay in Gen.Choose(0, 800)
             from length in Gen.Choose(0, 800)
             select new PeriodCase(
                 kind switch
                 {
                     0 => ReportingPeriod.ForYear(year, calendar),
                     1 => ReportingPeriod.ForHalfYear(year, ((number - 1) % 2) + 1, calendar),
                     2 => ReportingPeriod.ForQuarter(year, ((number - 1) % 4) + 1, calendar),
                     3 => ReportingPeriod.ForMonth(year, number, calendar),
                     _ => ReportingPeriod.Custom(new LocalDate(System.Math.Min(year, 9990), 1, 1).PlusDays(startDay), new LocalDate(System.Math.Min(year, 9990), 1, 1).PlusDays(startDay + length)),
                 },
                 calendar))
            .ToArbitrary();
    }
}
