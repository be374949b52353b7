using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using NodaTime;

namespace Cchc.Scoring.Benchmarks;

/// <summary>
/// Scoring 100 units for one year against a framework of about 25 indicators (the built-in plan when it is present,
/// else a synthetic one built in code), and reading a framework file. Inputs are deterministic: no randomness.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Units = 100;

    private Framework _framework = null!;
    private SubmissionSet _submissions = null!;
    private ScoringRequest _request = null!;
    private SubmissionSet _hierarchy = null!;
    private ScoringRequest _rollUp = null!;
    private string _frameworkJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _framework = BuiltInFrameworks.Ids.Contains(BuiltInFrameworks.GtvtTienGiang20212025)
            ? BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025)
            : Synthetic();
        _frameworkJson = FrameworkJson.Write(_framework);
        var year = ReportingPeriod.ForYear(2025, _framework.Calendar);
        var baseline = ReportingPeriod.ForYear(2021, _framework.Calendar);
        _request = new ScoringRequest(year);
        var recorded = Instant.FromUtc(2026, 1, 10, 2, 0);
        var submissions = new List<Submission>();
        for (int u = 0; u < Units; u++)
        {
            string unit = "U" + u.ToString("D3", CultureInfo.InvariantCulture);
            int i = 0;
            foreach (var indicator in _framework.Indicators)
            {
                int k = (u * 31) + (i++ * 17);
                submissions.Add(new Submission(unit, year, indicator.Code, Figure(indicator.Measure, k), recorded));
                submissions.Add(new Submission(unit, year, indicator.Code, Figure(indicator.Measure, k + 7), recorded.Plus(Duration.FromDays(5))));
                if (indicator.Target.IsBaselineRelative)
                {
                    submissions.Add(new Submission(unit, baseline, indicator.Code, Figure(indicator.Measure, k + 3), recorded.Plus(Duration.FromDays(-1000))));
                }
            }
        }

        _submissions = new SubmissionSet(submissions);

        // The same figures with 10 departments (U000–U009), each with 9 units reporting to it.
        var units = Enumerable.Range(0, Units).Select(u => new Unit(
            "U" + u.ToString("D3", CultureInfo.InvariantCulture),
            new LocalizedText("Đơn vị", "Unit"),
            u < 10 ? "department" : "division",
            u < 10 ? null : "U" + (u % 10).ToString("D3", CultureInfo.InvariantCulture)));
        _hierarchy = new SubmissionSet(submissions, UnitHierarchy.Create(units).Value);
        _rollUp = new ScoringRequest(year, rollUpUnits: true);
    }

    /// <summary>Scoring with the 10 departments rolled up from their units, then ranking by kind.</summary>
    [Benchmark]
    public int Score100UnitsRolledUpAndRanked() =>
        Ranking.Rank(Scorer.Score(_framework, _hierarchy, _rollUp).Scorecards, Ranking.ByKind).Count;

    /// <summary>Scoring, then the fingerprint of every scorecard and of the result.</summary>
    [Benchmark]
    public string Score100UnitsWithFingerprints()
    {
        var result = Scorer.Score(_framework, _submissions, _request);
        foreach (var card in result.Scorecards)
        {
            _ = card.Fingerprint;
        }

        return result.Fingerprint;
    }

    [Benchmark]
    public ScoringResult Score100Units() => Scorer.Score(_framework, _submissions, _request);

    [Benchmark]
    public ValidationResult<Framework> ReadFrameworkJson() => FrameworkJson.Read(_frameworkJson);

    /// <summary>A deterministic figure of the given kind, varied by <paramref name="k"/>.</summary>
    private static Measurement Figure(MeasureKind kind, int k) => kind switch
    {
        MeasureKind.Ratio => Measurement.Ratio(600 + (k % 400), 1000 + (k % 5), k % 5),
        MeasureKind.Duration => Measurement.Duration(5 + (k % 50)),
        MeasureKind.Quantity => Measurement.Quantity(8 + (k % 5)),
        MeasureKind.Percentage => Measurement.Percentage(80 + ((k % 200) / 10m)),
        _ => Measurement.YesNo(k % 3 != 0),
    };

    /// <summary>Five areas of five indicators each: every built-in rule and measure kind, 100 points in all.</summary>
    private static Framework Synthetic()
    {
        static LocalizedText Text(string code) => new("Chỉ tiêu " + code, "Indicator " + code);
        var areas = new List<Area>();
        for (int a = 1; a <= 5; a++)
        {
            var indicators = new List<Indicator>();
            for (int n = 1; n <= 5; n++)
            {
                string code = "A" + a.ToString(CultureInfo.InvariantCulture) + "." + n.ToString(CultureInfo.InvariantCulture);
                indicators.Add((((a * 5) + n) % 5) switch
                {
                    0 => new Indicator(code, Text(code), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 4),
                    1 => new Indicator(code, Text(code), MeasureKind.Duration, "minutes", new Target(Comparison.AtMost, 15), new GoalpostsRule(60), 4),
                    2 => new Indicator(code, Text(code), MeasureKind.Percentage, "%", new Target(Comparison.GreaterThan, 95), new StepsRule([new Breakpoint(80, 1), new Breakpoint(90, 2.5m), new Breakpoint(95.01m, 4)]), 4),
                    3 => new Indicator(code, Text(code), MeasureKind.YesNo, string.Empty, new Target(Comparison.Equal, 1), YesNoRule.Instance, 4),
                    _ => new Indicator(code, Text(code), MeasureKind.Quantity, "units", new Target(Comparison.AtMost, 10, null, Baseline.FromPeriod(ReportingPeriod.ForYear(2021)), TargetChange.RelativeReduction), GoalpostsRule.FromBaseline, 4),
                });
            }

            areas.Add(new Area("A" + a.ToString(CultureInfo.InvariantCulture), Text("A" + a.ToString(CultureInfo.InvariantCulture)), indicators));
        }

        var bands = new[] { new ClassBand("A", Text("A"), 90), new ClassBand("B", Text("B"), 80), new ClassBand("C", Text("C"), 0) };
        return new Framework(
            "benchmark-synthetic",
            "1.0.0",
            Text("benchmark"),
            new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)),
            ReportingCalendar.Calendar,
            RoundingPolicy.Default,
            100,
            bands,
            areas);
    }
}
