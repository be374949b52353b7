using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary>The table of <c>cchc score</c>: a heading, one line per unit, and with detail each unit's indicators and their explanations.</summary>
internal static class ScoreTable
{
    /// <summary>The widest indicator name printed in the detail table; a longer one is cut and ends with <c>…</c>.</summary>
    public const int NameWidth = 48;

    /// <summary>The mark of a rolled-up unit.</summary>
    public const string RollUpMark = "*";

    /// <summary>The mark of a "not met" indicator whose points were rounded to the maximum.</summary>
    public const string RoundedMark = "†";

    private static readonly HashSet<int> SummaryNumbers = [2, 3, 4, 6];
    private static readonly HashSet<int> DetailNumbers = [2, 3];

    public static void Write(TextWriter output, ScoringResult result, Texts texts, bool detail, InputFacts facts)
    {
        var lang = texts.Language;
        var framework = result.Framework;
        var period = result.Request.Period;
        Heading(output, framework, texts);
        Format.Line(output, Notices.PeriodLine(texts, period, facts.DefaultPeriod));
        if (result.Request.AsOf is Instant at)
        {
            Format.Line(output, texts.AsOf + ": " + InstantPattern.ExtendedIso.Format(at));
        }

        Notices.SampleLine(output, texts, facts);
        Format.Line(output);
        string P(decimal points) => points.ToString("F" + Format.Int(framework.Rounding.Digits), CultureInfo.InvariantCulture);
        var coverage = result.Scorecards.Select(Coverage.Of).ToArray();
        bool lacking = coverage.Any(c => c.Lacking);
        var header = new List<string> { texts.Unit, texts.Name, texts.Points, texts.Max, texts.Index, texts.Class };
        if (lacking)
        {
            header.Add(texts.NoData);
        }

        var rows = new List<string[]> { header.ToArray() };
        rows.AddRange(result.Scorecards.Select((card, i) =>
        {
            var row = new List<string>
            {
                card.UnitId + (card.IsRollUp ? RollUpMark : string.Empty),
                card.Unit?.Name.Get(lang) ?? string.Empty,
                P(card.Points),
                P(card.MaxPoints),
                IndexCell(card),
                card.Class?.Name.Get(lang) ?? "-",
            };
            if (lacking)
            {
                row.Add(coverage[i].Cell);
            }

            return row.ToArray();
        }));
        Format.Table(output, rows, SummaryNumbers);
        Footnotes(output, texts, result.Scorecards.Any(c => c.IsRollUp), lacking);
        PartialFootnote(output, texts, result.Scorecards.Any(c => c.Coverage.IsPartial));

        if (!detail)
        {
            return;
        }

        bool rounded = false;
        foreach (var card in result.Scorecards)
        {
            Format.Line(output);
            string name = card.Unit is null ? string.Empty : " " + card.Unit.Name.Get(lang);
            string index = IndexCell(card);
            var cardCoverage = Coverage.Of(card);
            Format.Line(output, card.UnitId + (card.IsRollUp ? RollUpMark : string.Empty) + name + ": " + P(card.Points) + "/" + P(card.MaxPoints) + ", " + texts.Index + " " + index + ", " + texts.Class + " " + (card.Class?.Name.Get(lang) ?? "-")
                + (cardCoverage.Lacking ? " (" + texts.LacksData + " " + cardCoverage.Cell + ")" : string.Empty));
            foreach (var area in card.Areas)
            {
                Format.Line(output);
                Format.Line(output, "  " + texts.Area + " " + area.Area.Code + " " + area.Area.Name.Get(lang) + ": " + P(area.Points) + "/" + P(area.MaxPoints));
                var indicatorRows = new List<string[]> { new[] { texts.Indicator, texts.Name, texts.Value, texts.Target, texts.MeasureUnit, texts.Status, texts.Points } };
                var explanations = new List<string[]>();
                foreach (var s in area.Indicators)
                {
                    bool toMax = RoundedToMaximum(s);
                    rounded |= toMax;
                    indicatorRows.Add(
                    [
                        s.Indicator.Code,
                        Truncate(s.Indicator.Name.Get(lang), NameWidth),
                        s.Value is decimal v ? Format.Short(v) : "-",
                        Format.EffectiveTarget(s) is decimal t ? s.Indicator.Target.Comparison.Symbol() + " " + Format.Short(t) : "-",
                        texts.MeasureWord(s.Indicator.UnitOfMeasure),
                        texts.StatusWord(s.Status) + (toMax ? RoundedMark : string.Empty),
                        P(s.Points) + "/" + P(s.MaxPoints),
                    ]);
                    explanations.Add(Explanation(s, lang));
                }

                var buffer = new StringWriter();
                Format.Table(buffer, indicatorRows, DetailNumbers, "    ");
                string[] lines = buffer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Format.Line(output, lines[0]);
                for (int i = 1; i < lines.Length; i++)
                {
                    Format.Line(output, lines[i]);
                    foreach (string line in explanations[i - 1])
                    {
                        Format.Line(output, "        " + line);
                    }
                }
            }
        }

        if (rounded)
        {
            Format.Line(output);
            Format.Line(output, RoundedMark + " " + texts.RoundedToMax);
        }
    }

