using System;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// Maps a named period (a year, half-year, quarter or month) to its dates. Calendar periods run from the 1st to
/// the last day; a cut-off calendar closes each month on a fixed day (the administrative reporting calendar closes
/// on the 14th: <c>2025-Q3</c> runs from 15 June to 14 September).
/// </summary>
public sealed class ReportingCalendar : IEquatable<ReportingCalendar>
{
    private ReportingCalendar(int? cutoffDay) => CutoffDay = cutoffDay;

    /// <summary>Calendar periods: a quarter is three whole months, a year runs from 1 January to 31 December.</summary>
    public static ReportingCalendar Calendar { get; } = new(null);

    /// <summary>
    /// The administrative reporting calendar: data close on the 14th; a quarter runs from the 15th of the month
    /// before it to the 14th of its last month, a year from 15 December to 14 December.
    /// </summary>
    public static ReportingCalendar Administrative { get; } = new(14);

    /// <summary>The day of the month on which periods close, or null for calendar periods.</summary>
    public int? CutoffDay { get; }

    /// <summary>The name used in framework files: <c>calendar</c>, <c>administrative</c> or <c>cutoff-N</c>.</summary>
    public string Name => CutoffDay switch
    {
        null => "calendar",
        14 => "administrative",
        int d => "cutoff-" + d.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A calendar whose periods close on <paramref name="day"/> of the month.</summary>
    /// <param name="day">The closing day, 1 to 28.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not between 1 and 28.</exception>
    public static ReportingCalendar WithCutoff(int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 28);
        return day == 14 ? Administrative : new ReportingCalendar(day);
    }

    /// <summary>Finds a calendar by its <see cref="Name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="calendar">The calendar, when found.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryFromName(string? name, out ReportingCalendar calendar)
    {
        calendar = Calendar;
        switch (name)
        {
            case "calendar":
                return true;
            case "administrative":
                calendar = Administrative;
                return true;
            case not null when name.StartsWith("cutoff-", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int day)
                && day is >= 1 and <= 28:
                calendar = WithCutoff(day);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The dates of the months <paramref name="firstMonth"/> to <paramref name="lastMonth"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year the period is named after.</param>
    /// <param name="firstMonth">The first month, 1 to 12.</param>
    /// <param name="lastMonth">The last month, <paramref name="firstMonth"/> to 12.</param>
    /// <returns>The dates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A month is out of range.</exception>
    public DateInterval Months(int year, int firstMonth, int lastMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastMonth, 12);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstMonth, lastMonth);
        if (CutoffDay is not int day)
        {
            var start = new LocalDate(year, firstMonth, 1);
            var endMonth = new LocalDate(year, lastMonth, 1);
            return new DateInterval(start, endMonth.PlusMonths(1).PlusDays(-1));
        }

        // The period starts the day after the previous month's cut-off (with cut-off 28, that is 1 March after a short February).
        var first = new LocalDate(year, firstMonth, 1).PlusMonths(-1);
        return new DateInterval(new LocalDate(first.Year, first.Month, day).PlusDays(1), new LocalDate(year, lastMonth, day));
    }

    /// <inheritdoc/>
    public bool Equals(ReportingCalendar? other) => other is not null && CutoffDay == other.CutoffDay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportingCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => CutoffDay.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Name;
}
