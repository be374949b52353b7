using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Cchc.Scoring;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>What a <see cref="FrameworkChange"/> is about.</summary>
public enum FrameworkChangeKind
{
    /// <summary>The identifier.</summary>
    Id,

    /// <summary>The version.</summary>
    Version,

    /// <summary>The framework's name.</summary>
    Name,

    /// <summary>The plan period.</summary>
    Plan,

    /// <summary>The reporting calendar.</summary>
    Calendar,

    /// <summary>The rounding policy.</summary>
    Rounding,

    /// <summary>The declared total points.</summary>
    TotalPoints,

    /// <summary>The classification bands.</summary>
    Bands,

    /// <summary>An indicator only the second framework has.</summary>
    IndicatorAdded,

    /// <summary>An indicator only the first framework has.</summary>
    IndicatorRemoved,

    /// <summary>An indicator moved to another area.</summary>
    IndicatorArea,

    /// <summary>An indicator's name.</summary>
    IndicatorName,

    /// <summary>An indicator's measure kind.</summary>
    Measure,

    /// <summary>An indicator's unit of measure.</summary>
    Unit,

    /// <summary>An indicator's maximum points.</summary>
    Points,

    /// <summary>An indicator's target (comparison, value, due date, baseline).</summary>
    Target,

    /// <summary>An indicator's scoring rule or its parameters.</summary>
    Rule,
}

/// <summary>One difference between two frameworks.</summary>
public sealed class FrameworkChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="kind">What changed.</param>
    /// <param name="indicator">The indicator's code, or null for a framework-level change.</param>
    /// <param name="before">The value in the first framework (empty for an added indicator).</param>
    /// <param name="after">The value in the second framework (empty for a removed indicator).</param>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    public FrameworkChange(FrameworkChangeKind kind, string? indicator, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        Kind = kind;
        Indicator = indicator;
        Before = before;
        After = after;
    }

    /// <summary>What changed.</summary>
    public FrameworkChangeKind Kind { get; }

    /// <summary>The indicator's code, or null.</summary>
    public string? Indicator { get; }

    /// <summary>The value before.</summary>
    public string Before { get; }

    /// <summary>The value after.</summary>
    public string After { get; }

    /// <summary>One line: <c>+ T24 …</c>, <c>- T23 …</c>, or <c>T02 points: 5 → 6</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Kind switch
    {
        FrameworkChangeKind.IndicatorAdded => "+ " + Indicator + " " + After,
        FrameworkChangeKind.IndicatorRemoved => "- " + Indicator + " " + Before,
        _ => (Indicator is null ? string.Empty : Indicator + " ") + Label(Kind) + ": " + Before + " → " + After,
    };

    private static string Label(FrameworkChangeKind kind) => kind switch
    {
        FrameworkChangeKind.Id => "id",
        FrameworkChangeKind.Version => "version",
        FrameworkChangeKind.Name => "name",
        FrameworkChangeKind.Plan => "plan",
        FrameworkChangeKind.Calendar => "calendar",
        FrameworkChangeKind.Rounding => "rounding",
        FrameworkChangeKind.TotalPoints => "total points",
        FrameworkChangeKind.Bands => "bands",
        FrameworkChangeKind.IndicatorArea => "area",
        FrameworkChangeKind.IndicatorName => "name",
        FrameworkChangeKind.Measure => "measure",
        FrameworkChangeKind.Unit => "unit",
        FrameworkChangeKind.Points => "points",
        FrameworkChangeKind.Target => "target",
        _ => "rule",
    };
}

/// <summary>
/// The differences between two frameworks — typically two versions, or a base and the framework merged from an
/// override: header fields, bands, indicators added or removed, and for every indicator in both its area, name,
/// measure, unit, points, target and rule. Indicators are matched by code.
/// </summary>
public sealed class FrameworkDiff
{
    private static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private FrameworkDiff(IReadOnlyList<FrameworkChange> changes) => Changes = changes;

    /// <summary>The changes: framework-level first, then indicators removed, added and changed, each in framework order.</summary>
    public IReadOnlyList<FrameworkChange> Changes { get; }

