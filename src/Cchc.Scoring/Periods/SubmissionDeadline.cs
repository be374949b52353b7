using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// When submissions for a period are due: the period's cut-off (its last day) plus a number of working days, where
/// the weekend days and the listed holidays do not count. The due day ends at midnight in a fixed UTC offset of the
/// framework (Vietnam: UTC+7, no daylight saving), so no time-zone database is consulted. A revision recorded at or
/// after that midnight is late; late revisions are flagged, never dropped.
/// </summary>
public sealed class SubmissionDeadline
{
    /// <summary>The offset used when a framework gives none: UTC+7 (Indochina Time, used all year in Vietnam).</summary>
    public static readonly Offset VietnamOffset = Offset.FromHours(7);

    private static readonly IsoDayOfWeek[] DefaultWeekend = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    private readonly HashSet<LocalDate> _holidays;
    private readonly HashSet<IsoDayOfWeek> _weekend;

    /// <summary>Creates a deadline rule.</summary>
    /// <param name="workingDays">The working days after the cut-off, 0 to 366 (0: due on the cut-off day itself).</param>
    /// <param name="holidays">Days that are not working days; none when null.</param>
    /// <param name="weekend">The days of the week that are not working days; Saturday and Sunday when null.</param>
    /// <param name="utcOffset">The fixed offset in which days begin and end; <see cref="VietnamOffset"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is out of range.</exception>
    /// <exception cref="ArgumentException">Every day of the week is a weekend day, or a day is not a day of the week.</exception>
    public SubmissionDeadline(int workingDays, IEnumerable<LocalDate>? holidays = null, IEnumerable<IsoDayOfWeek>? weekend = null, Offset? utcOffset = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);
        WorkingDays = workingDays;
        Holidays = (holidays ?? []).Distinct().Order().ToArray();
        Weekend = (weekend ?? DefaultWeekend).Distinct().Order().ToArray();
        if (Weekend.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday))
        {
            throw new ArgumentException("Not a day of the week.", nameof(weekend));
        }

        if (Weekend.Count == 7)
        {
            throw new ArgumentException("At least one day of the week must be a working day.", nameof(weekend));
        }

        UtcOffset = utcOffset ?? VietnamOffset;
        _holidays = [.. Holidays];
        _weekend = [.. Weekend];
    }

    /// <summary>The largest number of working days accepted.</summary>
    public static int MaxWorkingDays => 366;

    /// <summary>The working days after the cut-off.</summary>
    public int WorkingDays { get; }

    /// <summary>The holidays, in date order, without repeats.</summary>
    public IReadOnlyList<LocalDate> Holidays { get; }

    /// <summary>The weekend days, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> Weekend { get; }

    /// <summary>True when the weekend is the default Saturday and Sunday.</summary>
    public bool HasDefaultWeekend => Weekend.SequenceEqual(DefaultWeekend);

    /// <summary>The fixed UTC offset in which days begin and end.</summary>
    public Offset UtcOffset { get; }

    /// <summary>True when <paramref name="date"/> is neither a weekend day nor a holiday.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => !_weekend.Contains(date.DayOfWeek) && !_holidays.Contains(date);

    /// <summary>The last day on which submissions for <paramref name="period"/> are on time: its last day plus <see cref="WorkingDays"/> working days.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The due day.</returns>
    public LocalDate DueDate(ReportingPeriod period)
    {
        var day = period.End;
        for (int counted = 0; counted < WorkingDays;)
        {
            day = day.PlusDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The first instant at which a submission for <paramref name="period"/> is late: midnight after the due day, in <see cref="UtcOffset"/>.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The instant.</returns>
    public Instant LateFrom(ReportingPeriod period) => DueDate(period).PlusDays(1).AtMidnight().WithOffset(UtcOffset).ToInstant();

    /// <summary>True when a figure for <paramref name="period"/> recorded at <paramref name="recordedAt"/> came after its deadline.</summary>
    /// <param name="period">The period reported on.</param>
    /// <param name="recordedAt">When the figure was recorded.</param>
    /// <returns>True when late.</returns>
    public bool IsLate(ReportingPeriod period, Instant recordedAt) => recordedAt >= LateFrom(period);

    /// <summary>
    /// How many working days late a figure for <paramref name="period"/> recorded at <paramref name="recordedAt"/> is:
    /// the working days after the due day up to and including the day it was recorded, and at least 1 when it is late
    /// (0 when on time). Weekend days and holidays are not counted: with Friday due, a figure recorded on the Tuesday
    /// after a holiday Monday is 1 working day late, as is one recorded on the Saturday.
    /// </summary>
    /// <param name="period">The period reported on.</param>
    /// <param name="recordedAt">When the figure was recorded (its day is taken in <see cref="UtcOffset"/>).</param>
    /// <returns>The working days late, 0 when on time.</returns>
    public int WorkingDaysLate(ReportingPeriod period, Instant recordedAt)
    {
        var due = DueDate(period);
        var day = recordedAt.WithOffset(UtcOffset).Date;
        return day <= due ? 0 : Math.Max(1, CountWorkingDays(due, day));
    }

    /// <summary>The working days after <paramref name="after"/> up to and including <paramref name="through"/>, counted by whole weeks (no day-by-day walk over long spans).</summary>
    private int CountWorkingDays(LocalDate after, LocalDate through)
    {
        int span = Period.Between(after, through, PeriodUnits.Days).Days;
        int weeks = span / 7;
        int count = weeks * (7 - Weekend.Count);
        for (var day = after.PlusDays(weeks * 7 + 1); day <= through; day = day.PlusDays(1))
        {
            count += _weekend.Contains(day.DayOfWeek) ? 0 : 1;
        }

        foreach (var holiday in Holidays)
        {
            if (holiday > after && holiday <= through && !_weekend.Contains(holiday.DayOfWeek))
            {
                count--;
            }
        }

        return count;
    }
}
