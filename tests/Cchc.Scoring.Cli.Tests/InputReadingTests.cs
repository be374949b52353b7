using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>
/// Every input goes through one bounded, strict UTF-8 reader (D8, D11), folders are merged without silent changes
/// (D4), and the options that name time and language read as people write them.
/// </summary>
public sealed class InputReadingTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private static string FrameworkWithBonus() =>
        TestData.FrameworkJson.Replace("\"totalPoints\": 100,", "\"totalPoints\": 100,\n  \"adjustmentCaps\": { \"maxBonus\": 5 },", StringComparison.Ordinal);

    private static string Adjustment(string recordedAt = "2026-01-15T02:00:00Z") =>
        "{ \"unit\": \"VP\", \"period\": \"2025\", \"points\": 1, \"reason\": \"Sáng kiến\", \"recordedAt\": \"" + recordedAt + "\" }";

    private static string SubmissionsWithAdjustments(params string[] adjustments) =>
        TestData.SubmissionsFile("test-fw", TestData.UnitsVp, TestData.SubmissionsVp).TrimEnd().TrimEnd('}')
        + ",\n  \"adjustments\": [" + string.Join(", ", adjustments) + "]\n}\n";

    private static decimal Bonus(Cli.Outcome run, string unit = "VP") =>
        JsonDocument.Parse(run.Output).RootElement.GetProperty("scorecards").EnumerateArray()
            .Single(c => c.GetProperty("unit").GetString() == unit).GetProperty("bonus").GetDecimal();

    /// <summary>The CSV record of a unit's indicator: points are field 8.</summary>
    private static string[] CsvRow(Cli.Outcome run, string unit, string indicator) =>
        Csv.Parse(run.Output).Single(r => r[0] == unit && r[3] == indicator).ToArray();

    [Theory]
    [InlineData("score", "-f")]
    [InlineData("score", "-s")]
    [InlineData("validate", null)]
    [InlineData("diff", null)]
    [InlineData("trajectory", "-f")]
    public void D8_dev_zero_stops_at_the_size_limit_with_limit_exceeded(string command, string? option)
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        string[] args = command switch
        {
            "validate" => ["validate", "/dev/zero"],
            "diff" => ["diff", "gtvt-tiengiang-2021-2025", "/dev/zero"],
            _ => [command, option!, "/dev/zero"],
        };

        var run = Cli.Run(args);

        // Before: the whole endless input was read (4 GB) and the run died with OutOfMemoryException.
        Assert.False(run.HasStackTrace, run.ToString());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/dev/zero: $: error limit-exceeded: The input goes on beyond 268435456 bytes", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void D8_a_file_larger_than_the_limit_is_refused_by_its_size_before_parsing()
    {
        string path = Path.Combine(_data.Directory, "big.json");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength((256L * 1024 * 1024) + 1); // sparse: one byte over the limit, nothing written
        }

        var run = Cli.Run("diff", "gtvt-tiengiang-2021-2025", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path + ": $: error limit-exceeded: The document is 268435457 bytes; the limit is 268435456 bytes", run.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> NotUtf8() => new()
    {
        { "utf16.json", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{ \"submissions\": [] }")], ":1: error invalid-json: The file is UTF-16 (little-endian) text" },
        { "utf16be.json", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("{ \"submissions\": [] }")], ":1: error invalid-json: The file is UTF-16 (big-endian) text" },
        { "utf32.json", [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes("{ \"submissions\": [] }")], ":1: error invalid-json: The file is UTF-32 (little-endian) text" },
        // "Văn phòng" with a byte that is not UTF-8 in the unit's name, on line 3: byte 37 of that line.
        { "bad8.json", [.. Encoding.UTF8.GetBytes("{\n  \"units\": [\n    { \"id\": \"VP\", \"name\": { \"vi\": \"V"), 0xFF, .. Encoding.UTF8.GetBytes("n\", \"en\": \"Office\" }, \"kind\": \"office\" }\n  ],\n  \"submissions\": []\n}\n")], ":3: error invalid-json: Byte 37 of the line (0xFF) is not UTF-8" },
    };

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public void D11_validate_and_score_report_the_same_problem_for_text_that_is_not_UTF8(string name, byte[] bytes, string expected)
    {
        string path = Path.Combine(_data.Directory, name);
        File.WriteAllBytes(path, bytes);

        var validate = Cli.Run("validate", path, "-f", _data.FrameworkPath);
        var score = Cli.Run("score", "-f", _data.FrameworkPath, "-s", path);

        // Before: validate decoded UTF-16 and replaced bad bytes with U+FFFD, and said "0 errors".
        Assert.Equal(1, validate.ExitCode);
        Assert.Equal(1, score.ExitCode);
        string line = Assert.Single(validate.OutputLines[..^1]);
        Assert.StartsWith(path + expected, line, StringComparison.Ordinal);
        Assert.Equal([line], score.ErrorLines);
    }

    [Fact]
    public void D11_a_framework_that_is_not_UTF8_is_a_located_problem_too()
    {
        byte[] text = Encoding.UTF8.GetBytes(TestData.FrameworkJson.Replace("Khung thử nghiệm", "Khung th\u0001", StringComparison.Ordinal));
        int at = Array.IndexOf(text, (byte)1);
        text[at] = 0xFF;
        string path = Path.Combine(_data.Directory, "fw-bad8.json");
        File.WriteAllBytes(path, text);

        var score = Cli.Run("score", "-f", path, "-s", _data.SubmissionsPath);
        var validate = Cli.Run("validate", path);

        // Before: score accepted it and printed the name with U+FFFD.
        Assert.Equal(1, score.ExitCode);
        Assert.Contains(path + ":4: error invalid-json: ", score.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":4: error invalid-json: ", validate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void D11_validate_reports_a_duplicate_top_level_submissions_as_score_does()
    {
        string path = _data.Write("twice.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp, TestData.SubmissionsVp).TrimEnd().TrimEnd('}') + ",\n  \"submissions\": []\n}\n");

        var validate = Cli.Run("validate", path, "-f", _data.FrameworkPath);
        var score = Cli.Run("score", "-f", _data.FrameworkPath, "-s", path);

        Assert.Equal(1, validate.ExitCode);
        Assert.Equal(1, score.ExitCode);
        var fromValidate = validate.OutputLines[..^1].Where(l => l.Contains("error duplicate", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(fromValidate);
        Assert.Equal(fromValidate, score.ErrorLines.Where(l => l.Contains("error duplicate", StringComparison.Ordinal)));
    }

    [Fact]
    public void D4_identical_adjustments_count_the_same_alone_and_in_a_folder()
    {
        string framework = _data.Write("fw-caps.json", FrameworkWithBonus());
        string both = SubmissionsWithAdjustments(Adjustment(), Adjustment());
        string alone = _data.Write("alone.json", both);
        _data.Write("d1/a.json", both);
        _data.Write("d1/b.json", "{ \"submissions\": [] }");

        var single = Cli.Run("score", "-f", framework, "-s", alone, "--format", "json", "--period", "2025");
        var folder = Cli.Run("score", "-f", framework, "-s", Path.Combine(_data.Directory, "d1"), "--format", "json", "--period", "2025");

        // Two items of +1 in one file: a bonus of 2 either way (before: 1 in the folder, silently).
        Assert.True(single.ExitCode == 0, single.ToString());
        Assert.True(folder.ExitCode == 0, folder.ToString());
        Assert.Equal(2m, Bonus(single));
        Assert.Equal(2m, Bonus(folder));
        Assert.Equal(string.Empty, folder.Error);
    }

    [Fact]
    public void D4_the_same_adjustment_in_two_files_is_counted_in_both_with_a_warning_naming_them()
    {
        string framework = _data.Write("fw-caps.json", FrameworkWithBonus());
        string a = _data.Write("d/a.json", SubmissionsWithAdjustments(Adjustment()));
        string b = _data.Write("d/b.json", "{ \"submissions\": [], \"adjustments\": [" + Adjustment() + "] }");

        var run = Cli.Run("score", "-f", framework, "-s", Path.Combine(_data.Directory, "d"), "--format", "json", "--period", "2025");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2m, Bonus(run)); // 1 + 1: both items count
        string warning = Assert.Single(run.ErrorLines);
        Assert.StartsWith(b + ": $.adjustments: warning duplicate: The same adjustment (VP 2025 +1 (Sáng kiến), recorded at 2026-01-15T02:00:00Z) is in both " + a + " and " + b + "; both are counted", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"appraisedPoints\": 0", "appraisedPoints")]
    [InlineData("\"selfAssessedPoints\": 10", "selfAssessedPoints")]
    [InlineData("\"note\": \"sửa\"", "note")]
    [InlineData("\"evidence\": \"CV 12\"", "evidence")]
    public void D4_a_revision_in_two_files_that_differs_in_anything_is_a_duplicate_error_naming_both(string extra, string field)
    {
        string first = "{ \"unit\": \"VP\", \"period\": \"2025\", \"indicator\": \"A1\", \"recordedAt\": \"2026-01-10T02:00:00Z\", \"numerator\": 197, \"denominator\": 200 }";
        string a = _data.Write("d2/a.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp, TestData.SubmissionsVp));
        string b = _data.Write("d2/b.json", "{ \"submissions\": [" + first.Replace(" }", ", " + extra + " }", StringComparison.Ordinal) + "] }");

        var run = Cli.Run("score", "-f", _data.FrameworkPath, "-s", Path.Combine(_data.Directory, "d2"), "--period", "2025");

        // Before: counted once from a.json with a warning "the same revision": b.json's appraisal was lost.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(b + ": $.submissions: error duplicate: The revision for VP 2025 A1 recorded at 2026-01-10T02:00:00Z is in both " + a + " and " + b + ", and they differ (" + field + ")", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void D4_identical_revisions_in_two_files_are_counted_once_with_a_warning()
    {
        string a = _data.Write("d3/a.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp, TestData.SubmissionsVp));
        string b = _data.Write("d3/b.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp, TestData.SubmissionsVp));

        var run = Cli.Run("score", "-f", _data.FrameworkPath, "-s", Path.Combine(_data.Directory, "d3"), "--format", "csv", "--lang", "en", "--period", "2025");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(4, run.ErrorLines.Length); // one per revision of VP
        Assert.All(run.ErrorLines, l => Assert.Contains("is in both " + a + " and " + b + "; it is counted once.", l, StringComparison.Ordinal));
        Assert.Equal("40", CsvRow(run, "VP", "A1")[8]);
    }

    [Fact]
    public void D4_any_case_of_json_is_read_and_other_files_are_named_in_one_warning()
    {
        string folder = Path.Combine(_data.Directory, "d4");
        _data.Write("d4/a.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp + ",\n" + TestData.UnitsP1, TestData.SubmissionsVp));
        _data.Write("d4/FIX.JSON", "{ \"submissions\": [" + TestData.SubmissionsP1 + "] }");
        _data.Write("d4/notes.txt", "not data");
        _data.Write("d4/b.ods", "unit,value");
        _data.Write("d4/old/x.json", "{}");

        var run = Cli.Run("score", "-f", _data.FrameworkPath, "-s", folder, "--format", "csv", "--lang", "en", "--period", "2025");

        // Before: FIX.JSON was skipped without a word (P1 scored as no data), and so were the others.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(folder + ": warning unreadable-file: Skipped, not *.json, *.csv or *.xlsx files (or a spreadsheet application's lock files): b.ods, notes.txt, old/.", Assert.Single(run.ErrorLines));
        Assert.Equal("not met", CsvRow(run, "P1", "A1")[5]);
    }

    [Fact]
    public void Newcomer17_as_of_a_date_means_the_end_of_that_day_in_the_framework_time_zone()
    {
        // A1 of VP for 2025: 100/200 recorded at 23:30 on 10 January (UTC+7), 197/200 at 00:00 on 11 January.
        string path = _data.Write("asof.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp,
            "{ \"unit\": \"VP\", \"period\": \"2025\", \"indicator\": \"A1\", \"recordedAt\": \"2026-01-10T16:30:00Z\", \"numerator\": 100, \"denominator\": 200 },\n"
            + "{ \"unit\": \"VP\", \"period\": \"2025\", \"indicator\": \"A1\", \"recordedAt\": \"2026-01-10T17:00:00Z\", \"numerator\": 197, \"denominator\": 200 }"));

        var byDate = Cli.Run("score", "-f", _data.FrameworkPath, "-s", path, "--as-of", "2026-01-10", "--format", "csv", "--lang", "en");
        var byInstant = Cli.Run("score", "-f", _data.FrameworkPath, "-s", path, "--as-of", "2026-01-10T16:59:59.999999999Z", "--format", "csv", "--lang", "en");
        var nextDay = Cli.Run("score", "-f", _data.FrameworkPath, "-s", path, "--as-of", "2026-01-11", "--format", "csv", "--lang", "en");

        Assert.True(byDate.ExitCode == 0, byDate.ToString());
        Assert.Equal("50", CsvRow(byDate, "VP", "A1")[6]); // 100 ÷ 200 × 100
        Assert.Equal(byInstant.Output, byDate.Output);
        Assert.Equal("98.5", CsvRow(nextDay, "VP", "A1")[6]); // 197 ÷ 200 × 100
    }

    [Theory]
    [InlineData("VI", "Đơn vị")]
    [InlineData("En", "Unit")]
    [InlineData("eN", "Unit")]
    public void Newcomer17_lang_is_read_in_any_case(string lang, string header)
    {
        var run = Cli.Run("score", "-f", _data.FrameworkPath, "-s", _data.SubmissionsPath, "--format", "csv", "--lang", lang);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith(header + ",", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_period_that_cannot_be_a_year_is_a_problem_not_a_crash()
    {
        // D7's file: the latest year with submissions is 9999, beyond the years a named period can have.
        string path = _data.Write("p.json", "{\"submissions\":[{\"unit\":\"VP\",\"period\":\"2025-01-01..9999-12-31\",\"indicator\":\"A1\",\"recordedAt\":\"2026-01-10T02:00:00Z\",\"numerator\":1,\"denominator\":2}]}");

        var run = Cli.Run("score", "-f", _data.FrameworkPath, "-s", path);

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.ToString());
        // The reader bounds a custom period to the years a named period can have, so the file stops at its period.
        Assert.Contains(path + ": $.submissions[0].period: error invalid-period: '2025-01-01..9999-12-31' is not a period", run.Error, StringComparison.Ordinal);
        Assert.Contains("in the years 0002 to 9998", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_submissions_file_given_as_the_framework_says_so()
    {
        var run = Cli.Run("score", "-f", _data.SubmissionsPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(_data.SubmissionsPath + ": $: error missing-field: This is a submissions file (it has \"submissions\"), not a framework (it has no \"areas\"): give it with --submissions.", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("trajectory")]
    [InlineData("rank")]
    [InlineData("explain")]
    public void Newcomer17_every_command_with_as_of_takes_a_date(string command)
    {
        string[] args = command == "explain" ? ["explain", "-u", "VP"] : [command];

        var run = Cli.Run([.. args, "-f", _data.FrameworkPath, "-s", _data.SubmissionsPath, "--as-of", "2026-01-10"]);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void A_named_pipe_is_read_to_its_end_like_a_file()
    {
        string fifo = Path.Combine(_data.Directory, "pipe.json");
        try
        {
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo);
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode != 0)
            {
                return;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return; // no mkfifo on this system
        }

        // The file system says 0 bytes for a pipe: the reader must not trust it.
        var writer = new System.Threading.Thread(() => File.WriteAllText(fifo, File.ReadAllText(_data.SubmissionsPath)));
        writer.Start();
        var fromPipe = Cli.Run("score", "-f", _data.FrameworkPath, "-s", fifo, "--format", "csv");
        writer.Join();
        var fromFile = Cli.Run("score", "-f", _data.FrameworkPath, "-s", _data.SubmissionsPath, "--format", "csv");

        Assert.True(fromPipe.ExitCode == 0, fromPipe.ToString());
        Assert.Equal(fromFile.Output, fromPipe.Output);
    }

    [Fact]
    public void The_command_line_problem_codes_have_rows_in_the_errors_doc()
    {
        string doc = RepositoryFiles.Read("docs/errors.md");

        foreach (string code in new[] { Inputs.UnreadableFile, OutputFile.UnwritableFile, RuleAssemblies.InvalidRulesAssembly })
        {
            Assert.Contains("| `" + code + "` | ", doc, StringComparison.Ordinal);
        }
    }
}
