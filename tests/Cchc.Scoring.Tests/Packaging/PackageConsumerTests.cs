using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using Cchc.Scoring.Tests.Docs;
using Xunit;

namespace Cchc.Scoring.Tests.Packaging;

/// <summary>
/// Runs only when <c>CCHC_PACKAGE_SOURCE</c> names a folder holding the packed Cchc.Scoring package (.ci/run packs
/// to artifacts/packages and sets it); otherwise it is skipped, so that <c>dotnet test</c> stays fast.
/// </summary>
public sealed class PackageFactAttribute : FactAttribute
{
    public const string Variable = "CCHC_PACKAGE_SOURCE";

    public PackageFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = "set " + Variable + " to a folder with the packed packages (dotnet pack -o FOLDER) to run this test";
        }
    }
}

/// <summary>
/// A consumer, for real: a new project in a temporary folder, outside the repository, references Cchc.Scoring from
/// the local package folder only (no project reference), runs the package README's example and prints the same
/// scorecards as the library built from source.
/// </summary>
public sealed class PackageConsumerTests
{
    [PackageFact]
    public void Package_FreshConsumerProject_ScoresTheBuiltInPlan()
    {
        string source = Path.GetFullPath(Environment.GetEnvironmentVariable(PackageFactAttribute.Variable)!);
        string version = Regex.Match(RepositoryFiles.Read("Directory.Build.props"), "<Version>([^<]+)</Version>").Groups[1].Value;
        string nupkg = Path.Combine(source, "Cchc.Scoring." + version + ".nupkg");
        Assert.True(File.Exists(nupkg), nupkg + " does not exist: run dotnet pack -o " + source);

        string dir = Path.Combine(Path.GetTempPath(), "cchc-consumer-" + Guid.NewGuid().ToString("N"));
        string packages = Path.Combine(dir, "packages");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $$"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <InvariantGlobalization>true</InvariantGlobalization>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Cchc.Scoring" Version="{{version}}" />
                  </ItemGroup>
                </Project>
                """);
            // The machine's own package sources (for NodaTime) plus the folder the package was packed to.
            File.WriteAllText(Path.Combine(dir, "nuget.config"), $$"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="cchc-local" value="{{source}}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(dir, "Program.cs"), ReadmeExample() + "\nConsole.WriteLine(\"assembly: \" + typeof(Scorer).Assembly.Location);\n");

            var (exitCode, output) = Run(dir, packages, "run", "--project", Path.Combine(dir, "Consumer.csproj"));
            Assert.True(exitCode == 0, "the consumer failed:\n" + output);

            // The package restored is the one packed, byte for byte, and the program ran the assembly from it.
            string restored = Path.Combine(packages, "cchc.scoring", version, "cchc.scoring." + version + ".nupkg");
            Assert.Equal(File.ReadAllBytes(nupkg), File.ReadAllBytes(restored));
            string assembly = output.Split('\n').Single(l => l.StartsWith("assembly: ", StringComparison.Ordinal))["assembly: ".Length..].Trim();
            Assert.StartsWith(Path.Combine(dir, "bin") + Path.DirectorySeparatorChar, Path.GetFullPath(assembly), StringComparison.Ordinal);

            string[] lines = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith("assembly: ", StringComparison.Ordinal)).ToArray();
            Assert.Equal(ExpectedLines(), lines);
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is not a test failure.
            }
        }
    }

    /// <summary>The same scorecards from the library built from source, printed as the README example prints them.</summary>
    private static string[] ExpectedLines()
    {
        var framework = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);
        var result = Scorer.Score(framework, BuiltInFrameworks.GetSample(BuiltInFrameworks.GtvtTienGiang20212025), new ScoringRequest(ReportingPeriod.ForYear(2025)));
        Assert.Equal(9, result.Scorecards.Count);
        return result.Scorecards
            .Select(card => string.Create(CultureInfo.InvariantCulture, $"{card.UnitId}: {card.Points}/{card.MaxPoints} points, index {card.Index}, class {card.Class?.Name.En}"))
            .ToArray();
    }

    /// <summary>The C# example of the package README (src/Cchc.Scoring/README.md).</summary>
    private static string ReadmeExample()
    {
        string readme = RepositoryFiles.Read("src/Cchc.Scoring/README.md");
        int start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static (int ExitCode, string Output) Run(string workingDirectory, string packages, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A clean build: nothing inherited from the test run's MSBuild, and a package folder of its own so that a
        // package of the same version cached earlier cannot stand in for the one just packed.
        foreach (string key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["NUGET_PACKAGES"] = packages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 5 minutes\n" + stdout + stderr.Result);
        }

        return (process.ExitCode, stdout + (process.ExitCode == 0 ? string.Empty : stderr.Result));
    }
}
