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
            var run = Cli.Run("ingest", csv, "--period", "2025-Q2", "--map", "on-time-rate=T99", "--map", "online-rate=", "--progress");
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("\"indicator\": \"T99\"", run.Output, StringComparison.Ordinal);
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
}
