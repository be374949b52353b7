using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Formulas.Tests;

/// <summary>The formula example of docs/extending.md loads, is canonical and scores as the text says.</summary>
public sealed class FormulaDocsTests
{
    private static string FrameworkText()
    {
        string doc = RepositoryFiles.Read("docs/extending.md");
        int at = doc.IndexOf("<!-- example: formula-framework -->", StringComparison.Ordinal);
        Assert.True(at >= 0);
        int start = doc.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Extending_FormulaExample_LoadsCanonically_AndScoresAsDocumented()
    {
        var registry = RuleRegistry.Default.With(FormulaRule.Factory);
        string text = FrameworkText();
        var read = FrameworkJson.Read(text, registry);
        Assert.Empty(read.Problems);
        Assert.Equal(text, FrameworkJson.Write(read.Value!));

        var at = NodaTime.Instant.FromUtc(2026, 1, 10, 2, 0);
        var set = new SubmissionSet(
        [
            new Submission("VP", ReportingPeriod.ForYear(2025), "T02", Measurement.Ratio(875, 1000), at),
            new Submission("VP", ReportingPeriod.ForYear(2025), "T07", Measurement.Duration(20), at),
        ]);
        var card = Scorer.Score(read.Value!, set, new ScoringRequest(ReportingPeriod.ForYear(2025))).Find("VP")!;

        // T02: min(1, 87.5 ÷ 90) × 10 = 9.7222… → 9.72.
        var t02 = card.Indicators.Single(s => s.Indicator.Code == "T02");
        Assert.Equal(9.72m, t02.Points);
        Assert.Contains("formula: min(1, value / target) * maxPoints with value = 87.5, target = 90, maxPoints = 10 → 9.722222…", t02.Explanation, StringComparison.Ordinal);

        // T07: clamp((30 − 20) ÷ (30 − 15), 0, 1) × 4 = 0.6666… × 4 = 2.6666… → 2.67, as the piecewise rule 15:4, 30:0 gives.
        Assert.Equal(2.67m, card.Indicators.Single(s => s.Indicator.Code == "T07").Points);
    }

    [Fact]
    public void Extending_FormulaExample_WithoutTheRegistration_ListsTheKnownKinds()
    {
        var problems = FrameworkJson.Read(FrameworkText()).Problems;
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Contains("Unknown rule kind 'formula'", p.Message, StringComparison.Ordinal));
    }
}
