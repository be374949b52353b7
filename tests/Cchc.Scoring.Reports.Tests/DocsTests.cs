using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>docs/reports.md describes what the reports hold: its claims are checked against rendered reports.</summary>
public sealed class DocsTests
{
    private static readonly string Doc = RepositoryFiles.Read("docs/reports.md");

    [Fact]
    public void Doc_DataAttributes_AllRendered()
    {
        // With a sensitivity analysis, whose section carries attributes of its own, and one assessment record (the stage column).
        var year = ReportingPeriod.ForYear(2025, Sample.Framework.Calendar);
        var first = Sample.Department(Sample.Score()).Indicators.First(s => s.MaxPoints > 0);
        var records = new AssessmentRecords([new AssessmentEntry("SO", year, first.Indicator.Code, AssessmentEntryKind.SelfAssessment, NodaTime.Instant.FromUtc(2026, 1, 5, 0, 0), AssessorRole.Unit, first.MaxPoints)]);
        var result = Scorer.Score(Sample.Framework, Sample.Submissions, new ScoringRequest(year).WithAssessments(records));
        var sensitivity = SensitivityAnalysis.Run(Sample.Framework, Sample.Submissions, result.Request, new SensitivityOptions { Weights = WeightVariation.Areas, WeightRange = 0.1m, Samples = 20 });
        string html = HtmlReport.Render(ScoringSummary.Create(result, Sample.Submissions), new ReportOptions { Sensitivity = sensitivity });
        var named = Regex.Matches(Doc, "`(data-[a-z]+)`").Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.True(named.Length >= 12, string.Join(", ", named));
        foreach (string attribute in named)
        {
            Assert.Contains(" " + attribute + "=\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Doc_ViNumbers_AsTheSampleShowsThem()
    {
        // The examples in the text are figures of the built-in sample's department SO in 2025 (and a plain 21.050).
        string html = HtmlReport.Render(ScoringSummary.Create(Sample.Score(), Sample.Submissions));
        foreach (string figure in new[] { "93,76", "27,78 / 28,00", "96,55 %" })
        {
            Assert.Contains(figure, Doc, StringComparison.Ordinal);
            Assert.Contains(figure, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Doc_CSharpExample_SameCallsAsThePackageReadme()
    {
        static string[] Calls(string text) => Regex.Matches(text, "(HtmlReport|WorkbookReport|DocxReport)\\.Render\\(summary|ScoringSummary\\.Create\\(result, submissions").Select(m => m.Value).ToArray();
        string fromCSharp = Doc[Doc.IndexOf("## From C#", StringComparison.Ordinal)..];
        Assert.Equal(Calls(fromCSharp), Calls(RepositoryFiles.Read("src/Cchc.Scoring.Reports/README.md")));
        Assert.Equal(4, Calls(fromCSharp).Length);
    }
}
