using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc frameworks</c>: lists the built-in frameworks.</summary>
internal static class FrameworksCommand
{
    private static readonly HashSet<int> Numbers = [3, 4];

    public static Command Create(TextWriter output)
    {
        var lang = CliApp.LanguageOption();
        var command = new Command("frameworks", "List the built-in frameworks: id, version, name, number of indicators and total points.")
        {
            lang,
        };
        command.SetAction(parse => Run(output, Texts.For(parse.GetValue(lang))));
        return command;
    }

    private static int Run(TextWriter output, Texts texts)
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
}
