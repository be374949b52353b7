using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>One indicator's way from its baseline to its target for one unit: milestones, observed values, projection and status.</summary>
public sealed class IndicatorTrajectory
{
    internal IndicatorTrajectory(
        Indicator indicator,
        TrajectoryStatus status,
        int baselineYear,
        decimal? baseline,
        decimal? target,
        LocalDate due,
        IReadOnlyList<YearValue> milestones,
        IReadOnlyList<YearValue> observed,
        decimal? projection,
        decimal? progressRatio,
        LocalizedText explanation)
    {
        Indicator = indicator;
        Status = status;
        BaselineYear = baselineYear;
        Baseline = baseline;
        Target = target;
        Due = due;
        Milestones = milestones;
        Observed = observed;
        Projection = projection;
        ProgressRatio = progressRatio;
        _explanation = explanation;
    }

    private readonly LocalizedText _explanation;

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The status.</summary>
    public TrajectoryStatus Status { get; }

    /// <summary>The year the trajectory starts from.</summary>
    public int BaselineYear { get; }

    /// <summary>The baseline value, or null when missing.</summary>
    public decimal? Baseline { get; }

    /// <summary>The effective target, or null when it needs a missing baseline.</summary>
    public decimal? Target { get; }

    /// <summary>The due date of the target.</summary>
    public LocalDate Due { get; }

    /// <summary>The milestone of each year after the baseline year up to the due year (the last one is the target).</summary>
    public IReadOnlyList<YearValue> Milestones { get; }

    /// <summary>The yearly values observed from the baseline year to the due year (a fixed baseline stands for the baseline year).</summary>
    public IReadOnlyList<YearValue> Observed { get; }

    /// <summary>The latest observed value, or null.</summary>
    public YearValue? Latest => Observed.Count == 0 ? null : Observed[^1];

    /// <summary>The value projected for the due year from the observed trend, or null without data.</summary>
    public decimal? Projection { get; }

    /// <summary>Projected progress ÷ needed progress, or null when it is not formed (achieved, no data, nothing needed).</summary>
    public decimal? ProgressRatio { get; }

    /// <summary>How the status came about, with every number used, in English; <see cref="ExplanationIn"/> for Vietnamese.</summary>
    public string Explanation => _explanation.En;

    /// <summary>How the status came about, with every number used, in <paramref name="language"/> (Vietnamese numbers in Vietnamese).</summary>
    /// <param name="language">Vietnamese or English.</param>
    /// <returns>The explanation.</returns>
    public string ExplanationIn(Language language) => _explanation.Get(language);
}

/// <summary>The trajectories of an area's indicators and how many have each status.</summary>
public sealed class AreaTrajectory
{
    internal AreaTrajectory(Area area, IReadOnlyList<IndicatorTrajectory> indicators)
    {
        Area = area;
        Indicators = indicators;
    }

    /// <summary>The area.</summary>
    public Area Area { get; }

    /// <summary>Its indicators' trajectories, in framework order.</summary>
    public IReadOnlyList<IndicatorTrajectory> Indicators { get; }

    /// <summary>How many indicators have <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(TrajectoryStatus status) => Indicators.Count(i => i.Status == status);
}

/// <summary>One unit's trajectories, area by area.</summary>
public sealed class TrajectoryReport
{
    internal TrajectoryReport(Framework framework, string unitId, Instant? asOf, IReadOnlyList<AreaTrajectory> areas)
    {
        Framework = framework;
        UnitId = unitId;
        AsOf = asOf;
        Areas = areas;
    }

    /// <summary>The framework.</summary>
    public Framework Framework { get; }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>The as-of instant, or null for the latest revisions.</summary>
    public Instant? AsOf { get; }

    /// <summary>The areas, in framework order.</summary>
    public IReadOnlyList<AreaTrajectory> Areas { get; }

    /// <summary>
    /// The lineage events on the unit's line, by date: those that concern it and those of its predecessors (merges,
    /// splits, absorptions, renames, moves). The yearly values run across them: a year before a merge is the merged
    /// units' figures combined. Empty when the unit has no history.
    /// </summary>
    public IReadOnlyList<LineageEvent> Lineage { get; internal init; } = [];

    /// <summary>Every indicator's trajectory, area by area.</summary>
    public IEnumerable<IndicatorTrajectory> Indicators => Areas.SelectMany(a => a.Indicators);

    /// <summary>How many indicators have <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(TrajectoryStatus status) => Areas.Sum(a => a.Count(status));

    /// <summary>The same report for some indicators only: areas keep those of their indicators, areas left empty are left out.</summary>
    /// <param name="codes">The indicator codes to keep.</param>
    /// <returns>The narrowed report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    public TrajectoryReport ForIndicators(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var keep = new HashSet<string>(codes, StringComparer.Ordinal);
        var areas = Areas.Select(a => new AreaTrajectory(a.Area, a.Indicators.Where(i => keep.Contains(i.Indicator.Code)).ToArray())).Where(a => a.Indicators.Count > 0).ToArray();
        return new TrajectoryReport(Framework, UnitId, AsOf, areas) { Lineage = Lineage };
    }
}
