using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring.Benchmarks;

/// <summary>
/// A sensitivity analysis of 1,000 samples for 100 units × 25 indicators (5 areas of 5 ratio indicators, 4 points
/// each, every 37th figure missing): area weights ±10 %, three rounding modes, digits 1–3, missing data as zero,
/// not applicable or peer mean. Inputs are deterministic: the figures come from the unit and indicator numbers.
/// <see cref="Sensitivity1000Survey"/> also draws whether the survey is held, with the last indicator survey-only and
/// the survey optional (every fifth unit holds none).
/// </summary>
[MemoryDiagnoser]
public class SensitivityBenchmarks
{
    private const int Units = 100;

    private Framework _framework = null!;
    private SubmissionSet _submissions = null!;
    private ScoringRequest _request = null!;
    private SensitivityOptions _options = null!;
    private SensitivityOptions _sequential = null!;
    private Framework _surveyFramework = null!;
    private SubmissionSet _surveySubmissions = null!;
    private SensitivityOptions _survey = null!;

    [GlobalSetup]
    public void Setup()
    {
        var areas = Enumerable.Range(1, 5).Select(a => new Area(
            "A" + a.ToString(CultureInfo.InvariantCulture),
            new LocalizedText("Lĩnh vực", "Area"),
            Enumerable.Range(1, 5).Select(i => new Indicator(
                "I" + ((a * 10) + i).ToString(CultureInfo.InvariantCulture),
                new LocalizedText("Chỉ số", "Indicator"),
                MeasureKind.Ratio,
                "%",
                new Target(Comparison.AtLeast, 80 + (i * 3)),
                i % 2 == 0 ? ThresholdRule.Instance : ProportionalRule.Instance,
                4)))).ToArray();
        _framework = new Framework(
            "sensitivity-bench",
            "1.0.0",
            new LocalizedText("Khung", "Framework"),
            new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)),
            ReportingCalendar.Calendar,
            RoundingPolicy.Default,
            100,
            [new ClassBand("A", new LocalizedText("A", "A"), 90), new ClassBand("B", new LocalizedText("B", "B"), 80), new ClassBand("C", new LocalizedText("C", "C"), 0)],
            areas);
        var year = ReportingPeriod.ForYear(2025);
        var recorded = Instant.FromUtc(2026, 1, 10, 2, 0);
        var units = Enumerable.Range(0, Units).Select(u => new Unit("U" + u.ToString("D3", CultureInfo.InvariantCulture), new LocalizedText("Đơn vị", "Unit"), "office")).ToArray();
        var submissions = new List<Submission>();
        int k = 0;
        foreach (var unit in units)
        {
            foreach (var indicator in _framework.Indicators)
            {
                if (++k % 37 == 0)
                {
                    continue;
                }

                // 70.00–99.99 % from the unit and indicator numbers (a fixed permutation, no randomness).
                decimal numerator = 7000 + ((k * 7919) % 3000);
                submissions.Add(new Submission(unit.Id, year, indicator.Code, Measurement.Ratio(numerator, 10000), recorded));
            }
        }

        _submissions = new SubmissionSet(submissions, UnitHierarchy.Create(units).Value!);
        _request = new ScoringRequest(year);
        _options = Options(parallelism: 0, varySurvey: false);
        _sequential = Options(parallelism: 1, varySurvey: false);

        // The same job with I55 survey-only and the survey optional; every fifth unit holds no survey.
        _surveyFramework = new Framework(
            _framework.Id,
            _framework.Version,
            _framework.Name,
            _framework.Plan,
            _framework.Calendar,
            _framework.Rounding,
            _framework.TotalPoints,
            _framework.Bands,
            _framework.Areas.Select(a => new Area(a.Code, a.Name, a.Indicators.Select(i => new Indicator(i.Code, i.Name, i.Measure, i.UnitOfMeasure, i.Target, i.Rule, i.MaxPoints, new IndicatorOptions { SurveyOnly = i.Code == "I55" })))),
            new FrameworkOptions { SurveyOptional = true });
        _surveySubmissions = new SubmissionSet(
            submissions.Where(s => s.IndicatorCode != "I55" || int.Parse(s.UnitId[1..], CultureInfo.InvariantCulture) % 5 != 0),
            UnitHierarchy.Create(units).Value!);
        _survey = Options(parallelism: 0, varySurvey: true);
    }

    /// <summary>
    /// 1,000 samples of: area weights ±10 %, three rounding modes, digits 1–3, missing data as zero, not applicable or
    /// peer mean; and, when asked, whether the survey is held.
    /// </summary>
    private static SensitivityOptions Options(int parallelism, bool varySurvey) => new()
    {
        Samples = 1000,
        Seed = 1,
        Weights = WeightVariation.Areas,
        WeightRange = 0.10m,
        RoundingModes = [RoundingMode.HalfAwayFromZero, RoundingMode.HalfToEven, RoundingMode.Truncate],
        RoundingDigits = [1, 2, 3],
        MissingData = [MissingDataPolicy.Zero, MissingDataPolicy.NotApplicable, MissingDataPolicy.PeerMean],
        MaxDegreeOfParallelism = parallelism,
        VarySurvey = varySurvey,
    };

    /// <summary>1,000 samples, 100 units × 25 indicators, on every processor.</summary>
    [Benchmark]
    public SensitivityResult Sensitivity1000() => SensitivityAnalysis.Run(_framework, _submissions, _request, _options);

    /// <summary>The same on one thread.</summary>
    [Benchmark]
    public SensitivityResult Sensitivity1000Sequential() => SensitivityAnalysis.Run(_framework, _submissions, _request, _sequential);

    /// <summary>The same with the survey choice drawn too (twice the scorings up front, the same work per sample), on every processor.</summary>
    [Benchmark]
    public SensitivityResult Sensitivity1000Survey() => SensitivityAnalysis.Run(_surveyFramework, _surveySubmissions, _request, _survey);
}
