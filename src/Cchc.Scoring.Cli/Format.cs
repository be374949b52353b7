using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>Culture-invariant number formatting and plain aligned text tables.</summary>
internal static class Format
{
    /// <summary>An exact decimal, without trailing zeros: 87.5, 100, 66.666666666666666666666666667.</summary>
    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A decimal rounded to at most two places for reading: 66.67, 87.5, 100.</summary>
    public static string Short(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A decimal with exactly two places: 87.50.</summary>
    public static string Fixed2(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The target an indicator score is compared with: the effective target, or the framework's fixed value when none was formed.</summary>
    public static decimal? EffectiveTarget(IndicatorScore score) =>
        score.Target ?? (score.Indicator.Target.IsBaselineRelative ? null : score.Indicator.Target.Value);

    /// <summary>Writes a line ending with <c>\n</c> whatever the platform, so output is the same everywhere.</summary>
    public static void Line(TextWriter writer, string text = "") => writer.Write(text + "\n");

    /// <summary>Writes rows as columns separated by two spaces; columns flagged in <paramref name="rightAligned"/> are right-aligned.</summary>
    public static void Table(TextWriter writer, IReadOnlyList<string[]> rows, IReadOnlySet<int> rightAligned, string indent = "")
    {
        if (rows.Count == 0)
        {
            return;
        }

        int columns = rows.Max(r => r.Length);
        var widths = new int[columns];
        foreach (var row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], Width(row[c]));
            }
        }

        foreach (var row in rows)
        {
            var sb = new StringBuilder(indent);
            for (int c = 0; c < row.Length; c++)
            {
                string cell = row[c];
                int pad = widths[c] - Width(cell);
                bool last = c == row.Length - 1;
                if (c > 0)
                {
                    sb.Append("  ");
                }

                if (rightAligned.Contains(c))
                {
                    sb.Append(' ', pad).Append(cell);
                }
                else
                {
                    sb.Append(cell);
                    if (!last)
                    {
                        sb.Append(' ', pad);
                    }
                }
            }

            Line(writer, sb.ToString().TrimEnd());
        }
    }

    /// <summary>The number of characters as seen on screen (combining marks do not count).</summary>
    public static int Width(string text) => new StringInfo(text.Normalize(NormalizationForm.FormC)).LengthInTextElements;

    /// <summary>A field quoted as RFC 4180 asks: in double quotes when it holds a comma, quote, or line break.</summary>
    public static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>"1 file", "2 files".</summary>
    public static string Count(int n, string singular, string plural) => Int(n) + " " + (n == 1 ? singular : plural);
}
