using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring.Dossiers;
using Cchc.Scoring.Dossiers.Samples;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary><c>cchc ingest --state-out</c> on parts of a file, then <c>cchc merge</c>: the output of one ingest of the whole file.</summary>
public sealed class MergeCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cchc-merge-" + Guid.NewGuid().ToString("N"));

    public MergeCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    /// <summary>Writes the whole file and its two halves (each with the header), with one bad row in each half.</summary>
    private (string Whole, string First, string Second) Files(int rows)
    {
        var writer = new StringWriter { NewLine = "\n" };
        DossierCsv.Write(writer, DossierGenerator.Generate(3, rows));
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        string header = lines[0];
        var body = lines.Skip(1).ToList();
        body.Insert(10, "BAD-1,P1,SO,2025-01-05T08:00:00,2025-01-10T17:00:00,2025-01-04T08:00:00,finished,online,full,1,1,,0,0,none,,0");
        body.Add("BAD-2,P1,VP,2025-02-30T08:00:00,2025-03-10T17:00:00,,,online,full,0,0,,0,0,none,,0");
        int half = body.Count / 2;
        return (
            Write("whole.csv", [header, .. body]),
            Write("first.csv", [header, .. body.Take(half)]),
            Write("second.csv", [header, .. body.Skip(half)]));
    }

    private string Write(string name, IEnumerable<string> lines)
    {
        string path = PathOf(name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    public static TheoryData<string[]> Counting() => new()
    {
        new[] { "--period", "2025" },
        new[] { "--period", "2025-Q4", "--period", "2026-Q1", "--calendar", "administrative" },
        new[] { "--granularity", "month", "--unit", "SO", "--unit", "VP", "--unit", "QLVT" },
    };

    [Theory]
    [MemberData(nameof(Counting))]
    public void IngestHalves_ThenMerge_IsByteIdenticalToIngestOfTheWhole(string[] counting)
    {
        var (whole, first, second) = Files(3000);
        var all = Cli.Run(["ingest", whole, .. counting, "--out", PathOf("whole.json")]);
        Assert.True(all.ExitCode == 0, all.ToString());

        var a = Cli.Run(["ingest", first, .. counting, "--state-out", PathOf("first.state.json")]);
        var b = Cli.Run(["ingest", second, .. counting, "--state-out", PathOf("second.state.json"), "--parallelism", "1"]);
        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a + "\n" + b);
        Assert.Equal(string.Empty, a.Output);
        Assert.Contains("state written: " + PathOf("first.state.json"), a.Error, StringComparison.Ordinal);

        // Merged in either order, to a file or to standard output.
        var merge = Cli.Run("merge", PathOf("second.state.json"), PathOf("first.state.json"), "--out", PathOf("merged.json"));
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal(File.ReadAllBytes(PathOf("whole.json")), File.ReadAllBytes(PathOf("merged.json")));
        var toStdout = Cli.Run("merge", PathOf("first.state.json"), PathOf("second.state.json"));
        Assert.Equal(File.ReadAllText(PathOf("whole.json")), toStdout.Output);

        // The summary counts every row of both halves, as the ingest of the whole file does.
        Assert.Equal(Summary(all.Error), Summary(merge.Error));
        if (counting.Length == 2)
        {
            // 3,000 dossiers and the two bad rows.
            Assert.StartsWith("rows read: 3002\nrows used: 3000\nrows rejected: 2\n", Summary(merge.Error), StringComparison.Ordinal);
        }
    }

    /// <summary>The summary lines of standard error: from "rows read:" to the line saying what was written.</summary>
    private static string Summary(string error)
    {
        string from = error[error.IndexOf("rows read:", StringComparison.Ordinal)..];
        return from[..from.IndexOf("submissions written:", StringComparison.Ordinal)];
    }

    [Fact]
    public void MergedState_MergesFurther_AndEqualsTheStateOfTheWhole()
    {
        var (whole, first, second) = Files(1000);
        Assert.Equal(0, Cli.Run("ingest", whole, "--granularity", "quarter", "--state-out", PathOf("whole.state.json")).ExitCode);
        Assert.Equal(0, Cli.Run("ingest", first, "--granularity", "quarter", "--state-out", PathOf("a.json")).ExitCode);
        Assert.Equal(0, Cli.Run("ingest", second, "--granularity", "quarter", "--state-out", PathOf("b.json")).ExitCode);
        var merge = Cli.Run("merge", PathOf("a.json"), PathOf("b.json"), "--state-out", PathOf("ab.json"));
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal(string.Empty, merge.Output);
        Assert.Equal(File.ReadAllText(PathOf("whole.state.json")), File.ReadAllText(PathOf("ab.json")));

        var again = Cli.Run("merge", PathOf("ab.json"), "--map", "on-time-rate=T01");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("\"indicator\": \"T01\"", again.Output, StringComparison.Ordinal);

        // Newcomer item 16: an indicator the framework lacks is a usage error, as in ingest.
        var unknown = Cli.Run("merge", PathOf("ab.json"), "--map", "on-time-rate=T99");
        Assert.Equal(CliApp.UsageError, unknown.ExitCode);
        Assert.Contains("has no indicator T99", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ABadStateFile_LocatedLines_ExitOne()
    {
        string bad = Write("bad.json", [
            "{ \"format\": \"cchc-dossier-state\", \"version\": 1,",
            "  \"options\": { \"calendar\": \"calendar\", \"granularity\": \"decade\" },",
            "  \"rows\": { \"used\": -1, \"blank\": 0, \"rejected\": {} },",
            "  \"groups\": [] }",
        ]);
        string broken = Write("broken.json", ["{ \"format\": ", "  \"cchc-dossier-state\" ,, }"]);
        var run = Cli.Run("merge", bad, broken, PathOf("missing.json"));
        Assert.Equal(CliApp.InputProblems, run.ExitCode);
        Assert.False(run.HasStackTrace, run.ToString());
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            [
                bad + ": $.options.granularity: error invalid-value: 'decade' is not a granularity: write year, half-year, quarter or month.",
                bad + ": $.rows.used: error negative-count: 'used' is negative (-1).",
            ],
            run.ErrorLines.Take(2));
        Assert.StartsWith(broken + ":2: ", run.ErrorLines[2], StringComparison.Ordinal);
        Assert.Contains("error invalid-json", run.ErrorLines[2], StringComparison.Ordinal);
        Assert.Contains("unreadable-file", run.ErrorLines[3], StringComparison.Ordinal);
        Assert.Equal(4, run.ErrorLines.Length);
    }

    [Fact]
    public void Merge_StatesCountedWithOtherOptions_AreRefused()
    {
        var (_, first, second) = Files(500);
        Assert.Equal(0, Cli.Run("ingest", first, "--period", "2025", "--state-out", PathOf("year.json")).ExitCode);
        Assert.Equal(0, Cli.Run("ingest", second, "--granularity", "quarter", "--state-out", PathOf("quarters.json")).ExitCode);
        var run = Cli.Run("merge", PathOf("year.json"), PathOf("quarters.json"), "--out", PathOf("out.json"));
        Assert.Equal(CliApp.InputProblems, run.ExitCode);
        Assert.False(run.HasStackTrace, run.ToString());
        Assert.False(File.Exists(PathOf("out.json")));
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(PathOf("quarters.json") + ": $.options.periods: error " + DossierProblemCodes.StateMismatch + ": ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_NoState_IsAUsageError()
    {
        var run = Cli.Run("merge");
        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.False(run.HasStackTrace);
    }
}
