using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Docs;
using Json.Schema;
using Xunit;
using static Cchc.Scoring.Tests.Assessments.AppraisalData;

namespace Cchc.Scoring.Tests.Assessments;

/// <summary>The assessment records format: the reading rule of the other readers, located problems, exact round trip, the schema.</summary>
public sealed class AssessmentJsonTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RepositoryFiles.Read("docs/schemas/assessments.schema.json"));

    private static string Entry(string fields) =>
        "{ \"unit\": \"SNV\", \"period\": \"2025\", \"indicator\": \"I1\", \"recordedAt\": \"2026-01-05T00:00:00Z\", " + fields + " }";

    private static string File(params string[] entries) => "{ \"entries\": [" + string.Join(", ", entries) + "] }";

    private static ValidationResult<AssessmentRecords> Read(string json) => AssessmentJson.Read(json, Plan, "records.json");

    [Fact]
    public void RoundTrip_IsExact_AndIndependentOfInputOrder()
    {
        string written = AssessmentJson.Write(new AssessmentRecords(Story()), Plan.Id);
        var read = Read(written);
        Assert.Empty(read.Problems);
        Assert.Equal(written, AssessmentJson.Write(read.Value!, Plan.Id));
        Assert.Equal(written, AssessmentJson.Write(new AssessmentRecords(Story().Reverse()), Plan.Id));
    }

    [Fact]
    public void Bytes_Stream_AndText_GiveTheSameResult()
    {
        string written = AssessmentJson.Write(new AssessmentRecords(Story()), Plan.Id);
        byte[] bytes = Encoding.UTF8.GetBytes(written);
        Assert.Equal(written, AssessmentJson.Write(AssessmentJson.ReadUtf8(bytes, Plan).Value!, Plan.Id));
        using var stream = new MemoryStream(bytes);
        Assert.Equal(written, AssessmentJson.Write(AssessmentJson.ReadStream(stream, Plan).Value!, Plan.Id));
    }

    [Fact]
    public void InvalidUtf8_IsInvalidJson_WithItsLine()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n \"entries\": [\n \""), 0xFF, .. Encoding.UTF8.GetBytes("\" ] }")];
        var problem = Assert.Single(AssessmentJson.ReadUtf8(bytes, Plan).Problems);
        Assert.Equal((ProblemCodes.InvalidJson, (long?)3), (problem.Code, problem.Line));
    }

    [Fact]
    public void DuplicateKey_IsReportedAtItsPath()
    {
        var read = Read(File(Entry("\"kind\": \"selfAssessment\", \"by\": \"unit\", \"points\": 9, \"points\": 8")));
        Assert.Null(read.Value);
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.Duplicate && p.Path == "$.entries[0].points");
    }

    [Fact]
    public void InexactNumber_IsRefused_NotRounded()
    {
        var read = Read(File(Entry("\"kind\": \"selfAssessment\", \"by\": \"unit\", \"points\": 1e-400")));
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Path == "$.entries[0].points");
    }

    [Fact]
    public void EveryFieldProblem_IsReported_WithItsPath()
    {
        var read = Read(File(
            Entry("\"kind\": \"selfAssesment\", \"by\": \"unit\", \"points\": 9"),
            Entry("\"kind\": \"appraisal\", \"by\": \"team\", \"round\": 1, \"points\": 7, \"colour\": \"red\""),
            "{ \"unit\": \"SNV\", \"period\": \"2025-Q9\", \"indicator\": \"I9\", \"kind\": \"withdrawal\", \"by\": \"unit\" }",
            Entry("\"kind\": \"explanation\", \"by\": \"unit\", \"text\": \"x\", \"evidence\": [ { \"title\": \"t\", \"file\": \"a.pdf\" } ]").Replace("I1", "I2", StringComparison.Ordinal)));
        Assert.Null(read.Value);
        var found = read.Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Contains((ProblemCodes.InvalidValue, "$.entries[0].kind"), found);
        Assert.Contains((ProblemCodes.InvalidValue, "$.entries[1].by"), found);
        Assert.Contains((ProblemCodes.UnknownField, "$.entries[1].colour"), found);
        Assert.Contains((ProblemCodes.InvalidPeriod, "$.entries[2].period"), found);
        Assert.Contains((ProblemCodes.MissingField, "$.entries[2].recordedAt"), found);
        Assert.Contains((ProblemCodes.MissingField, "$.entries[3].evidence[0].sha256"), found);
        Assert.Contains("selfAssessment, withdrawal", read.Problems.First(p => p.Path == "$.entries[0].kind").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownIndicator_HasAHint()
    {
        var read = Read(File(Entry("\"kind\": \"selfAssessment\", \"by\": \"unit\", \"points\": 9").Replace("\"I1\"", "\"l1\"", StringComparison.Ordinal)));
        var problem = Assert.Single(read.Problems);
        Assert.Equal((ProblemCodes.UnknownIndicator, "$.entries[0].indicator"), (problem.Code, problem.Path));
        Assert.Contains("I1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SequenceProblems_AreLocatedAtTheEntryInTheFile()
    {
        // The file lists the final decision first; it is read in time order and still located at $.entries[0].
        var read = Read(File(
            Entry("\"kind\": \"finalDecision\", \"by\": \"council\", \"points\": 8").Replace("2026-01-05", "2026-01-30", StringComparison.Ordinal),
            Entry("\"kind\": \"selfAssessment\", \"by\": \"unit\", \"points\": 9")));
        Assert.Null(read.Value);
        var problem = Assert.Single(read.Problems);
        Assert.Equal((AssessmentProblemCodes.FinalBeforeAppraisal, "$.entries[0]", "records.json"), (problem.Code, problem.Path, problem.Source));
    }

    [Fact]
    public void EntriesAreRequired_RootMustBeAnObject()
    {
        Assert.Equal((ProblemCodes.MissingField, "$.entries"), Assert.Single(Read("{ }").Problems) is var p ? (p.Code, p.Path) : default);
        Assert.Equal(ProblemCodes.InvalidValue, Assert.Single(Read("[]").Problems).Code);
        Assert.Empty(Read("{ \"$schema\": \"x\", \"entries\": [] }").Problems);
    }

    [Fact]
    public void Schema_IsValidDraft202012_AndTheExampleIsValid()
    {
        var meta = MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(RepositoryFiles.Read("docs/schemas/assessments.schema.json")), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(meta.IsValid);
        Assert.True(Schema.Evaluate(JsonNode.Parse(AppraisalDocTests.ExampleJson())).IsValid);
    }

    [Theory]
    [InlineData("\"kind\": \"appraisal\", \"by\": \"council\", \"points\": 7")] // no round
    [InlineData("\"kind\": \"withdrawal\", \"by\": \"unit\", \"points\": 7")] // points on a withdrawal
    [InlineData("\"kind\": \"appraisal\", \"by\": \"unit\", \"round\": 1, \"points\": 7")] // an appraisal by the unit
    [InlineData("\"kind\": \"selfAssessment\", \"by\": \"unit\", \"points\": -1")] // negative points
    [InlineData("\"kind\": \"explanation\", \"by\": \"unit\"")] // an explanation without text
    [InlineData("\"kind\": \"selfAssessment\", \"by\": \"unit\", \"points\": 9, \"accepted\": true")] // accepted on a self-assessment
    [InlineData("\"kind\": \"selfAssessment\", \"by\": \"unit\", \"points\": 9, \"evidence\": [ { \"title\": \"t\" } ]")] // evidence with a title only
    public void TypicalMistakes_AreRejected_ByTheSchemaAndTheReader(string fields)
    {
        string json = File(Entry(fields));
        Assert.False(Schema.Evaluate(JsonNode.Parse(json)).IsValid, "the schema accepts " + fields);
        Assert.Null(Read(json).Value);
    }
}
