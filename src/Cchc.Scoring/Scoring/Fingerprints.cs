using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>What a scorecard knows beyond the foundation's figures: roll-up, adjustments and how to fingerprint it.</summary>
internal sealed class CardExtras
{
    private string? _fingerprint;

    public CardExtras(ScoringContext? context, bool isRollUp, decimal bonus, decimal deduction, IReadOnlyList<Adjustment> adjustments)
    {
        Context = context;
        IsRollUp = isRollUp;
        Bonus = bonus;
        Deduction = deduction;
        Adjustments = adjustments;
    }

    public static CardExtras None { get; } = new(null, false, 0, 0, []);

    public ScoringContext? Context { get; }

    public bool IsRollUp { get; }

    public decimal Bonus { get; }

    public decimal Deduction { get; }

    public IReadOnlyList<Adjustment> Adjustments { get; }

    public string Fingerprint(Scorecard card) => _fingerprint ??= Fingerprints.OfCard(card, Context);
}

/// <summary>
/// Canonical forms and SHA-256. The canonical form is compact JSON with properties in a fixed order, numbers as
/// invariant text without trailing zeros (12.50 and 12.5 are the same figure), instants and dates in ISO form, lists in
/// a fixed order; so it depends on no machine, culture or input order.
/// </summary>
internal static class Fingerprints
{
    private static readonly ConditionalWeakTable<Framework, string> FrameworkHashes = new();

    /// <summary>The SHA-256 of the framework's canonical text, computed once per framework instance (frameworks are immutable).</summary>
    public static string OfFramework(Framework framework) => FrameworkHashes.GetValue(framework, f => Hash(Write(w => WriteFramework(w, f))));

