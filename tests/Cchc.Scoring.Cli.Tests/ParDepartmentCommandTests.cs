using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>
/// The built-in <c>par-department-2025</c> on the command line: listed, scored with and without the synthetic
/// assessment records of docs/examples/data/par-department, and every command of its methodology page runs and prints
/// what the page shows.
/// </summary>
public sealed class ParDepartmentCommandTests : IDisposable
{
    private const string Id = BuiltInFrameworks.ParDepartment2025;
    private static readonly string Records = Path.Combine(RepositoryFiles.Root, "docs/examples/data/par-department/assessments-2025.json");
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Frameworks_ListsIt_WithItsNameCriteriaAndPoints()
    {
        var run = Cli.Run("frameworks", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        string line = Assert.Single(run.OutputLines, l => l.StartsWith(Id + " ", StringComparison.Ordinal));
        Assert.Contains(BuiltInFrameworks.Get(Id).Name.En, line, StringComparison.Ordinal);
        Assert.Equal(["43", "100"], line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^2..]);
    }

    [Fact]
    public void Appraisal_OnTheSample_ShowsEachStage()
    {
        var run = Cli.Run("appraisal", "--framework", Id, "--records", Records, "--unit", "STP", "--period", "2025", "--lang", "en");
        Assert.True(run.ExitCode == 0, run.ToString());
        // Final: 67.75 appraised + 26.15 from the survey = 93.9 of 100.
        Assert.Equal("Unit STP, period 2025: 93.9 of 100 points, index 93.9", run.OutputLines[0]);
        // TC1.2: self 2, round 1 gives 1, explanation accepted, round 2 gives 2, final 2: no difference.
        Assert.Equal(["TC1.2", "2", "1", "accepted", "2", "2", "2", "final", "decision", "(council),", "published", "0", "complete"], Cells(run, "TC1.2"));
        // TC3.4: self 2.5, round 1 1.5, explanation not accepted, round 2 1.5, final 1.5: −1.
        Assert.Equal(["TC3.4", "2.5", "1.5", "not", "accepted", "1.5", "1.5", "1.5", "final", "decision", "(council),", "published", "-1", "complete"], Cells(run, "TC3.4"));
        // A survey criterion comes from the figures (the survey percentage): 91 % × 6 = 5.46.
        Assert.Contains("5.46", Cells(run, "XH8.1"));
        Assert.Contains("figures", Cells(run, "XH8.1"));
    }

    [Fact]
    public void Appraisal_MissingEvidence_AndTheRescaledIndex()
    {
        var run = Cli.Run("appraisal", "-f", Id, "--records", Records, "--unit", "SYT", "--period", "2025", "--lang", "en");
        Assert.True(run.ExitCode == 0, run.ToString());
        // 65.5 of the non-survey maximum 70: 65.5 ÷ 70 × 100 = 93.5714… → 93.57.
        Assert.Equal("Unit SYT, period 2025: 65.5 of 70 points, index 93.57", run.OutputLines[0]);
        Assert.EndsWith("missing list (counts 0)", string.Join(' ', Cells(run, "TC2.1")), StringComparison.Ordinal);
        Assert.EndsWith("missing decision (explained)", string.Join(' ', Cells(run, "TC6.2")), StringComparison.Ordinal);
        Assert.Contains("assessment-missing-evidence", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WithoutAndWithTheRecords()
    {
        var figures = Cli.Run("score", "-f", Id, "--period", "2025", "--format", "csv");
        Assert.True(figures.ExitCode == 0, figures.ToString());
        var withRecords = Cli.Run("score", "-f", Id, "--period", "2025", "--records", Records, "--lang", "en");
        Assert.True(withRecords.ExitCode == 0, withRecords.ToString());
        // SNNMT: 64.6 of 70 from its figures alone (survey not held); with its survey entered in the records 88.6 of 100.
        Assert.Equal(["SNNMT", "Department", "of", "Agriculture", "and", "Environment", "88.60", "100.00", "88.60", "Fair"], withRecords.OutputLines.Single(l => l.StartsWith("SNNMT ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void EveryCommandOfTheMethodologyPage_RunsAndPrintsWhatThePageShows()
    {
        string[] lines = RepositoryFiles.Read("docs/methodology/par-department-2025.md").Split('\n');
        var commands = new List<(string Command, List<string> Shown)>();
        bool inBlock = false;
        foreach (string line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            if (line.StartsWith("$ cchc ", StringComparison.Ordinal))
            {
                commands.Add((line, []));
            }
            else if (commands.Count > 0 && line.Length > 0)
            {
                commands[^1].Shown.Add(line);
            }
        }

        Assert.True(commands.Count >= 8, "the page shows its commands");
        foreach (var (command, shown) in commands)
        {
            // Paths under docs/ are the repository's; any other file named is written to a folder of the test's own.
            string[] args = command["$ cchc ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(RepositoryFiles.Root, a)
                    : a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(_data.Directory, a) : a)
                .ToArray();
            var run = Cli.Run(args);
            Assert.True(run.ExitCode == 0, command + "\n" + run);
            Assert.False(run.HasStackTrace);
            foreach (string expected in shown)
            {
                Assert.True(run.OutputLines.Any(l => l.Contains(expected, StringComparison.Ordinal)), command + "\ndoes not print: " + expected + "\n" + run.Output);
            }
        }

        Assert.True(File.Exists(Path.Combine(_data.Directory, "chi-so-cchc-so.json")));
    }

    private static string[] Cells(Cli.Outcome run, string code) =>
        run.OutputLines.Single(l => l.StartsWith(code + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
