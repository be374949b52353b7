using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cchc.Scoring;
using Cchc.Scoring.Reports;

namespace Cchc.Scoring.Benchmarks;

/// <summary>
/// The xlsx report (<see cref="WorkbookReport"/>) of the built-in sample with N more units, each declared under the
/// department SO with a copy of the VP office's submissions (the reliability report's set-up): the summary sheet, one
/// sheet per unit, one per indicator and the submissions used. The time should follow N (it grew about as N² when each
/// row counted the rows before it). An operation takes seconds, so a short job is enough:
/// <c>dotnet run -c Release --project benchmarks/Cchc.Scoring.Benchmarks -- --filter '*WorkbookReport*' --job short</c>.
/// Dry runs (<c>--job dry</c>) render 50 units only.
/// </summary>
[MemoryDiagnoser]
public class WorkbookReportBenchmarks
{
    private ScoringSummary _summary = null!;

    /// <summary>Units added to the sample.</summary>
    [ParamsSource(nameof(UnitCounts))]
    public int Units { get; set; }

    /// <summary>250, 1,000 and 4,000 units; 50 in a dry run.</summary>
    public static IEnumerable<int> UnitCounts => Program.IsDryRun ? [50] : [250, 1_000, 4_000];

    [GlobalSetup]
    public void Setup()
    {
        var framework = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);
        var sample = BuiltInFrameworks.GetSample(BuiltInFrameworks.GtvtTienGiang20212025);
        var office = sample.Units.Find("VP")!;
        var units = sample.Units.Units.ToList();
        var submissions = sample.Submissions.ToList();
        var copied = sample.Submissions.Where(s => s.UnitId == "VP").ToArray();
        for (int i = 0; i < Units; i++)
        {
            string id = "U" + i.ToString("D5", CultureInfo.InvariantCulture);
            units.Add(new Unit(id, new LocalizedText("Đơn vị " + id, "Unit " + id), office.Kind, "SO"));
            submissions.AddRange(copied.Select(s => new Submission(id, s.Period, s.IndicatorCode, s.Measurement, s.RecordedAt, new SubmissionOptions { Note = s.Note, Evidence = s.Evidence })));
        }

        var set = new SubmissionSet(submissions, UnitHierarchy.Create(units).GetValueOrThrow(), sample.Adjustments);
        var result = Scorer.Score(framework, set, new ScoringRequest(ReportingPeriod.ForYear(2025, framework.Calendar)));
        _summary = ScoringSummary.Create(result, set, "SO");
    }

    /// <summary>The workbook's bytes.</summary>
    [Benchmark]
    public int Workbook() => WorkbookReport.Render(_summary).Length;
}