    /// <summary>
    /// The framework's canonical form: every value that can change a score, in a fixed order, numbers as invariant text
    /// without trailing zeros, rules by kind and parameters. It is not the file format (which may change its layout
    /// without changing what a framework means), so scoring does not depend on the readers and writers.
    /// </summary>
    private static void WriteFramework(Utf8JsonWriter w, Framework f)
    {
        w.WriteString("format", "cchc-framework-canonical-1");
        w.WriteString("id", f.Id);
        w.WriteString("version", f.Version);
        Names(w, f.Name);
        w.WriteString("plan", LocalDatePattern.Iso.Format(f.Plan.Start) + "/" + LocalDatePattern.Iso.Format(f.Plan.End));
        w.WriteString("calendar", f.Calendar.ToString());
        w.WriteString("rounding", Num.Format(f.Rounding.Digits) + " " + f.Rounding.Mode.ToString() + " " + f.Rounding.Level.ToString());
        w.WriteString("totalPoints", Num.Format(f.TotalPoints));
        w.WriteString("unitRollUp", f.DefaultUnitRollUp.ToString());
        w.WriteString("maxBonus", Num.Format(f.MaxBonus));
        w.WriteString("maxDeduction", Num.Format(f.MaxDeduction));
        if (f.MissingData.Method != MissingDataMethod.Zero)
        {
            // Written only when declared, so that the fingerprints of frameworks without a policy do not change.
            w.WriteString("missingData", f.MissingData.ToString());
        }

        w.WriteString("thresholds", Num.Format(f.TrajectoryThresholds.OnTrack) + " " + Num.Format(f.TrajectoryThresholds.NeedsAcceleration) + " " + Num.Format(f.TrajectoryThresholds.LimitedProgress));
        if (f.Deadline is SubmissionDeadline d)
        {
            w.WriteStartObject("deadline");
            w.WriteString("workingDays", Num.Format(d.WorkingDays));
            w.WriteString("utcOffset", d.UtcOffset.ToString("m", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("weekend", string.Join(",", d.Weekend.Select(day => day.ToString())));
            w.WriteString("holidays", string.Join(",", d.Holidays.Select(LocalDatePattern.Iso.Format)));
            w.WriteEndObject();
        }

        w.WriteStartArray("bands");
        foreach (var band in f.Bands)
        {
            w.WriteStartObject();
            w.WriteString("code", band.Code);
            Names(w, band.Name);
            w.WriteString("minIndex", Num.Format(band.MinIndex));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("areas");
        foreach (var area in f.Areas)
        {
            w.WriteStartObject();
            w.WriteString("code", area.Code);
            Names(w, area.Name);
            w.WriteString("notApplicableTo", string.Join(",", area.NotApplicableTo));
            w.WriteStartArray("indicators");
            foreach (var i in area.Indicators)
            {
                WriteIndicator(w, i);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteIndicator(Utf8JsonWriter w, Indicator i)
    {
        var t = i.Target;
        w.WriteStartObject();
        w.WriteString("code", i.Code);
        Names(w, i.Name);
        w.WriteString("measure", i.Measure.ToString());
        w.WriteString("unitOfMeasure", i.UnitOfMeasure);
        w.WriteString("maxPoints", Num.Format(i.MaxPoints));
        w.WriteString("periodRollUp", i.PeriodRollUp?.ToString());
        w.WriteString("unitRollUp", i.UnitRollUp?.ToString());
        w.WriteString("notApplicableTo", string.Join(",", i.NotApplicableTo));
        w.WriteString("target", t.Comparison.Symbol() + " " + Num.Format(t.Value) + " " + t.Change.ToString());
        w.WriteString("due", t.Due is LocalDate due ? LocalDatePattern.Iso.Format(due) : null);
        w.WriteString("baseline", t.Baseline?.ToString());
        w.WriteString("milestones", string.Join(",", t.Milestones.Select(m => Num.Format(m.Year) + ":" + Num.Format(m.Value))));
        if (i.MissingData is MissingDataPolicy policy)
        {
            w.WriteString("missingData", policy.ToString());
        }

        w.WriteString("rule", i.Rule.Kind);
        w.WriteString("parameters", Rules.RuleParameters.Write(i.Rule));
        w.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter w, LocalizedText name)
    {
        w.WriteString("vi", name.Vi);
        w.WriteString("en", name.En);
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string OfCard(Scorecard card, ScoringContext? context)
    {
        var set = context?.Submissions ?? SubmissionSet.Empty;
        var traces = card.Indicators.Select(s => s.Trace).ToArray();
        var used = traces.SelectMany(TraceText.AllSources)
            .Concat(traces.Where(t => t.IgnoredSubmission is not null).Select(t => t.IgnoredSubmission!))
            .Select(s => s.Submission)
            .Concat(traces.SelectMany(t => t.LeftOut).Select(l => l.Submission))
            .Distinct(ReferenceEqualityComparer.Instance).Cast<Submission>()
            .Order(Comparer<Submission>.Create(SubmissionSet.CanonicalOrder))
            .ToArray();
        var unitIds = new SortedSet<string>(StringComparer.Ordinal) { card.UnitId };
        unitIds.UnionWith(used.Select(s => s.UnitId));
        unitIds.UnionWith(traces.SelectMany(t => (t.Lineage?.Parts ?? []).Concat(t.BaselineLineage?.Parts ?? [])).Select(p => p.UnitId));
        if (card.IsRollUp)
        {
            AddDescendants(set.Units, card.UnitId, unitIds);
        }

        return Hash(Write(w =>
        {
            w.WriteString("format", "cchc-fingerprint-1");
            w.WriteString("framework", context?.FrameworkHash ?? string.Empty);
            WriteRequest(w, context?.Request, card.Period, card.AsOf, null);
            w.WriteString("unit", card.UnitId);
            w.WriteStartArray("units");
            foreach (string id in unitIds)
            {
                WriteUnit(w, id, set.Units.Find(id));
            }

            w.WriteEndArray();
            if (set.Units.HasLineage)
            {
                // Only with validity intervals or lineage: a file without them keeps its fingerprints.
                w.WriteStartArray("lineage");
                foreach (var e in set.Units.Lineage)
                {
                    if (e.From.Concat(e.Into).Any(unitIds.Contains) || (e.ParentId is string p && unitIds.Contains(p)))
                    {
                        WriteEvent(w, e);
                    }
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("submissions");
            foreach (var s in used)
            {
                WriteSubmission(w, s);
            }

            w.WriteEndArray();
            w.WriteStartArray("adjustments");
            foreach (var a in card.Adjustments)
            {
                w.WriteStartObject();
                w.WriteString("unit", a.UnitId);
                w.WriteString("period", a.Period.ToString());
                w.WriteString("points", Num.Format(a.Points));
                w.WriteString("reason", a.Reason);
                w.WriteString("recordedAt", InstantPattern.ExtendedIso.Format(a.RecordedAt));
                w.WriteString("evidence", a.Evidence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            AssessmentFingerprint.Write(w, card);
        }));
    }

    public static string OfResult(ScoringResult result) => Hash(Write(w =>
    {
        w.WriteString("format", "cchc-fingerprint-1");
        w.WriteString("framework", OfFramework(result.Framework));
        WriteRequest(w, result.Request, result.Request.Period, result.Request.AsOf, result.Request.Units);
        w.WriteStartArray("scorecards");
        foreach (var card in result.Scorecards)
        {
            w.WriteStringValue(card.Fingerprint);
        }

        w.WriteEndArray();
    }));

    private static void AddDescendants(UnitHierarchy units, string id, SortedSet<string> into)
    {
        foreach (var child in units.ChildrenOf(id))
        {
            if (into.Add(child.Id))
            {
                AddDescendants(units, child.Id, into);
            }
        }
    }

    private static void WriteRequest(Utf8JsonWriter w, ScoringRequest? request, ReportingPeriod period, Instant? asOf, IReadOnlyList<string>? units)
    {
        w.WriteStartObject("request");
        w.WriteString("period", period.ToString());
        w.WriteString("start", LocalDatePattern.Iso.Format(period.Start));
        w.WriteString("end", LocalDatePattern.Iso.Format(period.End));
        w.WriteString("asOf", asOf is Instant at ? InstantPattern.ExtendedIso.Format(at) : null);
        w.WriteBoolean("rollUpUnits", request?.RollUpUnits ?? false);
        if (request is { Selection: not UnitSelection.End })
        {
            w.WriteString("selection", request.Selection.ToString());
        }
        if (units is not null)
        {
            w.WriteStartArray("units");
            foreach (string u in units)
            {
                w.WriteStringValue(u);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter w, string id, Unit? unit)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteBoolean("declared", unit is not null);
        if (unit is not null)
        {
            w.WriteString("kind", unit.Kind);
            w.WriteString("parent", unit.ParentId);
            w.WriteString("vi", unit.Name.Vi);
            w.WriteString("en", unit.Name.En);
            if (unit.ValidFrom is LocalDate from)
            {
                w.WriteString("from", LocalDatePattern.Iso.Format(from));
            }

            if (unit.ValidTo is LocalDate to)
            {
                w.WriteString("to", LocalDatePattern.Iso.Format(to));
            }
        }

        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, LineageEvent e)
    {
        w.WriteStartObject();
        w.WriteString("kind", LineageEvent.NameOf(e.Kind));
        w.WriteString("date", LocalDatePattern.Iso.Format(e.Date));
        w.WriteString("from", string.Join(",", e.From));
        w.WriteString("into", string.Join(",", e.Into));
        if (e.Name is LocalizedText name)
        {
            Names(w, name);
        }

        if (e.Kind == LineageEventKind.Move)
        {
            w.WriteString("parent", e.ParentId);
        }

        if (e.Shares is SplitShares shares)
        {
            string Set(System.Collections.Generic.IReadOnlyDictionary<string, decimal>? set) =>
                set is null ? "notDivisible" : string.Join(",", set.Select(p => p.Key + "=" + Num.Format(p.Value)));
            w.WriteString("shares", "*:" + Set(shares.Default) + string.Concat(shares.ByIndicator.Select(p => ";" + p.Key + ":" + Set(p.Value))));
        }

        w.WriteEndObject();
    }

    private static void WriteSubmission(Utf8JsonWriter w, Submission s)
    {
        var m = s.Measurement;
        w.WriteStartObject();
        w.WriteString("unit", s.UnitId);
        w.WriteString("period", s.Period.ToString());
        w.WriteString("start", LocalDatePattern.Iso.Format(s.Period.Start));
        w.WriteString("end", LocalDatePattern.Iso.Format(s.Period.End));
        w.WriteString("indicator", s.IndicatorCode);
        w.WriteString("recordedAt", InstantPattern.ExtendedIso.Format(s.RecordedAt));
        w.WriteString("kind", m.Kind.ToString());
        w.WriteBoolean("applicable", m.IsApplicable);
        w.WriteString("value", Num.Format(m.Value));
        w.WriteString("numerator", Num.Format(m.Numerator));
        w.WriteString("denominator", Num.Format(m.Denominator));
        w.WriteString("excluded", Num.Format(m.Excluded));
        w.WriteString("note", s.Note);
        w.WriteString("evidence", s.Evidence);
        w.WriteString("selfAssessedPoints", s.SelfAssessedPoints is decimal sp ? Num.Format(sp) : null);
        w.WriteString("appraisedPoints", s.AppraisedPoints is decimal ap ? Num.Format(ap) : null);
        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
