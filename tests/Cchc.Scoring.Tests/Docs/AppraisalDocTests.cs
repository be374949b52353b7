using System;
using System.Globalization;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Assessments;
using NodaTime.Text;
using Xunit;

namespace Cchc.Scoring.Tests.Docs;

/// <summary>docs/appraisal.md: its example reads without problems, writes back to the same text, and is in force as its table says.</summary>
public sealed class AppraisalDocTests
{
    private static readonly string Doc = RepositoryFiles.Read("docs/appraisal.md");

    private static string After(string marker)
    {
        int at = Doc.IndexOf("<!-- example: " + marker + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, "marker '" + marker + "' not found");
        return Doc[(at + marker.Length + 18)..];
    }

    internal static string ExampleJson()
    {
        string rest = After("assessments");
        int start = rest.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        return rest[start..rest.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Example_Reads_AndWritesBackTheSameText()
    {
        string text = ExampleJson();
        var read = AssessmentJson.Read(text, AppraisalData.Plan, "appraisal.md");
        Assert.Empty(read.Problems);
        Assert.Equal(text, AssessmentJson.Write(read.Value!, AppraisalData.Plan.Id));
    }

    [Fact]
    public void Example_InForce_AsTheTableSays()
    {
        var records = AssessmentJson.Read(ExampleJson(), AppraisalData.Plan).Value!;
        var rows = After("in force").Split('\n').Skip(1).TakeWhile(l => l.StartsWith('|')).Skip(2).ToArray();
        Assert.Equal(6, rows.Length);
        foreach (string row in rows)
        {
            string[] cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var at = InstantPattern.ExtendedIso.Parse(cells[0]).Value;
            var points = records.InForce("SNV", AppraisalData.Year, "I1", at);
            if (cells[1] == "—")
            {
                Assert.Null(points);
                continue;
            }

            Assert.Equal(decimal.Parse(cells[1], CultureInfo.InvariantCulture), points!.Points);
            Assert.Equal(cells[2], points.Describe());
        }
    }
}
