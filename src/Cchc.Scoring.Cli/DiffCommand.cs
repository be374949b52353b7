using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>
/// <c>cchc diff A B</c>: what changed between two frameworks, or between a base framework and an override file laid
/// over it (B is read as an override when it has a <c>"base"</c> and no <c>"areas"</c>).
/// </summary>
internal static class DiffCommand
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var before = new Argument<string>("A")
        {
            Description = "The first framework: a built-in id or a framework file.",
        };
        var after = new Argument<string>("B")
        {
            Description = "The second framework (a built-in id or a framework file), or an override file to lay over A.",
        };
        var command = new Command("diff", "Print what changed between two frameworks, or what an override file changes in its base: indicators added and removed, points, targets, rules, bands.")
        {
            before, after,
        };
        command.SetAction(parse => Run(output, error, parse.GetValue(before)!, parse.GetValue(after)!));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, string beforeSpec, string afterSpec)
    {
        var problems = new List<Problem>();
        var a = Inputs.LoadFramework(beforeSpec, problems);
        Framework? b = null;
        if (a is not null)
        {
            b = IsOverride(afterSpec) ? ApplyOverride(a, afterSpec, problems) : Inputs.LoadFramework(afterSpec, problems);
        }

        if (a is null || b is null)
        {
            return CliApp.Fail(error, problems.Select(p => p.Source is null ? p.WithSource(a is null ? beforeSpec : afterSpec) : p).ToArray());
        }

        CliApp.Report(error, problems);
        var diff = FrameworkDiff.Compare(a, b);
        Format.Line(output, "--- " + a.Id + " " + a.Version);
        Format.Line(output, "+++ " + b.Id + " " + b.Version);
        output.Write(diff.ToString());
        Format.Line(output, diff.IsEmpty ? "No differences." : Format.Count(diff.Changes.Count, "change", "changes") + ".");
        return CliApp.Success;
    }

    private static bool IsOverride(string spec)
    {
        if (!File.Exists(spec))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(spec), DocumentOptions);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("base", out _) && !root.TryGetProperty("areas", out _);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
        catch (System.UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Framework? ApplyOverride(Framework baseFramework, string file, List<Problem> problems)
    {
        string? text = Inputs.ReadText(file, problems);
        if (text is null)
        {
            return null;
        }

        var read = FrameworkOverride.Read(text, file);
        problems.AddRange(read.Problems);
        if (read.Value is null)
        {
            return null;
        }

        var merged = FrameworkOverride.Apply(baseFramework, read.Value);
        problems.AddRange(merged.Problems);
        return merged.Value;
    }
}
