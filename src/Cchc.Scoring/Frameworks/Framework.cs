using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// A scoring framework: what is measured (areas and indicators), the targets, how points are given, the rounding,
/// the reporting calendar and the classification bands. Immutable. Build one in code or read it with
/// <see cref="Serialization.FrameworkJson"/>; <see cref="Validate()"/> reports every inconsistency.
/// </summary>
public sealed class Framework
{
    private readonly Dictionary<string, (Area Area, Indicator Indicator)> _indicators;

    /// <summary>Creates a framework.</summary>
    /// <param name="id">The identifier, e.g. <c>gtvt-tiengiang-2021-2025</c>.</param>
    /// <param name="version">The version of the framework text, e.g. <c>1.0.0</c>.</param>
    /// <param name="name">The name.</param>
    /// <param name="plan">The plan period (its end is the due date of targets that give none).</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="rounding">The rounding policy.</param>
    /// <param name="totalPoints">The declared total of all indicators' points (usually 100).</param>
    /// <param name="bands">The classification bands, in any order.</param>
    /// <param name="areas">The areas, in the order they are shown.</param>
    /// <param name="options">What a framework may add: a deadline, trajectory thresholds, the default unit roll-up, bonus and deduction caps; null for none.</param>
    /// <exception cref="ArgumentNullException">A reference argument or an item is null.</exception>
    public Framework(
        string id,
        string version,
        LocalizedText name,
        DateInterval plan,
        ReportingCalendar calendar,
        RoundingPolicy rounding,
        decimal totalPoints,
        IEnumerable<ClassBand> bands,
        IEnumerable<Area> areas,
        FrameworkOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rounding);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(areas);
        Id = id;
        Version = version;
        Name = name;
        Plan = plan;
        Calendar = calendar;
        Rounding = rounding;
        TotalPoints = totalPoints;
        Bands = bands.OrderByDescending(b => b.MinIndex).ToArray();
        Areas = areas.ToArray();
        options ??= FrameworkOptions.Default;
        Deadline = options.Deadline;
        TrajectoryThresholds = options.TrajectoryThresholds ?? TrajectoryThresholds.Default;
        DefaultUnitRollUp = options.DefaultUnitRollUp;
        MaxBonus = options.MaxBonus;
        MaxDeduction = options.MaxDeduction;
        MissingData = options.MissingData ?? MissingDataPolicy.Zero;
        SurveyOptional = options.SurveyOptional;
        foreach (var area in Areas)
        {
            ArgumentNullException.ThrowIfNull(area, nameof(areas));
        }

        _indicators = new Dictionary<string, (Area, Indicator)>(StringComparer.Ordinal);
        foreach (var area in Areas)
        {
            foreach (var indicator in area.Indicators)
            {
                _indicators.TryAdd(indicator.Code, (area, indicator));
            }
        }

