using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>
/// Frameworks from the command line: a framework file given in the same <c>validate</c> call, override files in
/// every command, formula rules, and custom rules from an assembly (<c>--rules</c>).
/// </summary>
public sealed class FrameworkInputTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private static string DocBlock(string doc, string marker)
    {
        string text = RepositoryFiles.Read(doc).Replace("\r\n", "\n", StringComparison.Ordinal);
        int at = text.IndexOf("<!-- " + marker + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, marker + " not found in " + doc);
        int start = text.IndexOf('\n', text.IndexOf("```", at, StringComparison.Ordinal)) + 1;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Newcomer1_validate_uses_a_framework_file_of_the_same_call_for_the_submissions_that_name_it()
    {
        string data = Path.Combine(RepositoryFiles.Root, "docs", "examples", "data");
        string[] submissions = Directory.GetFiles(Path.Combine(data, "submissions"), "*.json").Order(StringComparer.Ordinal).ToArray();

        var run = Cli.Run(["validate", Path.Combine(data, "framework.json"), .. submissions]);

        // Before: "unknown-framework: Framework 'example-framework' is not built in".
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Format(1 + submissions.Length) + " files checked: 0 errors, 0 warnings.", run.OutputLines[^1]);

        // Submissions first, framework last: the order on the command line does not matter.
        var reversed = Cli.Run(["validate", .. submissions, Path.Combine(data, "framework.json")]);
        Assert.True(reversed.ExitCode == 0, reversed.ToString());
    }

    private static string Format(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Newcomer1_built_in_frameworks_still_serve_the_submissions_that_name_them()
    {
        string path = _data.Write("gtvt.json", SubmissionJson.Write(BuiltInFrameworks.GetSample("gtvt-tiengiang-2021-2025"), "gtvt-tiengiang-2021-2025"));

        var run = Cli.Run("validate", path, _data.FrameworkPath);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Newcomer2_every_command_scores_with_an_override_file_over_its_built_in_base()
    {
        string path = _data.Write("tg-2024.json", DocBlock("docs/overrides.md", "example: override"));

        var score = Cli.Run("score", "-f", path, "--format", "json");
        Assert.True(score.ExitCode == 0, score.ToString());
        Assert.Equal("1.0.0+tg-2024@1.0.0", JsonDocument.Parse(score.Output).RootElement.GetProperty("version").GetString());

        // T02 is worth 6 points in the override (5 in the base): QLKCHT's 70.40… % against 85 earns 70.404587… × 6 ÷ 85 = 4.97.
        var csv = Cli.Run("score", "-f", path, "--format", "csv", "-u", "QLKCHT");
        Assert.Equal("4.97", Csv.Parse(csv.Output).Single(r => r[3] == "T02")[8]);

        string report = Path.Combine(_data.Directory, "r.html");
        foreach (var args in new[]
        {
            new[] { "rank", "-f", path },
            ["explain", "-f", path, "-u", "QLKCHT", "-i", "T24"],
            ["trajectory", "-f", path, "-i", "T02"],
            ["history", "-f", path, "-u", "QLKCHT", "-i", "T02"],
            ["report", "-f", path, "-o", report],
            ["validate", path],
        })
        {
            var run = Cli.Run(args);
            Assert.True(run.ExitCode == 0, string.Join(" ", args) + "\n" + run);
        }
    }

    [Fact]
    public void Newcomer2_an_override_of_a_framework_that_is_not_built_in_takes_its_base_from_base_option()
    {
        string layer = _data.Write("ov.json", """
            { "id": "ov", "version": "1", "base": { "id": "test-fw", "version": "1.0" }, "change": [ { "indicator": "A1", "target": { "value": 99 } } ] }
            """);

        var without = Cli.Run("score", "-f", layer, "-s", _data.SubmissionsPath);
        var with = Cli.Run("score", "-f", layer, "--base", _data.FrameworkPath, "-s", _data.SubmissionsPath, "--format", "csv", "--lang", "en", "-u", "VP");
        var validate = Cli.Run("validate", layer, _data.FrameworkPath, _data.SubmissionsPath);

        Assert.Equal(1, without.ExitCode);
        Assert.Equal(layer + ": $.base.id: error unknown-framework: This override file's base framework 'test-fw' is not built in (the built-in frameworks are gtvt-tiengiang-2021-2025, index766-2022, par-department-2025); give its framework file with --base FILE.", Assert.Single(without.ErrorLines));
        Assert.True(with.ExitCode == 0, with.ToString());
        // A1 of VP: 98.5 % against the override's 99: not met, 98.5 × 40 ÷ 99 = 39.797… → 39.8.
        Assert.Equal(["not met", "98.5", "99", "39.8"], Csv.Parse(with.Output).Single(r => r[3] == "A1").Skip(5).Take(4).ToArray());
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void Newcomer10_the_formula_example_validates_and_scores_from_the_tool()
    {
        string framework = _data.Write("formula-fw.json", DocBlock("docs/extending.md", "example: formula-framework"));
        string submissions = _data.Write("formula-sub.json", """
            { "framework": "formula-example", "submissions": [
              { "unit": "VP", "period": "2025", "indicator": "T02", "recordedAt": "2026-01-10T02:00:00Z", "numerator": 875, "denominator": 1000 } ] }
            """);

        var validate = Cli.Run("validate", framework, submissions);
        var score = Cli.Run("score", "-f", framework, "-s", submissions, "--format", "csv", "--lang", "en");

        // Before: "unknown-rule: Unknown rule kind 'formula'". min(1, 87.5 ÷ 90) × 10 = 9.7222… → 9.72.
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.True(score.ExitCode == 0, score.ToString());
        Assert.Equal("9.72", Csv.Parse(score.Output).Single(r => r[3] == "T02")[8]);
    }

    /// <summary>Compiles C# into a class library that references Cchc.Scoring, in the test's folder.</summary>
    private string Compile(string name, string code)
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = trusted.Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Framework).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        string usings = "using System; using System.Collections.Generic; using System.Globalization; using System.Text.Json; using Cchc.Scoring; using Cchc.Scoring.Rules;\n";
        var compilation = CSharpCompilation.Create(
            name + "-" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(usings + code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        string path = Path.Combine(_data.Directory, name + ".dll");
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return path;
    }

    [Fact]
    public void Newcomer10_rules_loads_the_documented_custom_rule_from_an_assembly()
    {
        string rules = Compile("Tolerance", DocBlock("docs/extending.md", "code: rule"));
        string framework = _data.Write("tolerance-framework.json", DocBlock("docs/extending.md", "example: tolerance-framework"));
        string submissions = _data.Write("tolerance-submissions.json", DocBlock("docs/extending.md", "example: tolerance-submissions"));

        var without = Cli.Run("score", "-f", framework, "-s", submissions);
        var score = Cli.Run("score", "-f", framework, "-s", submissions, "--rules", rules, "--format", "csv", "--lang", "en");
        var validate = Cli.Run("validate", framework, submissions, "--rules", rules);

        Assert.Equal(1, without.ExitCode);
        Assert.Contains("error unknown-rule: ", without.Error, StringComparison.Ordinal);
        Assert.True(score.ExitCode == 0, score.ToString());
        // 87 % misses ≥ 90 by 3 ≤ 5: 0.5 × 10 = 5 points, as docs/extending.md prints.
        Assert.Equal("5", Csv.Parse(score.Output).Single(r => r[3] == "T02")[8]);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    public static TheoryData<string, string?, string> BrokenRules() => new()
    {
        { "missing", null, ": error unreadable-file: The file does not exist." },
        { "text", "not an assembly", ": error invalid-rules-assembly: This is not a .NET assembly." },
        { "empty", "public static class Nothing { public static int Answer => 42; }", ": error invalid-rules-assembly: The assembly has no rule factory: a public static property or field of type IRuleFactory on a public type (see docs/extending.md)." },
        { "throwing", "public static class Broken { public static IRuleFactory Factory => throw new InvalidOperationException(\"no licence\"); }", ": error invalid-rules-assembly: Broken.Factory throws: no licence" },
        { "builtin", "public static class Again { public static IRuleFactory Factory { get; } = RuleRegistry.Default.Find(\"threshold\")!; }", ": error invalid-rules-assembly: Again.Factory cannot be registered: A rule of kind 'threshold' is already registered." },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Newcomer10_a_rules_assembly_that_cannot_be_used_is_a_located_problem(string name, string? code, string expected)
    {
        string path = Path.Combine(_data.Directory, name + ".dll");
        if (name == "text")
        {
            File.WriteAllText(path, code);
        }
        else if (code is not null)
        {
            path = Compile(name, code);
        }

        foreach (var args in new[]
        {
            new[] { "score", "--rules", path },
            ["validate", _data.FrameworkPath, "--rules", path],
            ["diff", "gtvt-tiengiang-2021-2025", "index766-2022", "--rules", path],
        })
        {
            var run = Cli.Run(args);
            Assert.Equal(1, run.ExitCode);
            Assert.False(run.HasStackTrace, run.ToString());
            Assert.Contains(path + expected, run.Output + run.Error, StringComparison.Ordinal);
        }
    }
}
