using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring.Benchmarks;

/// <summary>
/// The built-in plan with 100 units reporting quarterly from 2021 to 2025 (no yearly submissions): scoring 2025 rolls
/// every indicator up from its quarters; trajectories roll up five years per indicator. Deterministic inputs.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private const int Units = 100;

    private Framework _framework = null!;
    private SubmissionSet _submissions = null!;
    private ScoringRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _framework = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);
        _request = new ScoringRequest(ReportingPeriod.ForYear(2025, _framework.Calendar));
        var submissions = new List<Submission>();
        for (int u = 0; u < Units; u++)
        {
            string unit = "U" + u.ToString("D3", CultureInfo.InvariantCulture);
            int i = 0;
            foreach (var indicator in _framework.Indicators)
            {
                for (int year = 2021; year <= 2025; year++)
                {
                    for (int q = 1; q <= 4; q++)
                    {
                        int k = (u * 31) + (i * 17) + (year * 7) + q;
                        var period = ReportingPeriod.ForQuarter(year, q, _framework.Calendar);
                        submissions.Add(new Submission(unit, period, indicator.Code, Figure(indicator.Measure, k), Instant.FromUtc(year, q * 3, 20, 2, 0)));
                    }
                }

                i++;
            }
        }

        _submissions = new SubmissionSet(submissions);
    }

    [Benchmark]
    public ScoringResult ScoreYearFromQuarters100Units() => Scorer.Score(_framework, _submissions, _request);

    [Benchmark]
    public int Trajectories100Units() => _submissions.UnitIds.Sum(u => Trajectories.Compute(_framework, _submissions, u).Count(TrajectoryStatus.OnTrack));

    private static Measurement Figure(MeasureKind kind, int k) => kind switch
    {
        MeasureKind.Ratio => Measurement.Ratio(800 + (k % 200), 1000),
        MeasureKind.Quantity => Measurement.Quantity(5 + (k % 5)),
        MeasureKind.Duration => Measurement.Duration(10 + (k % 20), 50 + (k % 50)),
        MeasureKind.Percentage => Measurement.Percentage(80 + (k % 20)),
        _ => Measurement.YesNo(k % 3 != 0),
    };
}
