using System;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>The HTML report's trajectory charts mark the unit's lineage events (docs/examples/data/reorganisation).</summary>
public sealed class TrajectoryLineageTests
{
    private static readonly Framework Plan = FrameworkJson.Read(RepositoryFiles.Read("docs/examples/data/reorganisation/framework.json")).Value!;

    private static readonly SubmissionSet Reorganised = SubmissionJson.Read(RepositoryFiles.Read("docs/examples/data/reorganisation/submissions.json"), Plan).Value!;

    private static string Html(Framework framework, SubmissionSet submissions, string unitId, Language language = Language.Vi)
    {
        var result = Scorer.Score(framework, submissions, new ScoringRequest(ReportingPeriod.ForYear(2025, framework.Calendar)));
        return HtmlReport.Render(ScoringSummary.Create(result, submissions, unitId), new ReportOptions(language));
    }

    [Fact]
    public void Chart_MarksTheMergerOfSxdMoi_AtItsDate()
    {
        // SXD-MOI was made on 1 July 2025 from SO and SXD: each chart of its trajectories has one dashed line at that
        // date, labelled "Hợp nhất" and titled with who merged.
        string html = Html(Plan, Reorganised, "SXD-MOI");
        var lines = Regex.Matches(html, "<line class=\"lineage\"[^>]*data-date=\"2025-07-01\"><title>2025-07-01: Hợp nhất SO \\+ SXD → SXD-MOI</title></line>");
        Assert.NotEmpty(lines);
        Assert.Equal(lines.Count, Regex.Matches(html, "<svg[^>]*data-chart=").Count); // on every chart
        Assert.Contains(">Hợp nhất</text>", html, StringComparison.Ordinal);
        Assert.Contains("stroke-dasharray=\"5 3\" data-date=\"2025-07-01\"", html, StringComparison.Ordinal);
        Assert.Contains(">merged</text>", Html(Plan, Reorganised, "SXD-MOI", Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_WithoutLineage_HasNoMark()
    {
        Assert.DoesNotContain("class=\"lineage\"", HtmlReport.Render(ScoringSummary.Create(Sample.Score(), Sample.Submissions), new ReportOptions(Language.Vi)), StringComparison.Ordinal);
    }
}
