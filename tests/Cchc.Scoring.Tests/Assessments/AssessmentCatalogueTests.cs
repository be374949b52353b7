using System;
using System.Linq;
using System.Reflection;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Reliability;
using Xunit;

namespace Cchc.Scoring.Tests.Assessments;

/// <summary>
/// Every code of <see cref="AssessmentProblemCodes"/> has a row in docs/errors.md and an input (a file) that produces it,
/// located at its entry; <c>assessment-missing-evidence</c> and <c>assessment-survey-self-assessed</c> come from scoring and are produced in
/// <see cref="EvidenceRuleTests"/> and <see cref="SurveyTests"/>.
/// </summary>
public sealed class AssessmentCatalogueTests
{
    private static string[] Codes() => typeof(AssessmentProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void EveryCode_HasARowInErrorsDoc()
    {
        var rows = ProblemCatalogueTests.DocRows();
        Assert.All(Codes(), code => Assert.True(rows.TryGetValue(code, out var cells) && cells.Length >= 3 && cells.All(c => c.Length > 0), code + " has no full row in docs/errors.md"));
    }

    [Fact]
    public void EveryCode_IsProducedFromAFile_AtItsEntry()
    {
        foreach (string code in Codes().Where(c => c is not AssessmentProblemCodes.MissingEvidence and not AssessmentProblemCodes.SurveySelfAssessed))
        {
            var (entries, _) = AssessmentRecordsTests.Illegal(code["assessment-".Length..]);
            // Write the entries one by one (a written file of legal parts), then read the whole as one file.
            string json = "{ \"entries\": [" + string.Join(", ", entries.Select(e => Strip(AssessmentJson.Write(new AssessmentRecords([e]))))) + "] }";
            var read = AssessmentJson.Read(json, AppraisalData.Plan, "records.json");
            var found = read.Problems.Where(p => p.Code == code).ToArray();
            Assert.True(found.Length == 1, code + ": " + string.Join(" | ", read.Problems));
            Assert.Matches(@"^\$\.entries\[\d+\](\.by)?$", found[0].Path);
            Assert.Null(read.Value);
        }
    }

    /// <summary>The one entry of a written file.</summary>
    private static string Strip(string file)
    {
        int start = file.IndexOf('[', StringComparison.Ordinal) + 1;
        return file[start..file.LastIndexOf(']')];
    }
}
