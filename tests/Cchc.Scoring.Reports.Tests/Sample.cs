using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>The built-in plan and its synthetic sample, scored for 2025 (every unit; the department SO with its divisions and units).</summary>
internal static class Sample
{
    public static Framework Framework { get; } = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);

    public static SubmissionSet Submissions { get; } = BuiltInFrameworks.GetSample(BuiltInFrameworks.GtvtTienGiang20212025);

    public static ScoringResult Score(bool rollUp = false, SubmissionSet? submissions = null) =>
        Scorer.Score(Framework, submissions ?? Submissions, new ScoringRequest(ReportingPeriod.ForYear(2025, Framework.Calendar), rollUpUnits: rollUp));

    public static Scorecard Department(ScoringResult result) => result.Find("SO")!;

    public static int IndicatorCount(Scorecard card) => card.Indicators.Count();
}
