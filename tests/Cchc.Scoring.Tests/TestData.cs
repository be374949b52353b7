using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Tests;

/// <summary>Small hand-made frameworks, submissions and helpers shared by the tests.</summary>
internal static class TestData
{
    public static readonly Instant Recorded = At("2026-01-10T02:00:00Z");

    public static LocalizedText Text(string code) => new("Tên " + code, "Name " + code);

    public static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static ReportingPeriod Period(string text) => ReportingPeriod.Parse(text);

    public static Indicator Indicator(string code, MeasureKind measure, Target target, IScoringRule rule, decimal points) =>
        new(code, Text(code), measure, measure == MeasureKind.Ratio ? "%" : "units", target, rule, points);

    public static Area Area(string code, params Indicator[] indicators) => new(code, Text(code), indicators);

    public static IReadOnlyList<ClassBand> Bands { get; } =
    [
        new ClassBand("A", Text("A"), 90),
        new ClassBand("B", Text("B"), 80),
        new ClassBand("C", Text("C"), 0),
    ];

    public static Framework Framework(RoundingPolicy? rounding, params Area[] areas) =>
        new(
            "test-framework",
            "1.0.0",
            Text("framework"),
            new DateInterval(Date("2021-01-01"), Date("2025-12-31")),
            ReportingCalendar.Calendar,
            rounding ?? RoundingPolicy.Default,
            areas.Sum(a => a.MaxPoints),
            Bands,
            areas);

    public static Framework Framework(params Area[] areas) => Framework(null, areas);

    public static Submission Submission(string unit, string period, string indicator, Measurement measurement, Instant? recordedAt = null, string? note = null) =>
        new(unit, Period(period), indicator, measurement, recordedAt ?? Recorded, new SubmissionOptions { Note = note });

    public static SubmissionSet Set(params Submission[] submissions) => new(submissions);

    /// <summary>Evaluates a rule as the scorer would, for a percentage value.</summary>
    public static RuleOutcome Evaluate(IScoringRule rule, decimal value, Comparison comparison, decimal target, decimal max, decimal? baseline = null) =>
        RuleOutcome.Of(rule, new RuleInput(Measurement.Percentage(value), value, target, comparison, baseline, max));

    /// <summary>A framework file with one indicator, for checking how rules and targets are read.</summary>
    public static string OneIndicatorJson(string rule, string measure = "ratio", string target = """{ "comparison": ">=", "value": 90 }""", decimal points = 10) =>
        """
        {
          "id": "one",
          "version": "1.0.0",
          "name": { "vi": "Một", "en": "One" },
          "plan": { "start": "2021-01-01", "end": "2025-12-31" },
          "totalPoints": POINTS,
          "areas": [
            {
              "code": "A1",
              "name": { "vi": "Lĩnh vực", "en": "Area" },
              "indicators": [
                {
                  "code": "I1",
                  "name": { "vi": "Chỉ số", "en": "Indicator" },
                  "measure": "MEASURE",
                  "target": TARGET,
                  "rule": RULE,
                  "points": POINTS
                }
              ]
            }
          ]
        }
        """.Replace("POINTS", points.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal)
            .Replace("MEASURE", measure, System.StringComparison.Ordinal)
            .Replace("TARGET", target, System.StringComparison.Ordinal)
            .Replace("RULE", rule, System.StringComparison.Ordinal);
}

/// <summary>A rule's points and its explanation of them, for one input.</summary>
public readonly record struct RuleOutcome(decimal Points, string Formula)
{
    public static RuleOutcome Of(IScoringRule rule, in RuleInput input) => new(rule.Evaluate(input), rule.Explain(input));
}
