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
        var groupBy = CliApp.GroupByOption();
        var format = CliApp.TableOrJsonOption();
        var compare = CompareOption();
        var lang = CliApp.LanguageOption();
        var command = new Command("rank", "Rank units by index: ranks, indices and classes (equal indices share a rank: 1, 2, 2, 4).");
        foreach (var option in inputs.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(groupBy);
        command.Options.Add(format);
        command.Options.Add(compare);
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
            YearOnYear? yearOnYear = null;
            if (parse.GetValue(compare) is string compareText)
            {
                yearOnYear = CompareWith(compareText, result, loaded, grouped ? Ranking.ByKind : null, error);
                if (yearOnYear is null)
                {
                    return CliApp.UsageError;
                }
            }

            var texts = Texts.For(parse.GetValue(lang));
            bool table = parse.GetValue(format) != "json";
            var facts = new InputFacts(parse.GetValue(inputs.Period!) is null, parse.GetValue(inputs.Submissions) is null);
            Notices.ForScoring(error, result, texts, facts, inHeading: table);
            if (!table)
            {
                WriteJson(output, result, ranking, grouped, yearOnYear);
            }
            else
            {
                WriteTable(output, result, ranking, grouped, texts, facts, yearOnYear);
            }

            return CliApp.Success;
        });
        return command;
    }

    /// <summary>The <c>--compare YEAR|PERIOD</c> option of <c>rank</c>, and <c>--compare YEAR|PERIOD|none</c> of <c>report</c>.</summary>
    public static Option<string> CompareOption(bool forReport = false)
    {
        var compare = new Option<string>("--compare")
        {
            Description = forReport
                ? "Year on year: a year (2024: the same period of that year, 2024-Q1 for 2025-Q1) or an earlier period to compare with; adds a year-on-year section to the HTML report. The Word report compares with the same period of the year before unless told otherwise; none for no comparison."
                : "Year on year: a year (2024: the same period of that year, 2024-Q1 for 2025-Q1) or an earlier period to compare with; adds the previous index, the change and the rank change.",
            HelpName = forReport ? "YEAR|PERIOD|none" : "YEAR|PERIOD",
        };
        compare.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && !(forReport && text == "none") && !IsYear(text, out _) && !ReportingPeriod.TryParse(text, null, out _))
            {
                result.AddError("'" + text + "' is neither a year nor a period: write 2024 or 2024-Q1" + (forReport ? ", or none." : "."));
            }
        });
        return compare;
    }

    /// <summary>Scores the period <c>--compare</c> means (same as-of and roll-up) and compares; null after a usage error is printed.</summary>
    public static YearOnYear? CompareWith(string compareText, ScoringResult result, Job loaded, System.Func<Scorecard, string>? groupBy, TextWriter error)
    {
        var period = result.Request.Period;
        if (Earlier(compareText, period, loaded.Framework.Calendar) is not ReportingPeriod earlier)
        {
            Format.Line(error, "cchc: --compare " + compareText + ": " + period.ToString() + " is a custom range; give the period to compare with, e.g. --compare 2024-01-01..2024-03-31.");
            return null;
        }

        if (earlier.End >= period.Start)
        {
            Format.Line(error, "cchc: --compare " + compareText + ": " + earlier.ToString() + " does not end before " + period.ToString() + " starts; compare with an earlier period.");
            return null;
        }

        var previous = Scorer.Score(loaded.Framework, loaded.Submissions, new ScoringRequest(earlier, loaded.AsOf, null, loaded.RollUp));
        return YearOnYear.Compare(result, previous, groupBy);
    }

    /// <summary>True when <paramref name="text"/> is a bare year (four digits).</summary>
    private static bool IsYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && year >= ReportingPeriod.MinYear && year <= ReportingPeriod.MaxYear;
    }

    /// <summary>The period a <c>--compare</c> value means: the same period of a year, or the period written; null for a year against a custom range.</summary>
    internal static ReportingPeriod? Earlier(string text, ReportingPeriod period, ReportingCalendar calendar)
    {
        if (!IsYear(text, out int year))
        {
            return ReportingPeriod.Parse(text, calendar);
        }

        return period.InYear(year, calendar);
    }

    /// <summary>A change of index, signed, with an arrow: <c>+1.25 ▲</c>, <c>-0.50 ▼</c>, <c>0.00 =</c>; <c>-</c> without one.</summary>
    internal static string ChangeCell(decimal? change) => change switch
    {
        null => "-",
        > 0 => "+" + Format.Fixed2(change.Value) + " ▲",
        < 0 => Format.Fixed2(change.Value) + " ▼",
        _ => Format.Fixed2(0) + " =",
    };

    /// <summary>Places moved: <c>↑2</c>, <c>↓1</c>, <c>=</c>; <c>-</c> without a rank in both periods.</summary>
    internal static string RankChangeCell(int? change) => change switch
    {
        null => "-",
        > 0 => "↑" + Format.Int(change.Value),
        < 0 => "↓" + Format.Int(-change.Value),
        _ => "=",
    };

    private static void WriteTable(TextWriter output, ScoringResult result, IReadOnlyList<RankedScorecard> ranking, bool grouped, Texts texts, InputFacts facts, YearOnYear? yearOnYear)
    {
        var lang = texts.Language;
        ScoreTable.Heading(output, result.Framework, texts);
        Format.Line(output, Notices.PeriodLine(texts, result.Request.Period, facts.DefaultPeriod));
        if (result.Request.AsOf is Instant at)
        {
            Format.Line(output, texts.AsOf + ": " + InstantPattern.ExtendedIso.Format(at));
        }

        Format.Line(output, texts.Fingerprint + ": " + result.Fingerprint);
        var words = StatusTexts.For(lang);
        if (yearOnYear is not null)
        {
            var earlier = yearOnYear.PreviousPeriod;
            Format.Line(output, words.Compared + ": " + earlier.ToString() + " (" + LocalDatePattern.Iso.Format(earlier.Start) + ".." + LocalDatePattern.Iso.Format(earlier.End) + ")");
        }

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

            if (yearOnYear is not null)
            {
                header.AddRange([words.PreviousIndex, words.Change, words.PreviousRank, words.RankChange]);
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

                if (yearOnYear?.Find(r.Scorecard.UnitId) is UnitChange change)
                {
                    row.AddRange(
                    [
                        change.PreviousIndex is decimal before ? Format.Fixed2(before) : "-",
                        ChangeCell(change.Change),
                        change.PreviousRank is int previousRank ? Format.Int(previousRank) : "-",
                        RankChangeCell(change.RankChange),
                    ]);
                }

                return row.ToArray();
            }));
            var numbers = Numbers;
            if (yearOnYear is not null)
            {
                int first = lacking ? 6 : 5;
                numbers = [.. Numbers, first, first + 1, first + 2, first + 3];
            }

            Format.Table(output, rows, numbers);
        }

        ScoreTable.Footnotes(output, texts, ranking.Any(r => r.Scorecard.IsRollUp), lacking);
        ScoreTable.PartialFootnote(output, texts, ranking.Any(r => r.Scorecard.Coverage.IsPartial));
    }

    private static void WriteJson(TextWriter output, ScoringResult result, IReadOnlyList<RankedScorecard> ranking, bool grouped, YearOnYear? yearOnYear)
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
            if (yearOnYear is not null)
            {
                w.WriteString("comparedWith", yearOnYear.PreviousPeriod.ToString());
            }

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

                if (yearOnYear?.Find(r.Scorecard.UnitId) is UnitChange change)
                {
                    WriteNumberOrNull(w, "previousIndex", change.PreviousIndex);
                    WriteNumberOrNull(w, "change", change.Change);
                    WriteNumberOrNull(w, "previousRank", change.PreviousRank);
                    WriteNumberOrNull(w, "rankChange", change.RankChange);
                }

                w.WriteString("fingerprint", r.Scorecard.Fingerprint);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
