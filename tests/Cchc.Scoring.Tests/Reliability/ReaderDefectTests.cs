using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Frameworks;
using Cchc.Scoring.Tests.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Reliability;

/// <summary>
/// The readers' defects of the reliability report (D2, D6, D7, D11, D14, D21 and attempt 28), each reproduced through
/// every reader that can meet it: text, bytes and stream.
/// </summary>
public sealed class ReaderDefectTests
{
    private static readonly Framework Example = FrameworkJson.Read(Fixtures.Framework).GetValueOrThrow();

    private static string OneSubmission(string body) =>
        "{ \"submissions\": [ { \"unit\": \"VP\", \"period\": \"2025\", \"recordedAt\": \"2026-01-10T02:00:00Z\", " + body + " } ] }";

    /// <summary>Reads submissions through the text, byte and stream readers; all three must agree exactly.</summary>
    private static ValidationResult<SubmissionSet> ReadAllWays(string json)
    {
        var text = SubmissionJson.Read(json, Example, "s.json");
        var bytes = SubmissionJson.ReadUtf8(Encoding.UTF8.GetBytes(json), Example, "s.json");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var streamed = SubmissionJson.ReadStream(stream, Example, "s.json");
        Assert.Equal(Lines(text.Problems), Lines(bytes.Problems));
        Assert.Equal(Lines(text.Problems), Lines(streamed.Problems));
        Assert.Equal(text.Value is null, streamed.Value is null);
        return text;
    }

    private static ValidationResult<SubmissionSet> ReadBytesBothWays(byte[] data)
    {
        var bytes = SubmissionJson.ReadUtf8(data, Example, "s.json");
        using var stream = new MemoryStream(data);
        var streamed = SubmissionJson.ReadStream(stream, Example, "s.json");
        Assert.Equal(Lines(bytes.Problems), Lines(streamed.Problems));
        return bytes;
    }

    private static ValidationResult<Framework> FrameworkAllWays(string json)
    {
        var text = FrameworkJson.Read(json, source: "f.json");
        var bytes = FrameworkJson.ReadUtf8(Encoding.UTF8.GetBytes(json), source: "f.json");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var streamed = FrameworkJson.ReadStream(stream, source: "f.json");
        Assert.Equal(Lines(text.Problems), Lines(bytes.Problems));
        Assert.Equal(Lines(text.Problems), Lines(streamed.Problems));
        return text;
    }

    private static ValidationResult<FrameworkOverride> OverrideAllWays(string json)
    {
        var text = FrameworkOverride.Read(json, "o.json");
        var bytes = FrameworkOverride.ReadUtf8(Encoding.UTF8.GetBytes(json), "o.json");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var streamed = FrameworkOverride.ReadStream(stream, "o.json");
        Assert.Equal(Lines(text.Problems), Lines(bytes.Problems));
        Assert.Equal(Lines(text.Problems), Lines(streamed.Problems));
        return text;
    }

    private static string[] Lines(IEnumerable<Problem> problems) => problems.Select(p => p.ToString()).ToArray();

    private static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        int at = text.IndexOf(old, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    // ---- D2: duplicate keys --------------------------------------------------------------------------------------

    [Fact]
    public void D2_DuplicateNumerator_IsALocatedDuplicate_NotTheLastValue()
    {
        // The report's case: numerator 10, then 100; the last one used to win silently.
        var result = ReadAllWays(OneSubmission("\"indicator\": \"T02\", \"numerator\": 10, \"numerator\": 100, \"denominator\": 100"));

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Duplicate, problem.Code);
        Assert.Equal("$.submissions[0].numerator", problem.Path);
    }

