using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cchc.Scoring;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc rank</c>: ranks units by index (equal indices share a rank), optionally within groups by kind.</summary>
internal static class RankCommand
{
    private static readonly HashSet<int> Numbers = [0, 3, 5];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = JobOptions.ForScoring();
        var groupBy = new Option<string>("--group-by", "-g")
        {
            Description = "Rank within groups: 'kind' ranks units of each kind separately.",
            HelpName = "kind",
        };
        groupBy.AcceptOnlyFromAmong("kind");
        var format = new Option<string>("--format")
        {
            Description = "The output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = CliApp.LanguageOption();
        var command = new Command("rank", "Rank units by index: ranks, indices and classes (equal indices share a rank: 1, 2, 2, 4).");
        foreach (var option in inputs.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(groupBy);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.SetAction(parse =>
        {
            var problems = new List<Problem>();
            var loaded = inputs.Load(parse, error, problems, choosePeriod: true, out int exit);
            if (loaded is null)
            {
                return exit;
            }

            var result = Scorer.Score(loaded.Framework, loaded.Submissions, loaded.Request(null));
            problems.AddRange(result.Problems);
            if (problems.Any(p => p.Severity == Severity.Error))
            {
                return CliApp.Fail(error, problems);
            }

            CliApp.Report(error, problems);
            bool grouped = parse.GetValue(groupBy) == "kind";
            var ranking = Ranking.Rank(result.Scorecards, grouped ? Ranking.ByKind : null);
            var texts = Texts.For(parse.GetValue(lang));
            bool table = parse.GetValue(format) != "json";
            var facts = new InputFacts(parse.GetValue(inputs.Period!) is null, parse.GetValue(inputs.Submissions) is null);
            Notices.ForScoring(error, result, texts, facts, inHeading: table);
            if (!table)
            {
                WriteJson(output, result, ranking, grouped);
            }
            else
            {
                WriteTable(output, result, ranking, grouped, texts, facts);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, ScoringResult result, IReadOnlyList<RankedScorecard> ranking, bool grouped, Texts texts, InputFacts facts)
    {
        var lang = texts.Language;
        ScoreTable.Heading(output, result.Framework, texts);
        Format.Line(output, Notices.PeriodLine(texts, result.Request.Period, facts.DefaultPeriod));
        if (result.Request.AsOf is Instant at)
        {
            Format.Line(output, texts.AsOf + ": " + InstantPattern.ExtendedIso.Format(at));
        }

        Format.Line(output, texts.Fingerprint + ": " + result.Fingerprint);
        Notices.SampleLine(output, texts, facts);
        bool lacking = ranking.Any(r => Coverage.Of(r.Scorecard).Lacking);
        foreach (var group in ranking.GroupBy(r => r.Group, System.StringComparer.Ordinal))
        {
            Format.Line(output);
            if (grouped)
            {
                Format.Line(output, texts.Kind + ": " + texts.KindWord(group.Key));
            }

            var header = new List<string> { texts.Rank, texts.Unit, texts.Name, texts.Index, texts.Class };
            if (lacking)
            {
                header.Add(texts.NoData);
            }

            var rows = new List<string[]> { header.ToArray() };
            rows.AddRange(group.Select(r =>
            {
                var row = new List<string>
                {
                    r.Rank is int rank ? Format.Int(rank) : "-",
                    r.Scorecard.UnitId + (r.Scorecard.IsRollUp ? ScoreTable.RollUpMark : string.Empty),
                    r.Scorecard.Unit?.Name.Get(lang) ?? string.Empty,
                    ScoreTable.IndexCell(r.Scorecard),
                    r.Class?.Name.Get(lang) ?? "-",
                };
                if (lacking)
                {
                    row.Add(Coverage.Of(r.Scorecard).Cell);
                }

                return row.ToArray();
            }));
            Format.Table(output, rows, Numbers);
        }

        ScoreTable.Footnotes(output, texts, ranking.Any(r => r.Scorecard.IsRollUp), lacking);
        ScoreTable.PartialFootnote(output, texts, ranking.Any(r => r.Scorecard.Coverage.IsPartial));
    }

    private static void WriteJson(TextWriter output, ScoringResult result, IReadOnlyList<RankedScorecard> ranking, bool grouped)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("framework", result.Framework.Id);
            w.WriteString("version", result.Framework.Version);
            w.WriteString("period", result.Request.Period.ToString());
            if (result.Request.AsOf is Instant at)
            {
                w.WriteString("asOf", InstantPattern.ExtendedIso.Format(at));
            }

            if (result.Request.RollUpUnits)
            {
                w.WriteBoolean("rollUpUnits", true);
            }

            if (grouped)
            {
                w.WriteString("groupBy", "kind");
            }

            w.WriteString("fingerprint", result.Fingerprint);
            w.WriteStartArray("ranks");
            foreach (var r in ranking)
            {
                w.WriteStartObject();
                if (grouped)
                {
                    w.WriteString("group", r.Group);
                }

                if (r.Rank is int rank)
                {
                    w.WriteNumber("rank", rank);
                }
                else
                {
                    w.WriteNull("rank");
                }

                w.WriteString("unit", r.Scorecard.UnitId);
                if (r.Scorecard.Unit is not null)
                {
                    w.WriteString("kind", r.Scorecard.Unit.Kind);
                }

                if (r.Index is decimal index)
                {
                    w.WriteNumber("index", index);
                }
                else
                {
                    w.WriteNull("index");
                }

                w.WriteString("class", r.Class?.Code);
                if (r.Scorecard.Coverage.IsPartial)
                {
                    w.WriteBoolean("partial", true);
                }

                w.WriteString("fingerprint", r.Scorecard.Fingerprint);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }
}
