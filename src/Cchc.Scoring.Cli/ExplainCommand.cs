using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc explain</c>: prints how a unit's points came about, indicator by indicator, and where it can improve.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = JobOptions.ForScoring();
        var unit = new Option<string>("--unit", "-u")
        {
            Description = "The unit to explain.",
            HelpName = "UNIT",
            Required = true,
        };
        var indicator = new Option<string>("--indicator", "-i")
        {
            Description = "Explain only this indicator (default: every indicator, then where to improve).",
            HelpName = "CODE",
        };
        var lang = CliApp.LanguageOption();
        var command = new Command("explain", "Explain a unit's points: submissions and revisions used, baseline, rule, formula, rounding; and where to improve.");
        foreach (var option in inputs.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(unit);
        command.Options.Add(indicator);
        command.Options.Add(lang);
        command.SetAction(parse =>
        {
            string unitId = parse.GetValue(unit)!;
            string? code = parse.GetValue(indicator);
            var texts = Texts.For(parse.GetValue(lang));
            var problems = new List<Problem>();
            var loaded = inputs.Load(parse, error, problems, choosePeriod: true, out int exit);
            if (loaded is null)
            {
                return exit;
            }

            if (!loaded.Submissions.UnitIds.Contains(unitId, System.StringComparer.Ordinal))
            {
                problems.Add(Suggest.UnknownUnit(unitId, loaded.Submissions.UnitIds));
                return CliApp.Fail(error, problems);
            }

            if (code is not null && loaded.Framework.FindIndicator(code) is null)
            {
                problems.Add(Suggest.UnknownIndicator(loaded.Framework, code));
                return CliApp.Fail(error, problems);
            }

            var result = Scorer.Score(loaded.Framework, loaded.Submissions, loaded.Request([unitId]));
            problems.AddRange(result.Problems);
            if (problems.Any(p => p.Severity == Severity.Error))
            {
                return CliApp.Fail(error, problems);
            }

            CliApp.Report(error, problems);
            Write(output, result.Find(unitId)!, code, texts);
            return CliApp.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, Scorecard card, string? code, Texts texts)
    {
        var lang = texts.Language;
        string name = card.Unit is null ? string.Empty : " " + card.Unit.Name.Get(lang);
        string index = card.Index is decimal ix ? Format.Fixed2(ix) : "-";
        Format.Line(output, card.UnitId + name + (card.IsRollUp ? " (" + texts.RollUpNote + ")" : string.Empty) + " — " + texts.Period + " " + card.Period.ToString()
            + ": " + Format.Exact(card.Points) + "/" + Format.Exact(card.MaxPoints) + ", " + texts.Index + " " + index + ", " + texts.Class + " " + (card.Class?.Name.Get(lang) ?? "-"));
        if (card.Bonus != 0 || card.Deduction != 0)
        {
            Format.Line(output, texts.Bonus + " +" + Format.Exact(card.Bonus) + ", " + texts.Deduction + " −" + Format.Exact(card.Deduction));
            foreach (var adjustment in card.Adjustments)
            {
                Format.Line(output, "  " + (adjustment.Points > 0 ? "+" : string.Empty) + Format.Exact(adjustment.Points) + " " + adjustment.Reason);
            }
        }

        Format.Line(output, texts.Fingerprint + ": " + card.Fingerprint);
        foreach (var score in card.Indicators.Where(s => code is null || s.Indicator.Code == code))
        {
            Format.Line(output);
            output.Write(score.Trace.Render(lang));
        }

        if (code is not null)
        {
            return;
        }

        Format.Line(output);
        Format.Line(output, texts.WhereToImprove + ":");
        var items = Improvement.For(card);
        if (items.Count == 0)
        {
            Format.Line(output, "  " + texts.NothingToImprove);
            return;
        }

        var rows = new List<string[]> { new[] { texts.Indicator, texts.Name, texts.PointsAvailable, texts.IndexGain, texts.Now, texts.Needed, texts.MoreItems } };
        rows.AddRange(items.Select(item => new[]
        {
            item.Score.Indicator.Code,
            ScoreTable.Truncate(item.Score.Indicator.Name.Get(lang), ScoreTable.NameWidth),
            Format.Short(item.PointsAvailable),
            "+" + Format.Short(item.IndexGain),
            item.Score.Value is decimal v ? Format.Short(v) : texts.StatusWord(item.Score.Status),
            item.ValueNeeded is decimal needed ? item.Comparison.Symbol() + " " + Format.Short(needed) : "-",
            item.ItemsNeeded is decimal more ? "+" + Format.Exact(more) : "-",
        }));
        Format.Table(output, rows, new HashSet<int> { 2, 3, 4, 6 }, "  ");
    }
}
