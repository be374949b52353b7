using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cchc.Scoring.Tests.Docs;
using Xunit;

namespace Cchc.Scoring.Tests.Packaging;

/// <summary>
/// The README's test command (<c>dotnet test tests/tests.slnf</c>) runs every test project of the solution, and the
/// filter leaves out only the projects that are not tests and cost a newcomer the most packages.
/// </summary>
public sealed class TestCommandTests
{
    private static readonly string[] LeftOut =
    [
        "benchmarks/Cchc.Scoring.Benchmarks/Cchc.Scoring.Benchmarks.csproj",
        "tests/Cchc.Scoring.Fuzz/Cchc.Scoring.Fuzz.csproj",
        "tests/Cchc.Scoring.TrimTest/Cchc.Scoring.TrimTest.csproj",
    ];

    [Fact]
    public void The_filter_holds_every_project_of_the_solution_but_the_heavy_ones()
    {
        var inSolution = Regex.Matches(RepositoryFiles.Read("Cchc.Scoring.sln"), "\"([^\"]+\\.csproj)\"")
            .Select(m => m.Groups[1].Value.Replace('\\', '/'))
            .Order(System.StringComparer.Ordinal)
            .ToArray();
        using var filter = JsonDocument.Parse(RepositoryFiles.Read("tests/tests.slnf"));
        var solution = filter.RootElement.GetProperty("solution");
        Assert.Equal("../Cchc.Scoring.sln", solution.GetProperty("path").GetString());
        var inFilter = solution.GetProperty("projects").EnumerateArray()
            .Select(p => p.GetString()!)
            .Order(System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(inSolution.Except(LeftOut).ToArray(), inFilter);
        Assert.All(LeftOut, p => Assert.Contains(p, inSolution));
        Assert.Contains(inSolution, p => p.EndsWith(".Tests.csproj", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_and_ci_run_the_filter()
    {
        Assert.Contains("dotnet test tests/tests.slnf\n", RepositoryFiles.Read("README.md"), System.StringComparison.Ordinal);
        Assert.Contains("dotnet test tests/tests.slnf --no-build", RepositoryFiles.Read(".ci/run"), System.StringComparison.Ordinal);
    }
}
