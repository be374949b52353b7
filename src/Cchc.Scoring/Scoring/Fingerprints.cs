using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>What a scorecard knows beyond the foundation's figures: roll-up, adjustments and how to fingerprint it.</summary>
internal sealed class CardExtras
{
    private string? _fingerprint;

    public CardExtras(FingerprintContext? context, bool isRollUp, decimal bonus, decimal deduction, IReadOnlyList<Adjustment> adjustments)
    {
        Context = context;
        IsRollUp = isRollUp;
        Bonus = bonus;
        Deduction = deduction;
        Adjustments = adjustments;
    }

    public static CardExtras None { get; } = new(null, false, 0, 0, []);

    public FingerprintContext? Context { get; }

    public bool IsRollUp { get; }

    public decimal Bonus { get; }

    public decimal Deduction { get; }

    public IReadOnlyList<Adjustment> Adjustments { get; }

    public string Fingerprint(Scorecard card) => _fingerprint ??= Fingerprints.OfCard(card, Context);
}

/// <summary>The inputs shared by every scorecard of one scoring call; the framework is hashed once, on first use.</summary>
internal sealed class FingerprintContext(Framework framework, SubmissionSet submissions, ScoringRequest request)
{
    private readonly Lazy<string> _framework = new(() => Fingerprints.OfFramework(framework));

    public Framework Framework { get; } = framework;

    public SubmissionSet Submissions { get; } = submissions;

    public ScoringRequest Request { get; } = request;

    public string FrameworkHash => _framework.Value;
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
    public static string OfFramework(Framework framework) => FrameworkHashes.GetValue(framework, f => Hash(FrameworkJson.Write(f)));

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string OfCard(Scorecard card, FingerprintContext? context)
    {
        var set = context?.Submissions ?? SubmissionSet.Empty;
        var traces = card.Indicators.Select(s => s.Trace).ToArray();
        var used = traces.SelectMany(TraceText.AllSources)
            .Concat(traces.Where(t => t.IgnoredSubmission is not null).Select(t => t.IgnoredSubmission!))
            .Select(s => s.Submission)
            .Distinct(ReferenceEqualityComparer.Instance).Cast<Submission>()
            .Order(Comparer<Submission>.Create(SubmissionSet.CanonicalOrder))
            .ToArray();
        var unitIds = new SortedSet<string>(StringComparer.Ordinal) { card.UnitId };
        unitIds.UnionWith(used.Select(s => s.UnitId));
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
