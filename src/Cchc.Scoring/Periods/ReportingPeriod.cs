using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>The kinds of reporting period.</summary>
public enum PeriodKind
{
    /// <summary>A whole year, written <c>2025</c>.</summary>
    Year,

    /// <summary>A half-year, written <c>2025-H1</c> or <c>2025-H2</c>.</summary>
    HalfYear,

    /// <summary>A quarter, written <c>2025-Q1</c> to <c>2025-Q4</c>.</summary>
    Quarter,

    /// <summary>A month, written <c>2025-07</c>.</summary>
    Month,

    /// <summary>Any date range, written <c>2025-01-01..2025-03-31</c> (an ad hoc report).</summary>
    Custom,
}

/// <summary>
/// A named reporting period: a year, half-year, quarter, month or custom range, with the dates it covers
/// under a <see cref="ReportingCalendar"/>. Equal periods have the same name and the same dates.
/// </summary>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private ReportingPeriod(PeriodKind kind, int year, int number, LocalDate start, LocalDate end)
    {
        Kind = kind;
        Year = year;
        Number = number;
        Start = start;
        End = end;
    }

    /// <summary>The first year a period may lie in (named or custom): 0002, so that the year before it is a year too.</summary>
    public const int MinYear = 2;

    /// <summary>The last year a period may lie in (named or custom): 9998, so that the year after it is a year too.</summary>
    public const int MaxYear = 9998;

    /// <summary>The kind of period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The year the period is named after (for a custom range, the year of its end).</summary>
    public int Year { get; }

    /// <summary>The half-year (1–2), quarter (1–4) or month (1–12); 0 for a year or a custom range.</summary>
    public int Number { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day, included.</summary>
    public LocalDate End { get; }

    /// <summary>The days covered.</summary>
    public DateInterval Dates => new(Start, End);

    /// <summary>A whole year.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> (0002) to <see cref="MaxYear"/> (9998).</param>
    /// <param name="calendar">The reporting calendar; calendar periods when null.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod ForYear(int year, ReportingCalendar? calendar = null) => Named(PeriodKind.Year, year, 0, calendar);

    /// <summary>A half-year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="half">1 or 2.</param>
    /// <param name="calendar">The reporting calendar; calendar periods when null.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod ForHalfYear(int year, int half, ReportingCalendar? calendar = null) => Named(PeriodKind.HalfYear, year, half, calendar);

    /// <summary>A quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <param name="calendar">The reporting calendar; calendar periods when null.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod ForQuarter(int year, int quarter, ReportingCalendar? calendar = null) => Named(PeriodKind.Quarter, year, quarter, calendar);

    /// <summary>A month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">1 to 12.</param>
    /// <param name="calendar">The reporting calendar; calendar periods when null.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod ForMonth(int year, int month, ReportingCalendar? calendar = null) => Named(PeriodKind.Month, year, month, calendar);

    /// <summary>A custom range, for an ad hoc report.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date lies outside the years <see cref="MinYear"/> to <see cref="MaxYear"/>, the years of named periods (so that the year of any period is a year that <see cref="ForYear"/> accepts).</exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentException("The end of a period cannot be before its start.", nameof(end));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(start.Year, MinYear, nameof(start));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end.Year, MaxYear, nameof(end));

        return new ReportingPeriod(PeriodKind.Custom, end.Year, 0, start, end);
    }

    /// <summary>Parses <c>2025</c>, <c>2025-H1</c>, <c>2025-Q3</c>, <c>2025-07</c> or <c>2025-01-01..2025-03-31</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="calendar">The reporting calendar for named periods; calendar periods when null.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static ReportingPeriod Parse(string text, ReportingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, calendar, out var period)
            ? period
            : throw new FormatException("'" + text + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31, in the years 0002 to 9998.");
    }

    /// <summary>Parses a period without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="calendar">The reporting calendar for named periods; calendar periods when null.</param>
    /// <param name="period">The period, when the text parses.</param>
    /// <returns>True when the text is a period.</returns>
    public static bool TryParse(string? text, ReportingCalendar? calendar, out ReportingPeriod period)
    {
        period = default;
        if (string.IsNullOrEmpty(text) || text.Length > 32)
        {
            return false;
        }

        int range = text.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            var start = IsoDate.Parse(text[..range]);
            var end = IsoDate.Parse(text[(range + 2)..]);
            if (!start.Success || !end.Success || end.Value < start.Value || start.Value.Year < MinYear || end.Value.Year > MaxYear)
            {
                return false;
            }

            period = Custom(start.Value, end.Value);
            return true;
        }

        if (text.Length < 4 || !TryDigits(text.AsSpan(0, 4), out int year) || year is < MinYear or > MaxYear)
        {
            return false;
        }

        if (text.Length == 4)
        {
            period = ForYear(year, calendar);
            return true;
        }

        if (text[4] != '-')
        {
            return false;
        }

        var rest = text.AsSpan(5);
        if (rest.Length == 2 && rest[0] == 'H' && TryDigits(rest[1..], out int half) && half is 1 or 2)
        {
            period = ForHalfYear(year, half, calendar);
            return true;
        }

        if (rest.Length == 2 && rest[0] == 'Q' && TryDigits(rest[1..], out int quarter) && quarter is >= 1 and <= 4)
        {
            period = ForQuarter(year, quarter, calendar);
            return true;
        }

        if (rest.Length == 2 && TryDigits(rest, out int month) && month is >= 1 and <= 12)
        {
            period = ForMonth(year, month, calendar);
            return true;
        }

        return false;
    }

    /// <summary>True when every day of <paramref name="other"/> lies in this period.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when contained.</returns>
    public bool Contains(ReportingPeriod other) => other.Start >= Start && other.End <= End;

    /// <summary>The name: <c>2025</c>, <c>2025-H1</c>, <c>2025-Q3</c>, <c>2025-07</c> or <c>2025-01-01..2025-03-31</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString()
    {
        string y = Year.ToString("D4", CultureInfo.InvariantCulture);
        string n = Number.ToString(CultureInfo.InvariantCulture);
        return Kind switch
        {
            PeriodKind.Year => y,
            PeriodKind.HalfYear => y + "-H" + n,
            PeriodKind.Quarter => y + "-Q" + n,
            PeriodKind.Month => y + "-" + Number.ToString("D2", CultureInfo.InvariantCulture),
            _ => IsoDate.Format(Start) + ".." + IsoDate.Format(End),
        };
    }

    /// <inheritdoc/>
    public bool Equals(ReportingPeriod other) =>
        Kind == other.Kind && Year == other.Year && Number == other.Number && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Year, Number, Start, End);

    /// <summary>Orders by end date, then by start date (the longer first), then by kind.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        int c = End.CompareTo(other.End);
        if (c == 0)
        {
            c = Start.CompareTo(other.Start);
        }

        return c != 0 ? c : Kind.CompareTo(other.Kind);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when <paramref name="left"/> comes first.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when <paramref name="left"/> comes later.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when <paramref name="left"/> comes first or equals.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when <paramref name="left"/> comes later or equals.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// The same named period in another year: the first quarter of 2025 in 2024 is the first quarter of 2024, and a year
    /// is that year. Used to compare a period with the year before (<c>cchc rank --compare 2024</c>, the periodic report).
    /// </summary>
    /// <param name="year">The year wanted.</param>
    /// <param name="calendar">The framework's reporting calendar; calendar periods when null.</param>
    /// <returns>The period, or null for a custom period (it has no counterpart) or a year outside <see cref="MinYear"/> … <see cref="MaxYear"/>.</returns>
    public ReportingPeriod? InYear(int year, ReportingCalendar? calendar = null) =>
        Kind == PeriodKind.Custom || year < MinYear || year > MaxYear ? null : Named(Kind, year, Number, calendar);

    /// <summary>
    /// The named period <paramref name="count"/> periods of the same kind before this one: the first quarter of 2025
    /// one back is the fourth quarter of 2024 (used to carry a figure forward).
    /// </summary>
    /// <param name="count">How many periods back, 0 or more.</param>
    /// <param name="calendar">The framework's reporting calendar; calendar periods when null.</param>
    /// <returns>The period, or null for a custom period or before <see cref="MinYear"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ReportingPeriod? Back(int count, ReportingCalendar? calendar = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        int perYear = Kind switch
        {
            PeriodKind.Year => 1,
            PeriodKind.HalfYear => 2,
            PeriodKind.Quarter => 4,
            PeriodKind.Month => 12,
            _ => 0,
        };
        if (perYear == 0)
        {
            return null;
        }

        long at = ((long)Year * perYear) + Math.Max(Number, 1) - 1 - count;
        long year = at / perYear;
        return at < 0 || year < MinYear ? null : Named(Kind, (int)year, Kind == PeriodKind.Year ? 0 : (int)(at % perYear) + 1, calendar);
    }

    private static ReportingPeriod Named(PeriodKind kind, int year, int number, ReportingCalendar? calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        calendar ??= ReportingCalendar.Calendar;
        (int first, int last) = kind switch
        {
            PeriodKind.Year => (1, 12),
            PeriodKind.HalfYear when number is 1 or 2 => ((number * 6) - 5, number * 6),
            PeriodKind.Quarter when number is >= 1 and <= 4 => ((number * 3) - 2, number * 3),
            PeriodKind.Month when number is >= 1 and <= 12 => (number, number),
            _ => throw new ArgumentOutOfRangeException(nameof(number), "No such " + kind.ToString() + " number."),
        };
        var dates = calendar.Months(year, first, last);
        return new ReportingPeriod(kind, year, number, dates.Start, dates.End);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