    [Fact]
    public void D2_DuplicateTopLevelSubmissions_TheTextReaderReportsItToo()
    {
        // Attempts 11 and 129: the text reader used to take the second (empty) array without a word.
        var result = ReadAllWays(Replace(Fixtures.Submissions, "\"submissions\": [", "\"submissions\": [], \"submissions\": ["));

        Assert.Null(result.Value);
        Assert.Equal([("$.submissions", ProblemCodes.Duplicate)], result.Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void D2_DuplicatesInEveryPartOfASubmissionsFile_AreEachReported()
    {
        string json = """
            {
              "units": [ { "id": "VP", "id": "VP", "name": { "vi": "V", "vi": "V", "en": "V" } } ],
              "submissions": [ { "unit": "VP", "period": "2025", "indicator": "T07", "recordedAt": "2026-01-10T02:00:00Z", "value": 1, "value": 2, "value": 3 } ],
              "adjustments": [ { "unit": "VP", "period": "2025", "points": 1, "points": -1, "reason": "r", "recordedAt": "2026-01-10T02:00:00Z" } ],
              "framework": "example-framework",
              "framework": "example-framework"
            }
            """;

        var result = ReadAllWays(json);

        Assert.Null(result.Value);
        Assert.Equal(
            ["$.units[0].id", "$.units[0].name.vi", "$.submissions[0].value", "$.submissions[0].value", "$.adjustments[0].points", "$.framework"],
            result.Problems.Where(p => p.Code == ProblemCodes.Duplicate).Select(p => p.Path!));
    }

    [Theory]
    [InlineData("\"totalPoints\": 42.50,", "\"totalPoints\": 42.50, \"totalPoints\": 100,", "$.totalPoints")]
    [InlineData("\"calendar\": \"administrative\",", "\"calendar\": \"administrative\", \"calendar\": \"calendar\",", "$.calendar")]
    [InlineData("\"code\": \"A3\",", "\"code\": \"A3\", \"code\": \"A3\",", "$.areas[0].code")]
    [InlineData("\"points\": 12.50", "\"points\": 12.50, \"points\": 12.50", "$.areas[0].indicators[0].points")]
    [InlineData("\"value\": 90.0,", "\"value\": 90.0, \"value\": 0,", "$.areas[0].indicators[0].target.value")]
    [InlineData("\"floor\": 60", "\"floor\": 60, \"floor\": 70", "$.areas[0].indicators[1].rule.floor")]
    [InlineData("\"value\": 75", "\"value\": 75, \"value\": 75", "$.areas[0].indicators[2].target.baseline.value")]
    [InlineData("\"digits\": 2,", "\"digits\": 2, \"digits\": 3,", "$.rounding.digits")]
    [InlineData("\"min\": 90", "\"min\": 90, \"min\": 0", "$.bands[0].min")]
    public void D2_DuplicateKeyInAFramework_IsALocatedDuplicate(string old, string replacement, string path)
    {
        // The report's case is the target value (90, then 0: the target silently became 0).
        var result = FrameworkAllWays(Replace(Fixtures.Framework, old, replacement));

        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.Duplicate && p.Path == path);
    }

    [Fact]
    public void D2_DuplicateKeyInMilestonesAndDeadline_IsALocatedDuplicate()
    {
        string json = TestData.OneIndicatorJson("""{ "kind": "proportional" }""", target: """{ "comparison": ">=", "value": 90, "milestones": [ { "year": 2023, "year": 2024, "value": 50 } ] }""");
        json = Replace(json, "\"totalPoints\"", "\"deadline\": { \"workingDays\": 10, \"workingDays\": 5 }, \"totalPoints\"");

        var result = FrameworkAllWays(json);

        Assert.Null(result.Value);
        Assert.Equal(
            ["$.deadline.workingDays", "$.areas[0].indicators[0].target.milestones[0].year"],
            result.Problems.Where(p => p.Code == ProblemCodes.Duplicate).Select(p => p.Path!));
    }

    // ---- D6: duplicate keys in an override -------------------------------------------------------------------------

    [Theory]
    [InlineData("\"change\": [ { \"indicator\": \"T01\", \"points\": 5, \"points\": 6 } ]", "$.change[0].points")]
    [InlineData("\"change\": [ { \"indicator\": \"T01\", \"points\": 10 } ], \"change\": [ { \"indicator\": \"T01\", \"points\": 10 } ]", "$.change")]
    [InlineData("\"change\": [ { \"indicator\": \"T01\", \"target\": { \"value\": 85, \"value\": 80 } } ]", "$.change[0].target.value")]
    [InlineData("\"add\": [ { \"area\": \"A\", \"indicator\": { \"code\": \"T09\", \"code\": \"T09\" } } ]", "$.add[0].indicator.code")]
    public void D6_DuplicateKeyInAnOverride_IsALocatedDuplicate_AndNothingThrows(string body, string path)
    {
        string json = "{ \"id\": \"ov\", \"version\": \"1\", \"base\": { \"id\": \"base-fw\", \"version\": \"1.0.0\" }, " + body + " }";

        var read = OverrideAllWays(json);

        Assert.Null(read.Value);
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.Duplicate && p.Path == path);
    }

