using System;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Docs;
using Xunit;

namespace Cchc.Scoring.Tests.Serialization;

public sealed class LimitsAndStreamTests
{
    private const string Id = BuiltInFrameworks.GtvtTienGiang20212025;
    private static readonly Framework Plan = BuiltInFrameworks.Get(Id);
    private static readonly string Sample = RepositoryFiles.Read("src/Cchc.Scoring/Frameworks/BuiltIn/gtvt-tiengiang-2021-2025.sample.json");
    private static readonly Framework Example = FrameworkJson.Read(Fixtures.Framework).Value!;

    private static ValidationResult<SubmissionSet> FromStream(string json, Framework framework, ReadLimits? limits = null, int chunk = 0)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        using Stream stream = chunk > 0 ? new TrickleStream(bytes, chunk) : new MemoryStream(bytes);
        return SubmissionJson.ReadStream(stream, framework, "s.json", limits);
    }

    private static string[] Lines(ValidationResult<SubmissionSet> result) => result.Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void ReadStream_Sample_SameSetAsText()
    {
        var text = SubmissionJson.Read(Sample, Plan, "s.json");
        // Read in pieces of 7 bytes, so that every token is split across buffer refills at some point.
        foreach (var streamed in new[] { FromStream(Sample, Plan), FromStream(Sample, Plan, chunk: 7) })
        {
            Assert.NotNull(streamed.Value);
            Assert.Equal(SubmissionJson.Write(text.Value!, Id), SubmissionJson.Write(streamed.Value!, Id));
            Assert.Equal(Lines(text), Lines(streamed));
        }
    }

    [Theory]
    [InlineData("""{ "submissions": [ { "unit": "VP", "period": "2025", "indicator": "T99", "recordedAt": "2026-01-10T02:00:00Z", "value": 1 } ] }""")]
    [InlineData("""{ "units": [ { "id": "VP", "name": { "vi": "a", "en": "b" }, "parent": "X" } ], "submissions": [ { "unit": "Q", "period": "2025-Q9", "indicator": "T02", "recordedAt": 5 } ], "colour": 1 }""")]
    [InlineData("""{ "units": 3, "adjustments": {} }""")]
    [InlineData("""{ "$comment": "x", "framework": 7, "submissions": [ 1, [], { "unit": "VP" } ] }""")]
    [InlineData("""[]""")]
    [InlineData("""{ "submissions": [] } x""")]
    [InlineData("""{ "submissions": [ { "unit": "VP", """)]
    [InlineData("")]
    public void ReadStream_BadInput_SameCodesAndPathsAsText(string json)
    {
        var text = SubmissionJson.Read(json, Example, "s.json");
        var streamed = FromStream(json, Example, chunk: 3);
        Assert.Null(streamed.Value);
        Assert.NotEmpty(streamed.Problems);
        Assert.Equal(text.Problems.Select(p => (p.Code, p.Path)).Order(), streamed.Problems.Select(p => (p.Code, p.Path)).Order());
    }

    [Fact]
    public void ReadStream_ByteOrderMark_Skipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)];
        using var stream = new MemoryStream(bytes);
        Assert.NotNull(SubmissionJson.ReadStream(stream, Plan).Value);
    }

    [Fact]
    public void Limits_TooManySubmissions_ReportedAtTheFirstBeyond()
    {
        var limits = new ReadLimits(maxSubmissions: 3);
        foreach (var result in new[] { SubmissionJson.Read(Sample, Plan, "s.json", limits), FromStream(Sample, Plan, limits) })
        {
            var problem = Assert.Single(result.Problems, p => p.Code == ProblemCodes.LimitExceeded);
            Assert.Equal("$.submissions[3]", problem.Path);
            Assert.Null(result.Value);
        }
    }

    [Fact]
    public void Limits_DocumentTooLarge_OneProblem()
    {
        var limits = new ReadLimits(maxDocumentBytes: 1000);
        foreach (var result in new[] { SubmissionJson.Read(Sample, Plan, "s.json", limits), FromStream(Sample, Plan, limits), FromStream(Sample, Plan, limits, chunk: 100) })
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal(ProblemCodes.LimitExceeded, problem.Code);
            Assert.Contains("1000 bytes", problem.Message, StringComparison.Ordinal);
        }

        Assert.Equal(ProblemCodes.LimitExceeded, Assert.Single(FrameworkJson.Read(FrameworkJson.Write(Plan), null, "f.json", limits).Problems).Code);
    }

    [Fact]
    public void Limits_Depth_ReportedWithLine()
    {
        // Depth 4 allows root → submissions → item → one more level; the name object is the fourth.
        string json = "{ \"units\": [ { \"id\": \"A\",\n \"name\": { \"vi\": [[1]] } } ], \"submissions\": [] }";
        var limits = new ReadLimits(maxDepth: 4);
        foreach (var result in new[] { SubmissionJson.Read(json, Example, "s.json", limits), FromStream(json, Example, limits) })
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal(ProblemCodes.LimitExceeded, problem.Code);
            Assert.Equal(2, problem.Line);
        }
    }

    [Fact]
    public void Limits_LongIdentifierAndText_ReportedAtTheirPaths()
    {
        string longId = new('U', 201);
        string longNote = new('n', 10_001);
        string json = "{ \"submissions\": [ { \"unit\": \"" + longId + "\", \"period\": \"2025\", \"indicator\": \"T01\", \"recordedAt\": \"2026-01-10T02:00:00Z\", \"answer\": true, \"note\": \"" + longNote + "\" } ] }";
        foreach (var result in new[] { SubmissionJson.Read(json, Example), FromStream(json, Example) })
        {
            var limitsHit = result.Problems.Where(p => p.Code == ProblemCodes.LimitExceeded).Select(p => p.Path!).ToArray();
            Assert.Equal(["$.submissions[0].unit", "$.submissions[0].note"], limitsHit);
            Assert.Null(result.Value);
        }

        var framework = FrameworkJson.Read(Fixtures.Framework.Replace("\"id\": \"", "\"id\": \"" + longId, StringComparison.Ordinal));
        Assert.Contains(framework.Problems, p => p.Code == ProblemCodes.LimitExceeded && p.Path == "$.id");
        var over = FrameworkOverride.Read("{ \"id\": \"" + longId + "\", \"version\": \"1\", \"base\": { \"id\": \"x\" }, \"totalPoints\": 100 }");
        Assert.Contains(over.Problems, p => p.Code == ProblemCodes.LimitExceeded && p.Path == "$.id");
    }

    [Fact]
    public void Limits_Defaults_AcceptTheBuiltInFilesAndSayWhatTheyAre()
    {
        Assert.Equal("depth 32, 268435456 bytes, 1000000 submissions, identifiers 200, texts 10000", ReadLimits.Default.ToString());
        Assert.DoesNotContain(SubmissionJson.Read(Sample, Plan).Problems, p => p.Code == ProblemCodes.LimitExceeded);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadLimits(maxDepth: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadLimits(maxSubmissions: 0));
    }

    [Fact]
    public void ReadStream_InvalidText_ReportedNotThrown()
    {
        // Found by fuzzing: a lone surrogate escape in a value, invalid UTF-8 in a field name and in the framework id.
        string lone = "{ \"units\": [ { \"id\": \"\\ud800\", \"name\": { \"vi\": \"a\", \"en\": \"b\" } } ], \"submissions\": [] }";
        var result = FromStream(lone, Example);
        // The reading rule (docs/errors.md): not strict UTF-8 text is invalid-json at its line, in every reader alike.
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.InvalidJson && p.Line == 1);
        Assert.Contains(SubmissionJson.Read(lone, Example).Problems, p => p.Code == ProblemCodes.InvalidJson && p.Line == 1);
        foreach (byte[] bytes in new byte[][]
        {
            [.. Encoding.UTF8.GetBytes("{ \"submissions\": [ { \""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\": 1 } ] }")],
            [.. Encoding.UTF8.GetBytes("{ \"framework\": \""), 0xFF, .. Encoding.UTF8.GetBytes("\", \"submissions\": [] }")],
            [.. Encoding.UTF8.GetBytes("{ \""), 0xFF, .. Encoding.UTF8.GetBytes("\": 1, \"submissions\": [] }")],
        })
        {
            using var stream = new MemoryStream(bytes);
            var read = SubmissionJson.ReadStream(stream, Example);
            Assert.Null(read.Value);
            Assert.NotEmpty(read.Problems);
        }
    }

    /// <summary>A stream that gives at most a few bytes per read, like a slow network.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
