using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary><c>cchc units</c> on the synthetic reorganisation of docs/examples/data/reorganisation.</summary>
public sealed class UnitsCommandTests
{
    private static readonly string Framework = Path.Combine(RepositoryFiles.Root, "docs/examples/data/reorganisation/framework.json");
    private static readonly string Submissions = Path.Combine(RepositoryFiles.Root, "docs/examples/data/reorganisation/submissions.json");

    [Fact]
    public void Output_IsTheOneDocsReorganisationShows()
    {
        string doc = RepositoryFiles.Read("docs/reorganisation.md");
        const string command = "$ cchc units -f docs/examples/data/reorganisation/framework.json -s docs/examples/data/reorganisation/submissions.json --as-of 2025-12-31 --lang en\n";
        int start = doc.IndexOf(command, StringComparison.Ordinal);
        Assert.True(start >= 0, "the command is not in docs/reorganisation.md");
        start += command.Length;
        string shown = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var run = Cli.Run("units", "-f", Framework, "-s", Submissions, "--as-of", "2025-12-31", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(shown, run.Output);
    }

    [Fact]
    public void Status_ListsTheUnitsNotDue_WithWhatBecameOfThem()
    {
        // 2025-Q3 ends on 30 September, after the merger of 1 July: SO and SXD owe nothing and are listed under the table.
        var run = Cli.Run("status", "-f", Framework, "-s", Submissions, "--period", "2025-Q3", "--lang", "en");
        Assert.False(run.HasStackTrace, run.ToString());
        int at = run.Output.IndexOf("Not due (the unit did not exist for the period):\n", StringComparison.Ordinal);
        Assert.True(at >= 0, run.Output);
        Assert.Contains("\n  SO: merged into SXD-MOI on 2025-07-01\n", run.Output[at..], StringComparison.Ordinal);
        Assert.Contains("\n  SXD: merged into SXD-MOI on 2025-07-01\n", run.Output[at..], StringComparison.Ordinal);

        var vi = Cli.Run("status", "-f", Framework, "-s", Submissions, "--period", "2025-Q3");
        Assert.Contains("Không phải nộp (đơn vị không tồn tại trong kỳ):", vi.Output, StringComparison.Ordinal);
        Assert.Contains("  SO: hợp nhất vào SXD-MOI từ ngày 2025-07-01", vi.Output, StringComparison.Ordinal);

        var json = Cli.Run("status", "-f", Framework, "-s", Submissions, "--period", "2025-Q3", "--format", "json");
        using var doc = JsonDocument.Parse(json.Output);
        var notDue = doc.RootElement.GetProperty("unitsNotDue").EnumerateArray().ToArray();
        Assert.Contains(notDue, u => u.GetProperty("unit").GetString() == "SO" && u.GetProperty("ended").GetBoolean() && u.GetProperty("event").GetString() == "merge" && u.GetProperty("date").GetString() == "2025-07-01");
    }

    [Fact]
    public void AsOfTheDayBefore_PrintsTheOldTree()
    {
        var run = Cli.Run("units", "-f", Framework, "-s", Submissions, "--as-of", "2025-06-30", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Units as of 2025-06-30 (6 units)\nSO  Department of Transport (synthetic) (department, to 2025-06-30)\n  QLKCHT", run.Output, StringComparison.Ordinal);
        Assert.Contains("\nSXD  Department of Construction (synthetic)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("QLGT  ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasTheTreeAndTheLineage()
    {
        var run = Cli.Run("units", "-f", Framework, "-s", Submissions, "--as-of", "2025-12-31", "--format", "json", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("2025-12-31", json.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(["QLGT", "SXD-MOI", "TTSH-1", "TTSH-2", "VP"], json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetString()));
        var merge = json.RootElement.GetProperty("lineage")[0];
        Assert.Equal("merge", merge.GetProperty("kind").GetString());
        Assert.Equal("SO: merged into SXD-MOI on 2025-07-01", merge.GetProperty("describe")[0].GetString());
    }

    [Fact]
    public void Score_ListsTheUnitsThatEnded()
    {
        var run = Cli.Run("score", "-f", Framework, "-s", Submissions, "--period", "2025", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Not scored (reorganised during the period):\n  QLKCHT: merged into QLGT on 2025-07-01\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  TTSH: split into TTSH-1, TTSH-2 on 2025-07-01\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Not scored", Cli.Run("score", "-f", Framework, "-s", Submissions, "--period", "2024", "--lang", "en").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDate_IsAnInvalidValue()
    {
        var run = Cli.Run("units", "-f", Framework, "-s", Submissions, "--as-of", "31/12/2025");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("invalid-value", run.Error, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void Folder_KeepsTheLineage_WhenFilesAreMerged()
    {
        string dir = Path.Combine(Path.GetTempPath(), "cchc-units-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.Copy(Submissions, Path.Combine(dir, "a.json"));
            File.WriteAllText(Path.Combine(dir, "b.json"), "{ \"submissions\": [ { \"unit\": \"QLGT\", \"period\": \"2025-Q4\", \"indicator\": \"T02\", \"recordedAt\": \"2026-02-01T00:00:00Z\", \"numerator\": 49, \"denominator\": 50 } ] }");
            var run = Cli.Run("units", "-f", Framework, "-s", dir, "--lang", "en");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("2025-07-01  split  TTSH → TTSH-1 + TTSH-2", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
