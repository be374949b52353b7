using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>How <c>--format csv</c> writes: rounded or exact numbers, a byte-order mark, a decimal comma with <c>;</c> between fields.</summary>
/// <param name="Exact">Numbers as computed, not rounded to the framework's digits.</param>
/// <param name="Bom">Start with the UTF-8 byte-order mark, so that Excel reads the file as UTF-8.</param>
/// <param name="DecimalComma">A comma as the decimal separator and <c>;</c> between fields (Excel in Vietnamese, vi-VN).</param>
internal readonly record struct CsvStyle(bool Exact, bool Bom, bool DecimalComma)
{
    /// <summary>The options <c>--exact</c>, <c>--bom</c> and <c>--decimal-comma</c>, added to <paramref name="command"/>; they need <c>--format csv</c>.</summary>
    /// <returns>Reads the style from a parse result.</returns>
    public static Func<ParseResult, CsvStyle> AddOptions(Command command, Option<string> format)
    {
        var exact = new Option<bool>("--exact") { Description = "CSV: write numbers exactly as computed (default: rounded to the framework's digits)." };
        var bom = new Option<bool>("--bom") { Description = "CSV: start with a UTF-8 byte-order mark, so that Excel shows Vietnamese letters when the file is opened by double-click." };
        var decimalComma = new Option<bool>("--decimal-comma") { Description = "CSV: write 95,5 with ';' between fields, as Excel in Vietnamese (vi-VN) expects." };
        command.Options.Add(exact);
        command.Options.Add(bom);
        command.Options.Add(decimalComma);
        command.Validators.Add(result =>
        {
            // Read the tokens, not the values: a bad value of another option must be reported, not thrown.
            string? chosen = result.GetResult(format) is { Implicit: false, Tokens.Count: > 0 } f ? f.Tokens[^1].Value : null;
            if ((chosen is null or "table" or "json") && (Given(result, exact) || Given(result, bom) || Given(result, decimalComma)))
            {
                result.AddError("--exact, --bom and --decimal-comma apply to --format csv only.");
            }
        });
        return parse => new CsvStyle(parse.GetValue(exact), parse.GetValue(bom), parse.GetValue(decimalComma));
    }

    private static bool Given(System.CommandLine.Parsing.CommandResult result, Option<bool> option) =>
        result.GetResult(option) is { Implicit: false } given
        && !(given.Tokens.Count > 0 && string.Equals(given.Tokens[^1].Value, "false", StringComparison.OrdinalIgnoreCase));

    /// <summary>The field separator.</summary>
    public string Separator => DecimalComma ? ";" : ",";

    /// <summary>A number as a field: rounded by <paramref name="rounding"/> unless exact; with a decimal comma when asked.</summary>
    public string Number(decimal value, RoundingPolicy rounding)
    {
        string text = Format.Exact(Exact ? value : rounding.Round(value));
        return DecimalComma ? text.Replace('.', ',') : text;
    }

    /// <summary>
    /// A text field: one that a spreadsheet would take for a formula (it begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
    /// or a carriage return) gets a leading <c>'</c>; then quoted as RFC 4180 asks when it holds the separator, a quote or a line break.
    /// </summary>
    public string Text(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return Quote(field);
    }

    /// <summary>A field quoted when it holds the separator, a double quote or a line break; quotes doubled.</summary>
    public string Quote(string field) =>
        field.Contains(Separator, StringComparison.Ordinal) || field.AsSpan().IndexOfAny("\"\r\n") >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}

/// <summary>The CSV of <c>cchc score</c>: one record per unit and indicator.</summary>
internal static class ScoreCsv
{
    public static void Write(TextWriter output, ScoringResult result, Texts texts, CsvStyle style)
    {
        var lang = texts.Language;
        var rounding = result.Framework.Rounding;
        var sb = new StringBuilder();
        if (style.Bom)
        {
            sb.Append('\uFEFF');
        }

        void Record(string[] words, string[] numbers, string[] tail) =>
            sb.Append(string.Join(style.Separator, words.Select(style.Text).Concat(numbers.Select(style.Quote)).Concat(tail.Select(style.Text)))).Append("\r\n");

        // The last column marks a figure rolled up from part of its sub-periods (e.g. 3 of 4 quarters): "yes"/"có", else empty.
        string partialWord = Glossary.Yes.Get(lang);
        Record(
            [texts.Unit, texts.UnitName, texts.Area, texts.Indicator, texts.IndicatorName, texts.Status],
            [texts.Value, texts.Target, texts.Points, texts.MaxPoints, texts.Index],
            [texts.Class, texts.PartialData]);
        foreach (var card in result.Scorecards)
        {
            string unitName = card.Unit?.Name.Get(lang) ?? string.Empty;
            string index = card.Index is decimal ix ? style.Number(ix, rounding) : string.Empty;
            string band = card.Class?.Name.Get(lang) ?? string.Empty;
            foreach (var area in card.Areas)
            {
                foreach (var s in area.Indicators)
                {
                    Record(
                        [card.UnitId, unitName, area.Area.Code, s.Indicator.Code, s.Indicator.Name.Get(lang), texts.StatusWord(s.Status)],
                        [
                            s.Value is decimal v ? style.Number(v, rounding) : string.Empty,
                            Format.EffectiveTarget(s) is decimal t ? style.Number(t, rounding) : string.Empty,
                            style.Number(s.Points, rounding),
                            style.Number(s.MaxPoints, rounding),
                            index,
                        ],
                        [band, s.IsPartial ? partialWord : string.Empty]);
                }
            }
        }

        output.Write(sb.ToString());
    }
}
