using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Cchc.Scoring;

namespace Cchc.Scoring.Benchmarks;

/// <summary>
/// The national-scale job (<see cref="NationalJob"/>): N reporting units × 50 ratio indicators × 4 quarters, scored for
/// the year with departments rolled up from their units, then ranked by kind. Three phases: building the submission
/// index, scoring and ranking from a built index, and both from the submission objects. The 10,000-unit case (2 million
/// submissions) is left out of dry runs (<c>--job dry</c>, which CI uses to run every benchmark once): they score 100 units
/// only, so that the whole dry run stays short.
/// </summary>
[MemoryDiagnoser]
public class NationalBenchmarks
{
    private Framework _framework = null!;
    private UnitHierarchy _hierarchy = null!;
    private Submission[] _submissions = null!;
    private SubmissionSet _set = null!;

    /// <summary>Reporting units (each with 200 submissions); departments are a twentieth of them.</summary>
    [ParamsSource(nameof(UnitCounts))]
    public int Units { get; set; }

    /// <summary>1,000 and 10,000 units; 100 in a dry run.</summary>
    public static IEnumerable<int> UnitCounts => Program.IsDryRun ? [100] : [1_000, 10_000];

    [GlobalSetup]
    public void Setup()
    {
        var job = new NationalJob(Units);
        _framework = NationalJob.Framework();
        _hierarchy = job.Hierarchy();
        _submissions = job.Submissions();
        _set = NationalJob.Index(_submissions, _hierarchy);
    }

    /// <summary>Building the submission index from the submission objects.</summary>
    [Benchmark]
    public SubmissionSet BuildIndex() => NationalJob.Index(_submissions, _hierarchy);

    /// <summary>Scoring the year with departments rolled up, then ranking by kind, from a built index.</summary>
    [Benchmark]
    public int ScoreRollUpAndRank() => NationalJob.ScoreAndRank(_framework, _set).Count;

    /// <summary>Both: from the submission objects to the ranking.</summary>
    [Benchmark]
    public int EndToEnd() => NationalJob.ScoreAndRank(_framework, NationalJob.Index(_submissions, _hierarchy)).Count;
}