    [Fact]
    public void D2_FieldNamesStayCaseSensitive()
    {
        // "Numerator" is not "numerator": it is an unknown field, not a duplicate.
        var result = ReadAllWays(OneSubmission("\"indicator\": \"T02\", \"numerator\": 10, \"Numerator\": 100, \"denominator\": 100"));

        Assert.Equal([("$.submissions[0].Numerator", ProblemCodes.UnknownField)], result.Problems.Select(p => (p.Path, p.Code)));
    }

    // ---- D11: one reading rule -------------------------------------------------------------------------------------

    public static TheoryData<string, byte[], long> NotUtf8()
    {
        byte[] good = Encoding.UTF8.GetBytes(OneSubmission("\"indicator\": \"T07\", \"value\": 1"));
        var data = new TheoryData<string, byte[], long>
        {
            { "UTF-16 LE with its byte order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{ \"submissions\": [] }")], 1 },
            { "UTF-16 BE with its byte order mark", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("{ \"submissions\": [] }")], 1 },
            { "UTF-32 LE with its byte order mark", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes("{}")], 1 },
            { "an invalid byte in a string on line 2", [.. Encoding.UTF8.GetBytes("{\n\"submissions\": [], \"$note\": \"Ban "), 0xFF, .. Encoding.UTF8.GetBytes(" Qu\" }")], 2 },
            { "an invalid byte in a field name on line 3", [.. Encoding.UTF8.GetBytes("{\n\"submissions\": [],\n\"$no"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("te\": 1 }")], 3 },
            { "a surrogate encoded as UTF-8 (CESU)", [.. Encoding.UTF8.GetBytes("{ \"submissions\": [], \"$n\": \""), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\" }")], 1 },
            { "an overlong form", [.. Encoding.UTF8.GetBytes("{ \"submissions\": [], \"$n\": \""), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("\" }")], 1 },
            { "a lone \\ud800 escape in a value on line 4", Encoding.UTF8.GetBytes("{\n\"submissions\": [],\n\n\"$n\": \"a\\ud800b\" }"), 4 },
            { "a lone \\udc00 escape in a field name", Encoding.UTF8.GetBytes("{ \"submissions\": [], \"$\\udc00\": 1 }"), 1 },
            { "a character cut short at the end", [.. good, 0xE1, 0x80], 1 },
            { "a second byte order mark", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. good], 1 },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public void D11_InputThatIsNotStrictUtf8_IsALocatedProblemInEveryReader(string what, byte[] data, long line)
    {
        _ = what;
        var submissions = ReadBytesBothWays(data);
        var framework = FrameworkJson.ReadUtf8(data, source: "f.json");
        var over = FrameworkOverride.ReadUtf8(data, "o.json");
        using var stream = new MemoryStream(data);
        var frameworkStream = FrameworkJson.ReadStream(stream, source: "f.json");
        using var overStream = new MemoryStream(data);
        var overrideStream = FrameworkOverride.ReadStream(overStream, "o.json");

        foreach (var problems in new[] { submissions.Problems, framework.Problems, over.Problems, frameworkStream.Problems, overrideStream.Problems })
        {
            var problem = Assert.Single(problems);
            Assert.Equal(ProblemCodes.InvalidJson, problem.Code);
            Assert.Equal(line, problem.Line);
            Assert.DoesNotContain('\uFFFD', problem.Message);
        }

        Assert.Null(submissions.Value);
        Assert.Null(framework.Value);
        Assert.Null(over.Value);
    }

    [Fact]
    public void D11_InvalidUtf8InAFrameworkName_IsNotReplacedByUFFFD()
    {
        // Attempt 30: the framework name became "K\uFFFD\uFFFD ho…" and was accepted.
        byte[] data = Encoding.UTF8.GetBytes(Fixtures.Framework.Replace("Bộ chỉ số ví dụ", "B@@ ví dụ", StringComparison.Ordinal));
        int at = Array.IndexOf(data, (byte)'@');
        data[at] = 0xFF;
        data[at + 1] = 0xFE;

        var result = FrameworkJson.ReadUtf8(data, source: "f.json");

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.InvalidJson, problem.Code);
        Assert.Equal(5, problem.Line);
        Assert.StartsWith("f.json:5: error invalid-json: Not valid text at line 5, column ", problem.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(": Not valid UTF-8: byte 0xFF is not a character.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D11_ALoneSurrogateInText_IsALocatedProblem_InEveryTextReader()
    {
        string json = "{\n\"submissions\": [],\n\"$n\": \"a\uD800\" }";

        foreach (var problems in new[] { SubmissionJson.Read(json, Example).Problems, FrameworkJson.Read(json).Problems, FrameworkOverride.Read(json).Problems })
        {
            var problem = Assert.Single(problems);
            Assert.Equal(ProblemCodes.InvalidJson, problem.Code);
            Assert.Equal(3, problem.Line);
            Assert.Contains("U+D800", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void D11_AUtf8ByteOrderMark_IsAllowedEverywhere()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        Assert.True(ReadBytesBothWays([.. bom, .. Encoding.UTF8.GetBytes(Fixtures.Submissions)]).IsValid);
        Assert.True(FrameworkJson.ReadUtf8([.. bom, .. Encoding.UTF8.GetBytes(Fixtures.Framework)]).IsValid);
        Assert.True(FrameworkOverride.ReadUtf8([.. bom, .. Encoding.UTF8.GetBytes("{ \"id\": \"o\", \"version\": \"1\", \"base\": { \"id\": \"b\" }, \"totalPoints\": 1 }")]).IsValid);
        Assert.True(SubmissionJson.Read("\uFEFF" + Fixtures.Submissions, Example).IsValid);
    }

    [Fact]
    public void D11_ASyntaxErrorBeforeAnInvalidByte_IsReportedFirst()
    {
        byte[] data = [.. Encoding.UTF8.GetBytes("{\n\"submissions\": [ }\n\"x\": \""), 0xFF, .. Encoding.UTF8.GetBytes("\" }")];

        var submissions = ReadBytesBothWays(data);
        var framework = FrameworkJson.ReadUtf8(data);

        Assert.Equal(2, Assert.Single(submissions.Problems).Line);
        Assert.Equal(2, Assert.Single(framework.Problems).Line);
        Assert.Contains("Not valid JSON", framework.Problems[0].Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> SameContent() =>
    [
        Fixtures.Submissions,
        Replace(Fixtures.Submissions, "\"submissions\": [", "\"submissions\": [], \"submissions\": ["),
        OneSubmission("\"indicator\": \"T99\", \"value\": 1"),
        OneSubmission("\"indicator\": \"T02\", \"numerator\": -1, \"denominator\": 5, \"x\": 1 } , { \"unit\": 3 "),
        "{ \"submissions\": [ { \"unit\": \"VP\" }, ] , ",
        "[]",
        "",
        "{ \"submissions\": [] } { }",
        Replace(Fixtures.Submissions, "\"SO\",", "\"SO\", \"$n\": \"\\ud800\","),
    ];

    [Theory]
    [MemberData(nameof(SameContent))]
    public void D11_TextBytesAndStream_GiveTheSameResultAndProblems(string json)
    {
        ReadAllWays(json);

        // Also when the stream hands out one byte at a time.
        using var trickle = new TrickleStream(Encoding.UTF8.GetBytes(json), 1, 0);
        var text = SubmissionJson.Read(json, Example, "s.json");
        Assert.Equal(Lines(text.Problems), Lines(SubmissionJson.ReadStream(trickle, Example, "s.json").Problems));
    }

    [Fact]
    public void D11_TheFrameworkAndOverrideStreamReaders_StopAtTheSizeLimit()
    {
        // A stream without a length (a pipe) is read no further than the limit, then reported.
        var limits = new ReadLimits(maxDocumentBytes: 1000);
        using var framework = new TrickleStream([], 64, 1_000_000);
        using var over = new TrickleStream([], 64, 1_000_000);

        Assert.Equal(ProblemCodes.LimitExceeded, Assert.Single(FrameworkJson.ReadStream(framework, limits: limits).Problems).Code);
        Assert.Equal(ProblemCodes.LimitExceeded, Assert.Single(FrameworkOverride.ReadStream(over, limits: limits).Problems).Code);
    }

    // ---- D14: a small-chunk stream is read in linear time ---------------------------------------------------------

    [Fact]
    public async System.Threading.Tasks.Task D14_WhiteSpaceFromAStreamGivingLittlePerRead_IsReadInLinearTime()
    {
        // 8 MiB of spaces at 4 KiB per Read took 16–20 s (each Read rescanned the buffer from its start); the same at
        // 1 byte per Read would have taken hours. Read in linear time, each takes well under a second on any machine.
        byte[] tail = Encoding.UTF8.GetBytes("{ \"submissions\": [] }");
        await WithinAMinute(() =>
        {
            foreach (int chunk in new[] { 4096, 1 })
            {
                using var stream = new TrickleStream(tail, chunk, 8 * 1024 * 1024);
                var result = SubmissionJson.ReadStream(stream, Example);
                Assert.True(result.IsValid, string.Join("\n", result.Problems));
            }
        });
    }

    [Fact]
    public async System.Threading.Tasks.Task D14_OneLongValueFromAStreamGivingOneBytePerRead_IsReadInLinearTime()
    {
        // A value of 2 MiB (an array of a million numbers), 1 byte per Read: rescanning it from its start after each
        // Read is 2^21 × 2^20 steps. And a string of 9,000 characters, within the text limit.
        string json = "{ \"$note\": \"" + new string('x', 9000) + "\", \"$list\": [" + string.Join(",", Enumerable.Repeat("1", 1024 * 1024)) + "], \"submissions\": [] }";
        await WithinAMinute(() =>
        {
            using var stream = new TrickleStream(Encoding.UTF8.GetBytes(json), 1, 0);
            var result = SubmissionJson.ReadStream(stream, Example);
            Assert.True(result.IsValid, string.Join("\n", result.Problems));
        });
    }

    /// <summary>Runs <paramref name="read"/>, failing (rather than hanging) when it takes more than a minute: a generous bound.</summary>
    private static async System.Threading.Tasks.Task WithinAMinute(Action read)
    {
        var task = System.Threading.Tasks.Task.Run(read);
        var first = await System.Threading.Tasks.Task.WhenAny(task, System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(ReferenceEquals(first, task), "not done after a minute");
        await task;
    }

    // ---- D21: numbers that cannot be held exactly; newcomer item 16 ---------------------------------------------------

    [Theory]
    [InlineData("1e-400", "28 decimals")]
    [InlineData("2210.00000000000000000000000000000001", "significant digits")]
    [InlineData("0.00000000000000000000000000001", "28 decimals")]
    [InlineData("7.9228162514264337593543950336", "significant digits")]
    [InlineData("79228162514264337593543950336", "too large")]
    public void D21_ANumberThatCannotBeHeldExactly_IsAnInvalidValue(string number, string why)
    {
        var result = ReadAllWays(OneSubmission("\"indicator\": \"T07\", \"value\": " + number));

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.submissions[0].value", problem.Path);
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2210.000", "2210")]
    [InlineData("1E3", "1000")]
    [InlineData("0e-400", "0")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1234567890123456.789012345678", "1234567890123456.789012345678")]
    [InlineData("1234.5678901234567890123456789", "1234.5678901234567890123456789")]
    [InlineData("0.7922816251426433759354395033", "0.7922816251426433759354395033")]
    public void D21_TrailingZerosAndExponents_StayAccepted(string number, string exactly)
    {
        decimal expected = decimal.Parse(exactly, System.Globalization.CultureInfo.InvariantCulture);
        var result = ReadAllWays(OneSubmission("\"indicator\": \"T07\", \"value\": " + number));

        // 1234567890123456.789… is above the figures' bound of 10^15: read exactly, then out of range.
        if (expected > 1_000_000_000_000_000m)
        {
            Assert.Equal(ProblemCodes.OutOfRange, Assert.Single(result.Problems).Code);
            return;
        }

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(expected, result.Value!.Submissions[0].Measurement.Value);
    }

    [Fact]
    public void D21_InexactNumbersInAFramework_AreInvalidValues()
    {
        var target = FrameworkAllWays(TestData.OneIndicatorJson("""{ "kind": "goalposts", "floor": 0 }""", "quantity", """{ "comparison": ">=", "value": 2210.00000000000000000000000000000001 }"""));
        var rule = FrameworkAllWays(TestData.OneIndicatorJson("""{ "kind": "goalposts", "floor": 1e-400 }""", "quantity", """{ "comparison": ">=", "value": 2210.000 }"""));

        Assert.Null(target.Value);
        Assert.Null(rule.Value);
        Assert.Contains(target.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Path == "$.areas[0].indicators[0].target.value" && p.Message.Contains("significant digits", StringComparison.Ordinal));
        Assert.Contains(rule.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Path == "$.areas[0].indicators[0].rule.floor" && p.Message.Contains("28 decimals", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"12,5\"", "Write 12.5: a number without quotes")]
    [InlineData("\"12.5\"", "Write 12.5 without quotes")]
    public void Item16_ANumberInQuotes_GetsAHint(string value, string hint)
    {
        var problem = Assert.Single(ReadAllWays(OneSubmission("\"indicator\": \"T07\", \"value\": " + value)).Problems);

        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal("$.submissions[0].value", problem.Path);
        Assert.Contains(hint, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Item16_AnUnknownIndicator_GetsTheClosestCodeAndTheList()
    {
        var problem = Assert.Single(ReadAllWays(OneSubmission("\"indicator\": \"t02\", \"value\": 1")).Problems);

        Assert.Equal(ProblemCodes.UnknownIndicator, problem.Code);
        Assert.Equal(
            "Framework 'example-framework' has no indicator 't02'. Did you mean 'T02'? The indicators are " + string.Join(", ", Example.Areas.SelectMany(a => a.Indicators).Select(i => i.Code).Order(StringComparer.Ordinal)) + ".",
            problem.Message);
    }

    [Fact]
    public void Item16_AnUnknownIndicatorWrittenWithLForI_GetsTheClosestCode()
    {
        var framework = FrameworkJson.Read(TestData.OneIndicatorJson("""{ "kind": "proportional" }""")).GetValueOrThrow();

        var problem = Assert.Single(SubmissionJson.Read(OneSubmission("\"indicator\": \"l1\", \"numerator\": 1, \"denominator\": 2"), framework).Problems);

        Assert.Equal("Framework 'one' has no indicator 'l1'. Did you mean 'I1'? The indicators are I1.", problem.Message);
    }

    [Fact]
    public void Item16_AnUndeclaredUnit_GetsTheClosestDeclaredUnit()
    {
        var problem = Assert.Single(ReadAllWays(Replace(Fixtures.Submissions, "\"unit\": \"VP\",", "\"unit\": \"vp\",")).Problems);

        Assert.Equal(ProblemCodes.UnknownUnit, problem.Code);
        Assert.Equal("Unit 'vp' is not declared in 'units'. Did you mean 'VP'? The declared units are SO, VP.", problem.Message);
    }

    // ---- D7: custom periods in the years of named periods ----------------------------------------------------------

    [Theory]
    [InlineData("2025-01-01..9999-12-31")]
    [InlineData("0001-01-01..9999-12-31")]
    [InlineData("0001-01-01..0001-12-31")]
    public void D7_ACustomPeriodOutsideTheYearsOfNamedPeriods_IsAnInvalidPeriod(string period)
    {
        var problem = Assert.Single(ReadAllWays(Replace(OneSubmission("\"indicator\": \"T07\", \"value\": 1"), "\"2025\"", "\"" + period + "\"")).Problems);

        Assert.Equal(ProblemCodes.InvalidPeriod, problem.Code);
        Assert.Equal("$.submissions[0].period", problem.Path);
        Assert.Contains("in the years 0002 to 9998", problem.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(period, null, out _));
    }

    [Fact]
    public void D7_EveryPeriodThatParses_HasAYearThatForYearAccepts()
    {
        // The CLI picks ReportingPeriod.ForYear(latest year): that must hold for the widest custom periods accepted.
        Assert.True(ReportingPeriod.TryParse("0002-01-01..9998-12-31", null, out var widest));
        Assert.Equal(9998, ReportingPeriod.ForYear(widest.Year).Year);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Custom(new NodaTime.LocalDate(2025, 1, 1), new NodaTime.LocalDate(9999, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Custom(new NodaTime.LocalDate(1, 1, 1), new NodaTime.LocalDate(2025, 12, 31)));
    }

    // ---- Attempt 28: identifiers are printable, trimmed text --------------------------------------------------------

    [Theory]
    [InlineData("\"unit\": \"VP\\u0000\"", "$.submissions[0].unit")]
    [InlineData("\"unit\": \"VP \"", "$.submissions[0].unit")]
    [InlineData("\"unit\": \" VP\"", "$.submissions[0].unit")]
    [InlineData("\"unit\": \"V\\u200BP\"", "$.submissions[0].unit")]
    [InlineData("\"unit\": \"VP\\uFFFE\"", "$.submissions[0].unit")]
    public void Attempt28_AUnitIdThatDoesNotPrintAsWritten_IsAnInvalidValue(string unit, string path)
    {
        string json = "{ \"submissions\": [ { " + unit + ", \"period\": \"2025\", \"recordedAt\": \"2026-01-10T02:00:00Z\", \"indicator\": \"T07\", \"value\": 1 } ] }";

        var problem = Assert.Single(ReadAllWays(json).Problems);

        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Assert.Equal(path, problem.Path);
        Assert.DoesNotContain('\0', problem.Message);
    }

    [Fact]
    public void Attempt28_IdsAndCodesInEveryReader_AreChecked()
    {
        string json = """
            {
              "units": [ { "id": "SO\t", "name": { "vi": "S", "en": "S" } }, { "id": "VP", "parent": " SO", "name": { "vi": "V", "en": "V" } } ],
              "submissions": [ { "unit": "VP", "period": "2025", "indicator": "T07\u0001", "recordedAt": "2026-01-10T02:00:00Z", "value": 1 } ],
              "adjustments": [ { "unit": "VP\n", "period": "2025", "points": 1, "reason": "r", "recordedAt": "2026-01-10T02:00:00Z" } ]
            }
            """;

        var result = ReadAllWays(json);

        Assert.Equal(
            ["$.units[0].id", "$.units[1].parent", "$.submissions[0].indicator", "$.adjustments[0].unit"],
            result.Problems.Where(p => p.Code == ProblemCodes.InvalidValue).Select(p => p.Path!));
        Assert.Contains(
            FrameworkAllWays(Replace(Fixtures.Framework, "\"code\": \"T02\"", "\"code\": \"T02 \"")).Problems,
            p => p.Code == ProblemCodes.InvalidValue && p.Path == "$.areas[0].indicators[0].code");
        Assert.Contains(
            OverrideAllWays("{ \"id\": \"ov\", \"version\": \"1\", \"base\": { \"id\": \"base-fw\" }, \"change\": [ { \"indicator\": \"T01\\u0000\", \"points\": 1 } ] }").Problems,
            p => p.Code == ProblemCodes.InvalidValue && p.Path == "$.change[0].indicator");
    }

    /// <summary>A non-seekable stream that gives <c>chunk</c> bytes per Read: <c>spaces</c> spaces, then the data.</summary>
    private sealed class TrickleStream(byte[] data, int chunk, long spaces) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(Math.Min(count, chunk), spaces + data.Length - _position);
            for (int i = 0; i < n; i++, _position++)
            {
                buffer[offset + i] = _position < spaces ? (byte)' ' : data[_position - spaces];
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
