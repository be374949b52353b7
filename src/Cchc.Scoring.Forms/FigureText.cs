using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Forms;

/// <summary>How the text of a figure reads: a number, or why not (with a hint for the usual mistakes).</summary>
internal static partial class FigureText
{
    /// <summary>Reads an invariant number (<c>95.5</c>, <c>-3</c>, <c>1E3</c>, the digits a spreadsheet stores); a stored double's noise beyond 15 significant digits is rounded away.</summary>
    public static decimal? Stored(string text)
    {
        text = text.Trim();
        if (!Invariant().IsMatch(text))
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact) && Significant(text) <= 15)
        {
            return Strip(exact);
        }

        // A binary double written with all its digits (0.1 + 0.2 = 0.30000000000000004): what the cell shows is
        // the 15 significant digits a spreadsheet shows.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) && Math.Abs(d) < 7.9e27)
        {
            return Strip((decimal)d);
        }

        return null;
    }

    /// <summary>
    /// Reads a number typed as text. Returns the number, or null with <paramref name="why"/> saying what is wrong and
    /// how to write it; <paramref name="accepted"/> says what was read when a Vietnamese comma decimal was accepted.
    /// </summary>
    public static decimal? Typed(string text, bool vietnamese, bool count, out string? why, out string? accepted)
    {
        why = null;
        accepted = null;
        string t = text.Trim().Replace('\u00A0', ' ');
        if (Stored(t) is decimal d)
        {
            return d;
        }

        if (t.EndsWith('%'))
        {
            why = count
                ? "'" + text + "' is a percent, but a count is asked here: enter the number of items (numerator and denominator), not the rate."
                : "'" + text + "' is written with %: enter the number alone (" + t.TrimEnd('%', ' ') + ").";
            return null;
        }

        if (CommaDecimal().IsMatch(t) && !Grouped().IsMatch(t))
        {
            string dotted = t.Replace(',', '.');
            if (vietnamese && Stored(dotted) is decimal v)
            {
                accepted = "'" + text + "' was read as " + dotted + " (a comma before the decimals, as Vietnamese writes them); write " + dotted + " to be sure.";
                return v;
            }

            why = "'" + text + "' is written with a comma before the decimals: write " + dotted + ".";
            return null;
        }

        if (Grouped().IsMatch(t))
        {
            string plain = t.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
            why = "'" + text + "' has separators between groups of digits: write " + plain + " (or, if the last group were decimals, with a point before them).";
            return null;
        }

        why = "'" + text + "' is not a number: write digits with a point before the decimals, such as 95.5.";
        return null;
    }

    /// <summary>A yes/no answer in Vietnamese or English words, 1/0, TRUE/FALSE or x; null when it is none.</summary>
    public static bool? Answer(string text) => text.Trim().ToLowerInvariant() switch
    {
        "có" or "co" or "yes" or "y" or "1" or "true" or "x" or "đúng" => true,
        "không" or "khong" or "no" or "n" or "0" or "false" or "sai" => false,
        _ => null,
    };

    /// <summary>
    /// Reads an instant: ISO with <c>Z</c> or an offset, else a local date and time (<c>2026-01-10 09:00</c>,
    /// <c>2026-01-10T09:00:00</c>) or a date, at <paramref name="offset"/>. Null with a reason otherwise; a day-first
    /// date (<c>10/01/2026</c>) gets the ISO form in the reason.
    /// </summary>
    public static Instant? Instant(string text, Offset offset, out string? why)
    {
        why = null;
        string t = text.Trim();
        if (InstantPattern.ExtendedIso.Parse(t) is { Success: true } z)
        {
            return z.Value;
        }

        if (OffsetDateTimePattern.ExtendedIso.Parse(t) is { Success: true } o)
        {
            return o.Value.ToInstant();
        }

        foreach (var pattern in new[] { "uuuu-MM-dd'T'HH:mm:ss", "uuuu-MM-dd'T'HH:mm", "uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd HH:mm" })
        {
            if (LocalDateTimePattern.CreateWithInvariantCulture(pattern).Parse(t) is { Success: true } l)
            {
                return l.Value.WithOffset(offset).ToInstant();
            }
        }

        if (LocalDatePattern.Iso.Parse(t) is { Success: true } date)
        {
            return date.Value.AtMidnight().WithOffset(offset).ToInstant();
        }

        var m = DayFirst().Match(t);
        if (m.Success)
        {
            string iso = m.Groups[3].Value + "-" + m.Groups[2].Value.PadLeft(2, '0') + "-" + m.Groups[1].Value.PadLeft(2, '0') + (m.Groups[4].Success ? " " + m.Groups[4].Value.Trim() : string.Empty);
            why = "'" + text + "' is a day-first date, which is ambiguous (03/04 is 3 April or 4 March): write it as yyyy-mm-dd, " + iso + " if the day comes first.";
            return null;
        }

        why = "'" + text + "' is not a date and time: write 2026-01-10 09:00 (local time), 2026-01-10 or 2026-01-10T02:00:00Z.";
        return null;
    }

    /// <summary>An Excel date serial (days since 1899-12-30) as local time at <paramref name="offset"/>; null when out of range.</summary>
    public static Instant? Serial(decimal days, Offset offset)
    {
        if (days < 1 || days > 2_958_465)
        {
            return null;
        }

        var midnight = new LocalDateTime(1899, 12, 30, 0, 0);
        long ms = (long)Math.Round(days * 86_400_000m, MidpointRounding.AwayFromZero);
        return midnight.PlusMilliseconds(ms).WithOffset(offset).ToInstant();
    }

    private static decimal Strip(decimal value) => value / 1.0000000000000000000000000000m;

    private static int Significant(string text)
    {
        int count = 0;
        bool leading = true;
        foreach (char c in text)
        {
            if (c is 'e' or 'E')
            {
                break;
            }

            if (char.IsAsciiDigit(c))
            {
                if (c == '0' && leading)
                {
                    continue;
                }

                leading = false;
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Invariant();

    [GeneratedRegex(@"^[+-]?\d+,\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaDecimal();

    [GeneratedRegex(@"^\d{1,3}([., ]\d{3})+([.,]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})( +\d{1,2}:\d{2}(:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
}
