using System;
using System.IO;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cchc.Scoring.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cchc.Scoring.sln not found above " + AppContext.BaseDirectory);
    }
}