    /// <summary>True when the frameworks do not differ in anything compared.</summary>
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>Compares two frameworks.</summary>
    /// <param name="before">The first framework.</param>
    /// <param name="after">The second framework.</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FrameworkDiff Compare(Framework before, Framework after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FrameworkChange>();
        void Add(FrameworkChangeKind kind, string? code, string a, string b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FrameworkChange(kind, code, a, b));
            }
        }

        Add(FrameworkChangeKind.Id, null, before.Id, after.Id);
        Add(FrameworkChangeKind.Version, null, before.Version, after.Version);
        Add(FrameworkChangeKind.Name, null, before.Name.ToString(), after.Name.ToString());
        Add(FrameworkChangeKind.Plan, null, Date(before.Plan.Start) + ".." + Date(before.Plan.End), Date(after.Plan.Start) + ".." + Date(after.Plan.End));
        Add(FrameworkChangeKind.Calendar, null, before.Calendar.Name, after.Calendar.Name);
        Add(FrameworkChangeKind.Rounding, null, before.Rounding.ToString(), after.Rounding.ToString());
        Add(FrameworkChangeKind.TotalPoints, null, Num.Format(before.TotalPoints), Num.Format(after.TotalPoints));
        Add(FrameworkChangeKind.Bands, null, Bands(before), Bands(after));

        var areaOfBefore = AreaOf(before);
        var areaOfAfter = AreaOf(after);
        foreach (var indicator in before.Indicators.Where(i => after.FindIndicator(i.Code) is null))
        {
            changes.Add(new FrameworkChange(FrameworkChangeKind.IndicatorRemoved, indicator.Code, Summary(indicator, areaOfBefore[indicator.Code]), string.Empty));
        }

        foreach (var indicator in after.Indicators.Where(i => before.FindIndicator(i.Code) is null))
        {
            changes.Add(new FrameworkChange(FrameworkChangeKind.IndicatorAdded, indicator.Code, string.Empty, Summary(indicator, areaOfAfter[indicator.Code])));
        }

        foreach (var a in before.Indicators)
        {
            if (after.FindIndicator(a.Code) is not Indicator b)
            {
                continue;
            }

            Add(FrameworkChangeKind.IndicatorArea, a.Code, areaOfBefore[a.Code], areaOfAfter[a.Code]);
            Add(FrameworkChangeKind.IndicatorName, a.Code, a.Name.ToString(), b.Name.ToString());
            Add(FrameworkChangeKind.Measure, a.Code, FileNames.Of(a.Measure), FileNames.Of(b.Measure));
            Add(FrameworkChangeKind.Unit, a.Code, a.UnitOfMeasure, b.UnitOfMeasure);
            Add(FrameworkChangeKind.Points, a.Code, Num.Format(a.MaxPoints), Num.Format(b.MaxPoints));
            Add(FrameworkChangeKind.Target, a.Code, TargetText(a.Target), TargetText(b.Target));
            Add(FrameworkChangeKind.Rule, a.Code, RuleText(a.Rule), RuleText(b.Rule));
        }

        return new FrameworkDiff(changes);
    }

    /// <summary>The rule as compact JSON, e.g. <c>{"kind":"goalposts","floor":60}</c>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static string RuleText(IScoringRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CompactJson))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", rule.Kind);
            rule.WriteParameters(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Every change, one per line (<see cref="FrameworkChange.ToString"/>), each ending with <c>\n</c>.</summary>
    /// <returns>The text; empty when there is no change.</returns>
    public override string ToString() => string.Concat(Changes.Select(c => c + "\n"));

    private static Dictionary<string, string> AreaOf(Framework framework)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var area in framework.Areas)
        {
            foreach (var indicator in area.Indicators)
            {
                map.TryAdd(indicator.Code, area.Code);
            }
        }

        return map;
    }

    private static string Summary(Indicator indicator, string area) =>
        "(" + area + ", " + Num.Format(indicator.MaxPoints) + " points, " + FileNames.Of(indicator.Measure) + ", target " + TargetText(indicator.Target) + ", rule " + RuleText(indicator.Rule) + "): " + indicator.Name.En;

    private static string TargetText(Target target) => target + (target.Due is NodaTime.LocalDate due ? " due " + Date(due) : string.Empty);

    private static string Bands(Framework framework) =>
        framework.Bands.Count == 0 ? "(none)" : string.Join(", ", framework.Bands.Select(b => b.Code + " ≥ " + Num.Format(b.MinIndex)));

    private static string Date(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
}