    /// <summary>The framework line of a heading: name, id and version.</summary>
    public static void Heading(TextWriter output, Framework framework, Texts texts) =>
        Format.Line(output, texts.Framework + ": " + framework.Name.Get(texts.Language) + " (" + framework.Id + ", " + texts.VersionWord + " " + framework.Version + ")");

    /// <summary>The footnotes under a table of units: the roll-up mark and the no-data column.</summary>
    public static void Footnotes(TextWriter output, Texts texts, bool rollUp, bool lacking)
    {
        if (!rollUp && !lacking)
        {
            return;
        }

        Format.Line(output);
        if (rollUp)
        {
            Format.Line(output, RollUpMark + " " + texts.RollUpNote);
        }

        if (lacking)
        {
            Format.Line(output, texts.NoDataFootnote);
        }
    }

    /// <summary>The mark of an index on partial data (sub-periods missing, or a unit rolled up from one that has them).</summary>
    public const string PartialMark = "~";

    /// <summary>An index as a table shows it: <c>~87.50</c> when it is on partial data, <c>-</c> when there is none.</summary>
    public static string IndexCell(Scorecard card) =>
        card.Index is decimal index ? (card.Coverage.IsPartial ? PartialMark : string.Empty) + Format.Fixed2(index) : "-";

    /// <summary>The footnote of the <see cref="PartialMark"/>, when a table shows one.</summary>
    public static void PartialFootnote(TextWriter output, Texts texts, bool partial)
    {
        if (partial)
        {
            Format.Line(output);
            Format.Line(output, StatusTexts.For(texts.Language).PartialFootnote);
        }
    }

    /// <summary>"Not met", yet the points were rounded up to the maximum (e.g. 4.998 → 5.00 of 5).</summary>
    public static bool RoundedToMaximum(IndicatorScore score) =>
        score.Status == IndicatorStatus.NotMet && score.MaxPoints > 0 && score.Points == score.MaxPoints;

    /// <summary>The explanation of an indicator's points in the chosen language, the lines of its trace without the first (code and name, already in the table).</summary>
    public static string[] Explanation(IndicatorScore score, Language language) =>
        score.Trace.Render(language).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();

    /// <summary>A text cut to <paramref name="width"/> characters on screen, ending with <c>…</c> when cut.</summary>
    public static string Truncate(string text, int width)
    {
        if (Format.Width(text) <= width)
        {
            return text;
        }

        var elements = StringInfo.GetTextElementEnumerator(text.Normalize(System.Text.NormalizationForm.FormC));
        var kept = new System.Text.StringBuilder();
        int count = 0;
        while (count < width - 1 && elements.MoveNext())
        {
            kept.Append(elements.GetTextElement());
            count++;
        }

        return kept.ToString().TrimEnd() + "…";
    }
}
