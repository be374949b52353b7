using System;
using System.IO;
using System.Linq;
using Cchc.Scoring.Fuzz;
using Xunit;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>
/// Replays tests/Cchc.Scoring.Fuzz/regressions/TARGET/* (every input that ever crashed a reader, kept after the fix)
/// and the seed corpus through the fuzz targets: each must be answered with problems, never an exception.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Fuzz = Path.Combine(Root(), "tests", "Cchc.Scoring.Fuzz");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (string folder in new[] { "regressions", "corpus" })
        {
            foreach (string target in Targets.Names)
            {
                string dir = Path.Combine(Fuzz, folder, target);
                foreach (string file in (Directory.Exists(dir) ? Directory.GetFiles(dir) : []).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(Fuzz, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_IsAnsweredWithoutAnException(string target, string file)
    {
        Targets.Run(target, File.ReadAllBytes(Path.Combine(Fuzz, file)));
    }

    [Fact]
    public void Regressions_AreKept_ForTheReadersThatCrashed()
    {
        // Found by the bounded run: lone surrogates and invalid UTF-8 in a submissions stream, a character below '0'
        // in a dossier date (a checked cast threw).
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Fuzz, "regressions", "submissions")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Fuzz, "regressions", "dossier")));
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cchc.Scoring.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cchc.Scoring.sln not found");
    }
}
