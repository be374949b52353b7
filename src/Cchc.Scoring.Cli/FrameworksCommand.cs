using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc frameworks</c>: lists the built-in frameworks, or writes one of them (or its sample submissions) as a starter file.</summary>
internal static class FrameworksCommand
{
    private static readonly HashSet<int> Numbers = [3, 4];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var lang = CliApp.LanguageOption();
        var export = new Option<string>("--export")
        {
            Description = "Write the JSON of this built-in framework, to start a framework file of your own from it.",
            HelpName = "ID",
        };
        var sample = new Option<string>("--sample")
        {
            Description = "Write the sample submissions of this built-in framework (synthetic figures), to start a submissions file from them.",
            HelpName = "ID",
        };
        var outFile = new Option<string>("--out", "-o")
        {
            Description = "With --export or --sample: the file to write (replaced if it exists; default: standard output).",
            HelpName = "FILE",
        };
        var command = new Command("frameworks", "List the built-in frameworks: id, version, name, number of indicators and total points; or write one (--export) or its sample submissions (--sample).")
        {
            lang, export, sample, outFile,
        };
        command.Validators.Add(result =>
        {
            bool exporting = result.GetResult(export) is not null, sampling = result.GetResult(sample) is not null;
            if (exporting && sampling)
            {
                result.AddError("Give --export or --sample, not both.");
            }
            else if (!exporting && !sampling && result.GetResult(outFile) is not null)
            {
                result.AddError("--out needs --export ID or --sample ID.");
            }
        });
        command.SetAction(parse =>
        {
            var texts = Texts.For(parse.GetValue(lang));
            if (parse.GetValue(export) is string frameworkId)
            {
                return Write(output, error, frameworkId, sample: false, parse.GetValue(outFile));
            }

            if (parse.GetValue(sample) is string sampleId)
            {
                return Write(output, error, sampleId, sample: true, parse.GetValue(outFile));
            }

            return List(output, texts);
        });
        return command;
    }

    private static int List(TextWriter output, Texts texts)
    {
        var rows = new List<string[]> { new[] { texts.Id, texts.Version, texts.Name, texts.IndicatorCount, texts.TotalPoints } };
        foreach (string id in BuiltInFrameworks.Ids)
        {
            var framework = BuiltInFrameworks.Get(id);
            rows.Add([id, framework.Version, framework.Name.Get(texts.Language), Format.Int(framework.Indicators.Count()), Format.Exact(framework.TotalPoints)]);
        }

        Format.Table(output, rows, Numbers);
        if (rows.Count == 1)
        {
            Format.Line(output, texts.NoFrameworks);
        }

        return CliApp.Success;
    }

    /// <summary>Writes a built-in framework's JSON, or its sample submissions, to a file or standard output.</summary>
    private static int Write(TextWriter output, TextWriter error, string id, bool sample, string? path)
    {
        if (!BuiltInFrameworks.Ids.Contains(id, StringComparer.Ordinal))
        {
            string? closest = Suggestions.Closest(id, BuiltInFrameworks.Ids, least: 2);
            return CliApp.Fail(error, [new Problem(ProblemCodes.UnknownFramework, "'" + id + "' is not a built-in framework" + (closest is null ? string.Empty : "; did you mean '" + closest + "'?") + "; " + Inputs.BuiltInList() + ".")]);
        }

        string text;
        if (sample)
        {
            try
            {
                text = SubmissionJson.Write(BuiltInFrameworks.GetSample(id), id);
            }
            catch (KeyNotFoundException)
            {
                return CliApp.Fail(error, [new Problem(ProblemCodes.UnknownFramework, "The built-in framework '" + id + "' has no sample submissions.")]);
            }
        }
        else
        {
            text = BuiltInFrameworks.GetJson(id);
        }

        if (!text.EndsWith('\n'))
        {
            text += "\n";
        }

        if (path is null)
        {
            output.Write(text);
            return CliApp.Success;
        }

        byte[] bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        return OutputFile.Write(path, stream => stream.Write(bytes)) is Problem problem ? CliApp.Fail(error, [problem]) : CliApp.Success;
    }
}
