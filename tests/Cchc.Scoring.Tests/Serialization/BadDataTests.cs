using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Serialization;

public class BadDataTests
{
    private static readonly Framework Example = FrameworkJson.Read(Fixtures.Framework).Value!;

    /// <summary>A submissions file whose single submission's body is <paramref name="body"/>.</summary>
    private static string OneSubmission(string body) =>
        "{ \"submissions\": [ { \"unit\": \"VP\", \"period\": \"2025\", \"recordedAt\": \"2026-01-10T02:00:00Z\", " + body + " } ] }";

    private static Problem SingleProblem(string json)
    {
        var result = SubmissionJson.Read(json, Example);
        Assert.Null(result.Value);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Submissions_UnknownIndicator()
    {
        var problem = SingleProblem(OneSubmission("\"indicator\": \"T99\", \"value\": 1"));
        Assert.Equal(ProblemCodes.UnknownIndicator, problem.Code);
        Assert.Equal("$.submissions[0].indicator", problem.Path);
        Assert.Contains("'T99'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_NumeratorAboveDenominator()
    {
        // 996 > 1005 − 10 = 995.
        var problem = SingleProblem(OneSubmission("\"indicator\": \"T02\", \"numerator\": 996, \"denominator\": 1005, \"excluded\": 10"));
        Assert.Equal(ProblemCodes.NumeratorExceedsDenominator, problem.Code);
        Assert.Equal("$.submissions[0].numerator", problem.Path);
        Assert.Equal("The numerator 996 exceeds the denominator 1005 less 10 excluded.", problem.Message);
    }

    [Fact]
    public void Submissions_NegativeCounts_EachReported()
    {
        var result = SubmissionJson.Read(OneSubmission("\"indicator\": \"T02\", \"numerator\": -1, \"denominator\": -5"), Example);
        Assert.Equal(
            [("$.submissions[0].numerator", ProblemCodes.NegativeCount), ("$.submissions[0].denominator", ProblemCodes.NegativeCount)],
            result.Problems.Select(p => (p.Path!, p.Code)));
    }

    [Fact]
    public void Submissions_PeriodDoesNotParse()
    {
        var problem = SingleProblem("{ \"submissions\": [ { \"unit\": \"VP\", \"period\": \"2025-Q5\", \"indicator\": \"T07\", \"recordedAt\": \"2026-01-10T02:00:00Z\", \"value\": 1 } ] }");
        Assert.Equal(ProblemCodes.InvalidPeriod, problem.Code);
        Assert.Equal("$.submissions[0].period", problem.Path);
        Assert.Contains("'2025-Q5'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_DuplicateRevision()
    {
        const string json = """
            { "submissions": [
              { "unit": "VP", "period": "2025", "indicator": "T07", "recordedAt": "2026-01-10T02:00:00Z", "value": 12 },
              { "unit": "VP", "period": "2025", "indicator": "T07", "recordedAt": "2026-01-10T02:00:00Z", "value": 13 }
            ] }
            """;
        var problem = SingleProblem(json);
        Assert.Equal(ProblemCodes.Duplicate, problem.Code);
        Assert.Equal("$.submissions[1]", problem.Path);
        Assert.Equal(Severity.Error, problem.Severity);
    }

    [Fact]
    public void Submissions_MissingField()
    {
        var problem = SingleProblem("{ \"submissions\": [ { \"period\": \"2025\", \"indicator\": \"T07\", \"recordedAt\": \"2026-01-10T02:00:00Z\", \"value\": 1 } ] }");
        Assert.Equal(ProblemCodes.MissingField, problem.Code);
        Assert.Equal("$.submissions[0].unit", problem.Path);
    }

    [Fact]
    public void Submissions_MissingRecordedAt()
    {
        var problem = SingleProblem("{ \"submissions\": [ { \"unit\": \"VP\", \"period\": \"2025\", \"indicator\": \"T07\", \"value\": 1 } ] }");
        Assert.Equal(ProblemCodes.MissingField, problem.Code);
        Assert.Equal("$.submissions[0].recordedAt", problem.Path);
    }

    [Fact]
    public void Submissions_MissingSubmissionsArray()
    {
        var problem = SingleProblem("{ \"units\": [] }");
        Assert.Equal(ProblemCodes.MissingField, problem.Code);
        Assert.Equal("$.submissions", problem.Path);
    }

    [Fact]
    public void Submissions_UnknownField_Misspelt()
    {
        // "numerater" is caught; the numerator is then missing as well.
        var result = SubmissionJson.Read(OneSubmission("\"indicator\": \"T02\", \"numerater\": 5, \"denominator\": 10"), Example);
        Assert.Equal(
            [("$.submissions[0].numerater", ProblemCodes.UnknownField), ("$.submissions[0].numerator", ProblemCodes.MissingField)],
            result.Problems.Select(p => (p.Path!, p.Code)));
    }

    [Fact]
    public void Submissions_CommentFieldAllowed()
    {
        var result = SubmissionJson.Read(OneSubmission("\"$comment\": \"checked\", \"indicator\": \"T07\", \"value\": 12"), Example);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Submissions_WrongType_PathPointsAtField()
    {
        var problem = SingleProblem(OneSubmission("\"indicator\": \"T02\", \"numerator\": \"875\", \"denominator\": 1000"));
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.submissions[0].numerator", problem.Path);
        Assert.Contains("'numerator'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_WrongInstant_PathPointsAtField()
    {
        var problem = SingleProblem("{ \"submissions\": [ { \"unit\": \"VP\", \"period\": \"2025\", \"indicator\": \"T07\", \"recordedAt\": \"10/01/2026\", \"value\": 1 } ] }");
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.submissions[0].recordedAt", problem.Path);
        Assert.Contains("2026-01-10T02:00:00Z", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_InvalidJson_LineNumber()
    {
        const string json = "{\n  \"submissions\": [\n    { \"unit\": \"VP\" \"period\": \"2025\" }\n  ]\n}";
        var result = SubmissionJson.Read(json, Example, "subs.json");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.InvalidJson, problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Equal("subs.json", problem.Source);
        Assert.StartsWith("subs.json:3: ", problem.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_NotAnObject()
    {
        var problem = SingleProblem("[1, 2]");
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$", problem.Path);
    }

    [Fact]
    public void Submissions_SeveralProblems_AllReported()
    {
        const string json = """
            {
              "units": [
                { "id": "VP", "name": { "vi": "Văn phòng", "en": "Office" }, "parent": "XX" }
              ],
              "submissions": [
                { "unit": "VP", "period": "2025", "indicator": "T99", "recordedAt": "2026-01-10T02:00:00Z", "value": 1 },
                { "unit": "VP", "period": "2025", "indicator": "T02", "recordedAt": "2026-01-10T02:00:00Z", "numerator": 11, "denominator": 10 },
                { "unit": "VP", "period": "2025-13", "indicator": "T07", "recordedAt": "2026-01-10T02:00:00Z", "value": 1 },
                { "unit": "PX", "period": "2025", "indicator": "T07", "recordedAt": "2026-01-10T02:00:00Z", "value": -2, "colour": "red" },
                { "unit": "VP", "period": "2025", "indicator": "T16", "recordedAt": "2026-01-10T02:00:00Z", "answer": "yes" }
              ]
            }
            """;
        var result = SubmissionJson.Read(json, Example, "bad.json");
        Assert.Null(result.Value);
        Assert.Equal(
            [
                ("$.units[0].parent", ProblemCodes.UnknownUnit),
                ("$.submissions[0].indicator", ProblemCodes.UnknownIndicator),
                ("$.submissions[2].period", ProblemCodes.InvalidPeriod),
                ("$.submissions[3].colour", ProblemCodes.UnknownField),
                ("$.submissions[3].unit", ProblemCodes.UnknownUnit),
                ("$.submissions[4].answer", ProblemCodes.InvalidValue),
                ("$.submissions[1].numerator", ProblemCodes.NumeratorExceedsDenominator),
                ("$.submissions[3].value", ProblemCodes.NegativeCount),
            ],
            result.Problems.Select(p => (p.Path!, p.Code)));
        Assert.All(result.Problems, p => Assert.Equal("bad.json", p.Source));
    }

    [Fact]
    public void Submissions_FiguresOfWrongKind()
    {
        // A duration given as a ratio, and a ratio given two kinds of figure.
        Assert.Equal(ProblemCodes.MeasureMismatch, SingleProblem(OneSubmission("\"indicator\": \"T07\", \"numerator\": 1, \"denominator\": 2")).Code);
        Assert.Equal(ProblemCodes.MeasureMismatch, SingleProblem(OneSubmission("\"indicator\": \"T02\", \"numerator\": 1, \"denominator\": 2, \"value\": 50")).Code);
        Assert.Equal(ProblemCodes.MissingField, SingleProblem(OneSubmission("\"indicator\": \"T02\"")).Code);
        Assert.Equal(ProblemCodes.InvalidValue, SingleProblem(OneSubmission("\"indicator\": \"T02\", \"applicable\": false, \"numerator\": 1, \"denominator\": 2")).Code);
    }

    [Fact]
    public void Submissions_OtherFramework_Warning()
    {
        var result = SubmissionJson.Read("{ \"framework\": \"other\", \"submissions\": [] }", Example);
        Assert.NotNull(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Equal("$.framework", problem.Path);
    }

    [Fact]
    public void Submissions_HugeNumber_OutOfRange()
    {
        var problem = SingleProblem(OneSubmission("\"indicator\": \"T07\", \"value\": 1e20"));
        Assert.Equal(ProblemCodes.OutOfRange, problem.Code);
        Assert.Equal("$.submissions[0].value", problem.Path);
    }

    [Fact]
    public void Submissions_NumberBeyondDecimal_ReportedNotThrown()
    {
        var result = SubmissionJson.Read(OneSubmission("\"indicator\": \"T07\", \"value\": 1e40"), Example);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.submissions[0].value", problem.Path);
    }

    [Fact]
    public void Submissions_DeepNesting_ReportedNotThrown()
    {
        // Inside the root object: a root that is not an object is refused at its first token, as by the stream reader.
        string deep = "{ \"submissions\": " + new string('[', 100) + new string(']', 100) + " }";
        var result = SubmissionJson.Read(deep, Example);
        Assert.Equal(ProblemCodes.LimitExceeded, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Framework_WrongType_PathPointsAtField()
    {
        const string json = """
            {
              "id": "x",
              "name": { "vi": "X" },
              "plan": { "start": "2021-01-01", "end": "2020-12-31" },
              "calendar": "weekly",
              "rounding": { "digits": 12 },
              "totalPoints": "100",
              "areas": [
                {
                  "code": "A1",
                  "name": { "vi": "A", "en": "A" },
                  "indicators": [
                    { "code": "I1", "name": { "vi": "I", "en": "I" }, "measure": "ratios", "target": { "comparison": ">>", "value": 90 }, "rule": { "kind": "threshold" }, "points": 10 }
                  ]
                }
              ]
            }
            """;
        var result = FrameworkJson.Read(json, source: "fw.json");
        Assert.Null(result.Value);
        var problem = result.Problems[0];
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.totalPoints", problem.Path);
        Assert.Equal("fw.json", problem.Source);
    }

    [Fact]
    public void Framework_EveryFieldProblem_Reported()
    {
        const string json = """
            {
              "id": "x",
              "name": { "vi": "X" },
              "plan": { "start": "2021-01-01", "end": "2020-12-31" },
              "calendar": "weekly",
              "rounding": { "digits": 12 },
              "totalPoints": 20,
              "areas": [
                {
                  "code": "A1",
                  "name": { "vi": "A", "en": "A" },
                  "indicators": [
                    { "code": "I1", "name": { "vi": "I", "en": "I" }, "measure": "ratios", "target": { "comparison": ">>", "value": 90 }, "rule": { "kind": "threshold" }, "points": 10 },
                    { "code": "I2", "name": { "vi": "I", "en": "I" }, "measure": "ratio", "target": { "comparison": ">=", "value": 90, "baseline": { "period": "2021" } }, "rule": { "kind": "threshold" }, "points": 10, "weight": 2 }
                  ]
                }
              ]
            }
            """;
        var result = FrameworkJson.Read(json);
        Assert.Equal(
            [
                ("$.version", ProblemCodes.MissingField),
                ("$.name.en", ProblemCodes.MissingField),
                ("$.plan.end", ProblemCodes.InvalidValue),
                ("$.calendar", ProblemCodes.InvalidValue),
                ("$.rounding.digits", ProblemCodes.OutOfRange),
                ("$.areas[0].indicators[0].measure", ProblemCodes.InvalidValue),
                ("$.areas[0].indicators[0].target.comparison", ProblemCodes.InvalidValue),
                ("$.areas[0].indicators[1].weight", ProblemCodes.UnknownField),
                ("$.areas[0].indicators[1].target", ProblemCodes.InvalidTarget),
            ],
            result.Problems.Select(p => (p.Path!, p.Code)));
    }

    [Fact]
    public void Framework_PointsTotalMismatch()
    {
        var result = FrameworkJson.Read(TestData.OneIndicatorJson("""{ "kind": "threshold" }""").Replace("\"totalPoints\": 10", "\"totalPoints\": 100", System.StringComparison.Ordinal));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.PointsTotalMismatch, problem.Code);
        Assert.Equal("$.totalPoints", problem.Path);
    }

    [Fact]
    public void Framework_InvalidJson_LineNumber()
    {
        var problem = Assert.Single(FrameworkJson.Read("{\n  \"id\": \"x\",\n  \"version\": 1.0.0\n}").Problems);
        Assert.Equal(ProblemCodes.InvalidJson, problem.Code);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Submissions_SeveralTypeErrorsInOneObject_AllReported_AndTheRestStillChecked()
    {
        // Two badly typed fields and a misspelt one in the same submission: three problems, none hidden by the first.
        var result = SubmissionJson.Read(
            OneSubmission("\"indicator\": \"T02\", \"numerator\": \"875\", \"denominator\": true, \"numerater\": 1"), Example);
        Assert.Null(result.Value);
        Assert.Equal(
            new[] { "invalid-value $.submissions[0].numerator", "invalid-value $.submissions[0].denominator", "unknown-field $.submissions[0].numerater" },
            result.Problems.Select(p => p.Code + " " + p.Path).ToArray());
        Assert.Contains("'numerator' must be a number", result.Problems[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_BadlyTypedRequiredField_IsNotAlsoReportedMissing()
    {
        var result = SubmissionJson.Read(OneSubmission("\"indicator\": 2, \"value\": 1"), Example);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.submissions[0].indicator", problem.Path);
    }
}