        var bounds = new ProblemBag();
        FrameworkBounds.Check(this, bounds);
        OutOfBounds = bounds.Problems;
    }

    /// <summary>
    /// The numbers beyond the bounds of <see cref="FrameworkBounds"/> (empty for a framework read from a file, which is
    /// refused with them): the scorer and the trajectories compute nothing with such a framework and report these instead.
    /// </summary>
    internal IReadOnlyList<Problem> OutOfBounds { get; }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The version.</summary>
    public string Version { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The plan period.</summary>
    public DateInterval Plan { get; }

    /// <summary>The reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>The rounding policy.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>The declared total points.</summary>
    public decimal TotalPoints { get; }

    /// <summary>The bands, highest minimum first.</summary>
    public IReadOnlyList<ClassBand> Bands { get; }

    /// <summary>The areas.</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>When submissions are due, or null when the framework sets no deadline.</summary>
    public SubmissionDeadline? Deadline { get; }

    /// <summary>The thresholds of trajectory statuses.</summary>
    public TrajectoryThresholds TrajectoryThresholds { get; }
    /// <summary>How a parent's figure is formed from its units for indicators that declare no method.</summary>
    public UnitRollUpMethod DefaultUnitRollUp { get; }

    /// <summary>The cap on bonus points added to a unit's total: an index above 100 is possible only when it is above 0.</summary>
    public decimal MaxBonus { get; }

    /// <summary>The cap on points deducted from a unit's total.</summary>
    public decimal MaxDeduction { get; }

    /// <summary>How indicators that declare no policy score without a usable figure (<see cref="MissingDataPolicy.Zero"/> unless declared).</summary>
    public MissingDataPolicy MissingData { get; }

    /// <summary>The missing-data policy of an indicator: its own, or the framework's.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public MissingDataPolicy MissingDataOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.MissingData ?? MissingData;
    }
    /// <summary>True when the survey component is optional and rescaled away where it was not held (<see cref="FrameworkOptions.SurveyOptional"/>).</summary>
    public bool SurveyOptional { get; }

    /// <summary>Every indicator, area by area.</summary>
    public IEnumerable<Indicator> Indicators => Areas.SelectMany(a => a.Indicators);

    /// <summary>Finds an indicator by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The indicator, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public Indicator? FindIndicator(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _indicators.TryGetValue(code, out var found) ? found.Indicator : null;
    }

    /// <summary>The roll-up method of an indicator: its own, or the framework's default.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public UnitRollUpMethod UnitRollUpOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.UnitRollUp ?? DefaultUnitRollUp;
    }

    /// <summary>
    /// True when <paramref name="indicator"/> applies to units of <paramref name="unitKind"/>: neither the indicator nor
    /// its area lists the kind in <c>notApplicableTo</c>. A unit of unknown kind (null) is subject to every indicator.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="unitKind">The unit's kind, or null when the unit is not declared.</param>
    /// <returns>True when it applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public bool AppliesTo(Indicator indicator, string? unitKind)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (unitKind is null)
        {
            return true;
        }

        bool excluded = indicator.NotApplicableTo.Contains(unitKind, StringComparer.Ordinal)
            || (_indicators.TryGetValue(indicator.Code, out var found) && ReferenceEquals(found.Indicator, indicator) && found.Area.NotApplicableTo.Contains(unitKind, StringComparer.Ordinal));
        return !excluded;
    }

    /// <summary>The due date of an indicator's target: its own, or the end of the plan.</summary>
    internal LocalDate DueDateOf(Indicator indicator) => indicator.Target.Due ?? Plan.End;

    /// <summary>The year a trajectory starts from: the baseline period's year, or the plan's first year.</summary>
    internal int BaselineYearOf(Indicator indicator) => indicator.Target.Baseline?.Period is ReportingPeriod p ? p.Year : Plan.Start.Year;

    /// <summary>The band an index falls in: the band with the highest minimum not above it.</summary>
    /// <param name="index">The index (already rounded, as published).</param>
    /// <returns>The band, or null when there are no bands or the index is below every band.</returns>
    public ClassBand? Classify(decimal index) => Bands.FirstOrDefault(b => index >= b.MinIndex);

    /// <summary>
    /// Checks every submission and adjustment of <paramref name="submissions"/> against this framework: unknown
    /// indicators, measurements of the wrong kind, figures that are invalid on their own (negative counts, numerators
    /// beyond their denominators, out of range), points beyond an indicator's maximum, adjustments the framework does
    /// not allow, and revisions that clash. Paths index the set's canonical order (<c>$.submissions[i]</c>,
    /// <c>$.adjustments[i]</c>).
    /// </summary>
    /// <param name="submissions">The submissions.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="submissions"/> is null.</exception>
    public IReadOnlyList<Problem> Validate(SubmissionSet submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var bag = new ProblemBag();
        var paths = Enumerable.Range(0, submissions.Submissions.Count).Select(i => ProblemBag.Index("$.submissions", i)).ToArray();
        SubmissionChecks.Check(submissions.Submissions, paths, this, bag);
        SubmissionChecks.CheckAdjustments(submissions.Adjustments, Enumerable.Range(0, submissions.Adjustments.Count).Select(i => ProblemBag.Index("$.adjustments", i)).ToArray(), this, bag);
        return bag.Problems;
    }

    /// <summary>
    /// Every inconsistency: duplicate codes, points that do not add up to <see cref="TotalPoints"/>, negative points,
    /// rules that do not fit their indicators, inconsistent targets and bands. Paths are JSON paths of the framework file.
    /// </summary>
    /// <returns>The problems; empty when the framework is consistent.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var bag = new ProblemBag();
        var areaCodes = new HashSet<string>(StringComparer.Ordinal);
        var indicatorCodes = new HashSet<string>(StringComparer.Ordinal);
        for (int a = 0; a < Areas.Count; a++)
        {
            string areaPath = ProblemBag.Index("$.areas", a);
            var area = Areas[a];
            if (!areaCodes.Add(area.Code))
            {
                bag.Error(ProblemCodes.Duplicate, areaPath + ".code", "Area code '" + area.Code + "' is used twice.");
            }

            for (int i = 0; i < area.Indicators.Count; i++)
            {
                string path = ProblemBag.Index(areaPath + ".indicators", i);
                var indicator = area.Indicators[i];
                if (!indicatorCodes.Add(indicator.Code))
                {
                    bag.Error(ProblemCodes.Duplicate, path + ".code", "Indicator code '" + indicator.Code + "' is used twice.");
                }

                CheckIndicator(indicator, path, bag);
            }
        }

        CheckExtensions(bag);
        foreach (var problem in OutOfBounds)
        {
            bag.Add(problem);
        }

        // Within the bounds the sum cannot overflow; beyond them the points are reported already.
        decimal sum = OutOfBounds.Count == 0 ? Indicators.Sum(i => i.MaxPoints) : TotalPoints;
        if (sum != TotalPoints)
        {
            bag.Error(ProblemCodes.PointsTotalMismatch, "$.totalPoints", "The indicators' points add up to " + Num.Format(sum) + ", not the declared " + Num.Format(TotalPoints) + ".");
        }

        if (Bands.Count > 0)
        {
            if (Bands[^1].MinIndex != 0)
            {
                bag.Error(ProblemCodes.InvalidBands, "$.bands", "The lowest band must start at 0 so that every index has a class.");
            }

            for (int b = 1; b < Bands.Count; b++)
            {
                if (Bands[b].MinIndex == Bands[b - 1].MinIndex)
                {
                    bag.Error(ProblemCodes.InvalidBands, "$.bands", "Bands '" + Bands[b - 1].Code + "' and '" + Bands[b].Code + "' start at the same index.");
                }
            }

            foreach (var duplicate in Bands.GroupBy(b => b.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                bag.Error(ProblemCodes.Duplicate, "$.bands", "Band code '" + duplicate.Key + "' is used twice.");
            }
        }

        return bag.Problems;
    }

    private void CheckExtensions(ProblemBag bag)
    {
        if (MaxBonus < 0)
        {
            bag.Error(ProblemCodes.OutOfRange, "$.adjustmentCaps.maxBonus", "'maxBonus' cannot be negative.");
        }

        if (MaxDeduction < 0)
        {
            bag.Error(ProblemCodes.OutOfRange, "$.adjustmentCaps.maxDeduction", "'maxDeduction' cannot be negative.");
        }

        for (int a = 0; a < Areas.Count; a++)
        {
            string areaPath = ProblemBag.Index("$.areas", a);
            CheckKinds(Areas[a].NotApplicableTo, areaPath + ".notApplicableTo", bag);
            for (int i = 0; i < Areas[a].Indicators.Count; i++)
            {
                CheckKinds(Areas[a].Indicators[i].NotApplicableTo, ProblemBag.Index(areaPath + ".indicators", i) + ".notApplicableTo", bag);
            }
        }
    }

    private static void CheckKinds(IReadOnlyList<string> kinds, string path, ProblemBag bag)
    {
        if (kinds.Any(string.IsNullOrWhiteSpace))
        {
            bag.Error(ProblemCodes.InvalidValue, path, "A unit kind cannot be empty.");
        }
    }

    private void CheckIndicator(Indicator indicator, string path, ProblemBag bag)
    {
        if (indicator.MaxPoints < 0)
        {
            bag.Error(ProblemCodes.OutOfRange, path + ".points", "Points cannot be negative.");
        }

        var target = indicator.Target;
        if (target.Baseline?.Period is ReportingPeriod baselinePeriod && target.Due is LocalDate due && baselinePeriod.End >= due)
        {
            bag.Error(ProblemCodes.InvalidTarget, path + ".target.baseline", "The baseline period must end before the due date.");
        }

        if (indicator.Measure == MeasureKind.YesNo && (target.Comparison != Comparison.Equal || target.Value is not (0 or 1)))
        {
            bag.Error(ProblemCodes.InvalidTarget, path + ".target", "A yes/no target is '=' with value 1 (yes) or 0 (no).");
        }

        var setting = new RuleSetting(indicator.Measure, target.Comparison, target.Value, target.IsBaselineRelative, indicator.MaxPoints);
        foreach (var problem in indicator.Rule.Check(setting))
        {
            string rulePath = problem.Path is null ? path + ".rule" : path + ".rule." + problem.Path;
            bag.Add(new Problem(problem.Code, problem.Message, rulePath, problem.Source, problem.Line, problem.Severity));
        }

        TimeChecks.CheckIndicator(this, indicator, path, bag);
    }
}
