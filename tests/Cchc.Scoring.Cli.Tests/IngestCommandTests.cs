using System;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring.Dossiers;
using Cchc.Scoring.Dossiers.Samples;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

public class IngestCommandTests
{
    private static string TempCsv(long rows, string extra = "")
    {
        string path = Path.Combine(Path.GetTempPath(), "cchc-ingest-" + Guid.NewGuid().ToString("N") + ".csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            DossierCsv.Write(writer, DossierGenerator.Generate(1, rows));
            writer.Write(extra);
        }

        return path;
    }

    [Fact]
    public void Ingest_WritesSubmissions_ThatScore()
    {
        string csv = TempCsv(2000, "BAD,P1,SO,2025-01-05T08:00:00,2025-01-10T17:00:00,2025-01-04T08:00:00,finished,online,full,1,1,,0,0,none,,0\n");
        string json = Path.ChangeExtension(csv, ".json");
        try
        {
            var ingest = Cli.Run("ingest", csv, "--period", "2025", "--out", json);
            Assert.True(ingest.ExitCode == 0, ingest.ToString());
            Assert.Contains("rows read: 2001", ingest.Error, StringComparison.Ordinal);
            Assert.Contains("rows used: 2000", ingest.Error, StringComparison.Ordinal);
            Assert.Contains("  dossier-ended-before-received: 1", ingest.Error, StringComparison.Ordinal);
            Assert.Contains(":2002: finished_at: error dossier-ended-before-received", ingest.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("reading:", ingest.Error, StringComparison.Ordinal);

            var score = Cli.Run("score", "--submissions", json, "--period", "2025", "--format", "csv");
            Assert.True(score.ExitCode == 0, score.ToString());
            Assert.Contains("QLVT", score.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(json);
        }
    }

    [Fact]
    public void Ingest_Map_AndStdout()
    {
        string csv = TempCsv(300);
        try
        {
            var run = Cli.Run("ingest", csv, "--period", "2025-Q2", "--map", "on-time-rate=T01", "--map", "online-rate=", "--progress");
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("\"indicator\": \"T01\"", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("\"indicator\": \"T02\"", run.Output, StringComparison.Ordinal);
            Assert.Contains("reading:", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Ingest_MissingFile_ExitOne()
    {
        var run = Cli.Run("ingest", Path.Combine(Path.GetTempPath(), "no-such-dossiers.csv"));
        Assert.Equal(CliApp.InputProblems, run.ExitCode);
        Assert.Contains("unreadable-file", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--period", "2025-Q5")]
    [InlineData("--map", "speed=T01")]
    [InlineData("--granularity", "week")]
    public void Ingest_BadOption_Usage(string option, string value)
    {
        var run = Cli.Run("ingest", "x.csv", option, value);
        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void NewcomerItem5_NoUsableRow_ExitsOne_WritesNothing()
    {
        // Every date in dd/MM/yyyy form: all 3 rows rejected.
        string csv = TempCsv(0, "A,P1,SO,02/03/2025 08:00,07/03/2025 17:00,,,,,,,,,,,,\nB,P1,SO,03/03/2025 08:00,07/03/2025 17:00,,,,,,,,,,,,\nC,P1,SO,04/03/2025 08:00,07/03/2025 17:00,,,,,,,,,,,,\n");
        string json = Path.ChangeExtension(csv, ".json");
        try
        {
            var run = Cli.Run("ingest", csv, "--period", "2025-Q1", "--out", json);
            Assert.Equal(CliApp.InputProblems, run.ExitCode);
            Assert.Contains("no row could be used (3 rejected): nothing was written", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(json));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void NewcomerItem5_MaxRejected_FailsAboveTheShare()
    {
        // 2,000 good rows and 1 rejected: 1 / 2,001 = 0.05 % of the rows.
        string csv = TempCsv(2000, "BAD,P1,SO,2025-02-30T08:00:00,2025-03-07T17:00:00,,,,,,,,,,,,\n");
        string json = Path.ChangeExtension(csv, ".json");
        try
        {
            var strict = Cli.Run("ingest", csv, "--period", "2025", "--max-rejected", "0.0001", "--out", json);
            Assert.Equal(CliApp.InputProblems, strict.ExitCode);
            Assert.Contains("0.05 % of the rows were rejected (1 of 2,001), more than --max-rejected 0.01 %: nothing was written", strict.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(json));

            var lenient = Cli.Run("ingest", csv, "--period", "2025", "--max-rejected", "0.01", "--out", json);
            Assert.True(lenient.ExitCode == 0, lenient.ToString());
            Assert.True(File.Exists(json));

            var bad = Cli.Run("ingest", csv, "--max-rejected", "5%");
            Assert.Equal(CliApp.UsageError, bad.ExitCode);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(json);
        }
    }

    [Fact]
    public void NewcomerItem3_PeriodsExplained_AndOutsideThePlanWarned()
    {
        // 2025 dossiers without --period: some end in 2026, which then holds only end metrics and lies after the
        // plan of gtvt-tiengiang-2021-2025 (2021-2025).
        string csv = TempCsv(3000);
        try
        {
            var run = Cli.Run("ingest", csv);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains(run.ErrorLines, l => l.StartsWith("cchc: period 2025: ", StringComparison.Ordinal) && l.Contains(" dossiers received in it, ", StringComparison.Ordinal));
            Assert.Contains(run.ErrorLines, l => l.StartsWith("cchc: period 2026: 0 dossiers received in it, ", StringComparison.Ordinal) && l.Contains("only dossiers received in an earlier period ended in it", StringComparison.Ordinal));
            Assert.Contains("cchc: warning: period 2026 lies outside the plan of framework 'gtvt-tiengiang-2021-2025' (2021-01-01..2025-12-31)", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("warning: period 2025", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Theory]
    [InlineData("on-time-rate=T99", "--map on-time-rate=T99: framework 'gtvt-tiengiang-2021-2025' has no indicator T99.")]
    [InlineData("on-time-rate=t01", "has no indicator t01. Did you mean T01?")]
    public void NewcomerItem16_MapToAnIndicatorTheFrameworkLacks_UsageError(string map, string expected)
    {
        string csv = TempCsv(10);
        try
        {
            var run = Cli.Run("ingest", csv, "--map", map);
            Assert.Equal(CliApp.UsageError, run.ExitCode);
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
            Assert.Contains("Its indicators are T", run.Error, StringComparison.Ordinal);
            Assert.Contains(", T02, ", run.Error, StringComparison.Ordinal);
            Assert.Empty(run.Output);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Ingest_Out_WrittenAtomically_NoTemporaryLeft()
    {
        string dir = Path.Combine(Path.GetTempPath(), "cchc-ingest-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string csv = TempCsv(200);
        try
        {
            string json = Path.Combine(dir, "out.json");
            File.WriteAllText(json, "old");
            var run = Cli.Run("ingest", csv, "--period", "2025", "--out", json);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.StartsWith("{", File.ReadAllText(json), StringComparison.Ordinal);
            Assert.Equal(["out.json"], Directory.GetFiles(dir).Select(f => Path.GetFileName(f)!).ToArray());

            var toDirectory = Cli.Run("ingest", csv, "--period", "2025", "--out", dir);
            Assert.Equal(CliApp.InputProblems, toDirectory.ExitCode);
            Assert.False(toDirectory.HasStackTrace);
        }
        finally
        {
            File.Delete(csv);
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Ingest_TimeFormat_DayMonthYear_Declared_SameSubmissions_AsIso()
    {
        // The same two dossiers, ISO and day-first: 03/04/2025 08:00 is 3 April (Vietnamese order), never 4 March.
        string header = "id,unit,received_at,due_at,finished_at\n";
        string iso = Path.Combine(Path.GetTempPath(), "cchc-iso-" + Guid.NewGuid().ToString("N") + ".csv");
        string dmy = Path.Combine(Path.GetTempPath(), "cchc-dmy-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(iso, header + "A,SO,2025-04-03T08:00,2025-04-10,2025-04-04T08:00\nB,SO,2025-12-31 23:59,2026-01-05,\n");
        File.WriteAllText(dmy, header + "A,SO,03/04/2025 08:00,10/04/2025,04/04/2025 08:00\nB,SO,31/12/2025 23:59,05/01/2026,\n");
        try
        {
            var a = Cli.Run("ingest", iso, "--period", "2025");
            var b = Cli.Run("ingest", dmy, "--period", "2025", "--time-format", "dd/MM/yyyy");
            Assert.True(a.ExitCode == 0, a.ToString());
            Assert.True(b.ExitCode == 0, b.ToString());
            Assert.Equal(a.Output, b.Output);

            // Undeclared, the day-first rows are rejected with a hint, not guessed.
            var undeclared = Cli.Run("ingest", dmy, "--period", "2025");
            Assert.NotEqual(0, undeclared.ExitCode);
            Assert.Contains(":2: received_at: error dossier-invalid-date", undeclared.Error, StringComparison.Ordinal);
            Assert.Contains("--time-format dd/MM/yyyy", undeclared.Error, StringComparison.Ordinal);

            var wrong = Cli.Run("ingest", dmy, "--time-format", "MM/dd/yyyy");
            Assert.Equal(CliApp.UsageError, wrong.ExitCode);
        }
        finally
        {
            File.Delete(iso);
            File.Delete(dmy);
        }
    }
}
