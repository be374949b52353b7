using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>
/// Who has reported and who still owes figures, as the periodic report's follow-up section shows it: one row per unit.
/// The report only reads it; <see cref="From(ReportingStatus)"/> fills it from the core's reporting status (deadlines,
/// working days late, what is still owed), <see cref="FromScorecards"/> from what the scorecards already carry, and a
/// host that knows more can build it itself.
/// </summary>
public sealed class ReportingFollowUp
{
    /// <summary>Creates the follow-up from its rows.</summary>
    /// <param name="units">One row per unit, in the order they are shown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its rows is null.</exception>
    public ReportingFollowUp(IEnumerable<UnitReporting> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var rows = units.ToArray();
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(units));
        }

        Units = rows;
    }

    /// <summary>One row per unit, in the order they are shown.</summary>
    public IReadOnlyList<UnitReporting> Units { get; }

    /// <summary>
    /// Reads the follow-up from a reporting status (<see cref="ReportingStatus.Compute"/>, <c>docs/status.md</c>): one
    /// row per unit due, in the status's order (by identifier); an indicator is due unless it is
    /// <see cref="ReportingState.NotApplicable"/>; the missing ones are what the unit still owes
    /// (<see cref="UnitReportingStatus.Owed"/>); the late ones are those that came in late or were revised after the
    /// deadline, each with its working days late (<see cref="UnitReporting.WorkingDaysLate"/>); when the as-of instant is
    /// past the deadline, <see cref="UnitReporting.OverdueWorkingDays"/> says how long what is owed is overdue. Nothing
    /// is partial: a figure rolled up from part of the period is missing in a reporting status.
    /// </summary>
    /// <param name="status">The reporting status of the report's period.</param>
    /// <returns>The follow-up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is null.</exception>
    public static ReportingFollowUp From(ReportingStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var rows = new List<UnitReporting>(status.Units.Count);
        foreach (var unit in status.Units)
        {
            var late = unit.Late;
            rows.Add(new UnitReporting(
                unit.UnitId,
                unit.Unit?.Name ?? new LocalizedText(unit.UnitId, unit.UnitId),
                unit.Indicators.Count(i => i.State != ReportingState.NotApplicable),
                unit.Owed,
                late.Select(i => i.IndicatorCode),
                [])
            {
                WorkingDaysLate = late.Where(i => i.WorkingDaysLate is not null).ToDictionary(i => i.IndicatorCode, i => i.WorkingDaysLate!.Value, StringComparer.Ordinal),
                OverdueWorkingDays = unit.Indicators.Where(i => i.State == ReportingState.Missing).Max(i => i.WorkingDaysLate),
            });
        }

        return new ReportingFollowUp(rows);
    }

    /// <summary>
    /// Reads the follow-up from scorecards: an indicator that applies to the unit is due; one with no usable figure
    /// (<see cref="IndicatorStatus.NoData"/>) is missing; one whose figure was recorded after its deadline
    /// (<see cref="IndicatorScore.IsLate"/>) is late; one rolled up from sub-periods covering part of the period
    /// (<see cref="IndicatorScore.IsPartial"/>) is partial. Units keep the order of the scorecards.
    /// </summary>
    /// <param name="scorecards">The scorecards of one period.</param>
    /// <returns>The follow-up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecards"/> or one of them is null.</exception>
    public static ReportingFollowUp FromScorecards(IEnumerable<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var rows = new List<UnitReporting>();
        foreach (var card in scorecards)
        {
            ArgumentNullException.ThrowIfNull(card, nameof(scorecards));
            var due = card.Indicators.Where(s => s.Status != IndicatorStatus.NotApplicable).ToArray();
            rows.Add(new UnitReporting(
                card.UnitId,
                card.Unit?.Name ?? new LocalizedText(card.UnitId, card.UnitId),
                due.Length,
                due.Where(s => s.Status == IndicatorStatus.NoData).Select(s => s.Indicator.Code),
                due.Where(s => s.Status != IndicatorStatus.NoData && s.IsLate).Select(s => s.Indicator.Code),
                due.Where(s => s.Status != IndicatorStatus.NoData && s.IsPartial).Select(s => s.Indicator.Code)));
        }

        return new ReportingFollowUp(rows);
    }
}

/// <summary>One unit's reporting for the period: how many indicators were due, and which are missing, late or partial.</summary>
public sealed class UnitReporting
{
    /// <summary>Creates a row.</summary>
    /// <param name="unitId">The unit's identifier.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="due">How many indicators the unit had to report (those that apply to it).</param>
    /// <param name="missing">The codes of the indicators still without a figure.</param>
    /// <param name="late">The codes of the indicators whose figure came after the deadline.</param>
    /// <param name="partial">The codes of the indicators whose figure covers only part of the period.</param>
    /// <exception cref="ArgumentNullException">An argument or a code is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="due"/> is negative or smaller than the number of missing indicators.</exception>
    public UnitReporting(string unitId, LocalizedText name, int due, IEnumerable<string> missing, IEnumerable<string> late, IEnumerable<string> partial)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(name);
        UnitId = unitId;
        Name = name;
        Missing = Codes(missing, nameof(missing));
        Late = Codes(late, nameof(late));
        Partial = Codes(partial, nameof(partial));
        ArgumentOutOfRangeException.ThrowIfNegative(due);
        ArgumentOutOfRangeException.ThrowIfLessThan(due, Missing.Count);
        Due = due;
    }

    /// <summary>The unit's identifier.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>How many indicators the unit had to report.</summary>
    public int Due { get; }

    /// <summary>How many of them have a figure: <see cref="Due"/> less <see cref="Missing"/>.</summary>
    public int Submitted => Due - Missing.Count;

    /// <summary>The codes of the indicators still without a figure.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>The codes of the indicators whose figure came after the deadline.</summary>
    public IReadOnlyList<string> Late { get; }

    /// <summary>The codes of the indicators whose figure covers only part of the period.</summary>
    public IReadOnlyList<string> Partial { get; }

    /// <summary>
    /// How many working days after the deadline each late indicator came in (or was revised), by code, where known;
    /// empty by default. The report writes the days beside the code.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number of days set is negative.</exception>
    public IReadOnlyDictionary<string, int> WorkingDaysLate
    {
        get => _workingDaysLate;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var copy = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var (code, days) in value)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(days, nameof(value));
                copy[code] = days;
            }

            _workingDaysLate = new System.Collections.ObjectModel.ReadOnlyDictionary<string, int>(copy);
        }
    }

    /// <summary>How many working days what is still owed is overdue as of the report, or null when not known or not yet overdue.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int? OverdueWorkingDays
    {
        get => _overdue;
        init
        {
            if (value is int days)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(days, nameof(value));
            }

            _overdue = value;
        }
    }

    private readonly IReadOnlyDictionary<string, int> _workingDaysLate = new System.Collections.ObjectModel.ReadOnlyDictionary<string, int>(new Dictionary<string, int>());
    private readonly int? _overdue;

    private static string[] Codes(IEnumerable<string> codes, string name)
    {
        ArgumentNullException.ThrowIfNull(codes, name);
        var list = codes.ToArray();
        foreach (string code in list)
        {
            ArgumentNullException.ThrowIfNull(code, name);
        }

        return list;
    }
}
