using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>docs/collecting.md: every command it shows runs as shown, in order, in a folder of its own.</summary>
public sealed class CollectingDocTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Every_command_of_the_page_runs()
    {
        var lines = RepositoryFiles.Read("docs/collecting.md").Split('\n').Where(l => l.StartsWith("$ cchc ", StringComparison.Ordinal)).ToArray();
        Assert.True(lines.Length >= 6, "the page shows its commands");

        // The page runs "cchc sample" in section 2, and its forms are what sections 3 and 4 read: run it first.
        var ordered = lines.Where(l => l.StartsWith("$ cchc sample", StringComparison.Ordinal)).Concat(lines.Where(l => !l.StartsWith("$ cchc sample", StringComparison.Ordinal)));
        foreach (string line in ordered)
        {
            var args = line["$ cchc ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.StartsWith("mau", StringComparison.Ordinal) || a.StartsWith("bieu-mau", StringComparison.Ordinal) || a.StartsWith("bao-cao", StringComparison.Ordinal) ? Path.Combine(_data.Directory, a) : a)
                .ToArray();
            var run = Cli.Run(args);
            Assert.True(run.ExitCode == 0, line + "\n" + run);
            Assert.False(run.HasStackTrace);
        }

        Assert.True(File.Exists(Path.Combine(_data.Directory, "bieu-mau", "VP-2025-Q1.xlsx")));
        Assert.True(File.Exists(Path.Combine(_data.Directory, "bao-cao-2025-Q1.xlsx")));

        // Section 5: the assessment forms of the three stages.
        foreach (string form in new[] { "VP-2025-self.xlsx", "VP-2025-appraisal-1.xlsx", "VP-2025-explanation-1.xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(_data.Directory, "bieu-mau-td", form)), form);
        }
    }
}
