using System.Text;

namespace Cchc.Scoring.Office;

/// <summary>
/// The one place where text is made safe for XML (the parts of the workbooks, forms and Word report) and HTML (the page
/// and its SVG charts); one source file compiled into the Reports and Forms packages, which must not depend on each other:
/// every character XML 1.0 cannot hold becomes U+FFFD. Those are the control characters other than tab, line feed
/// and carriage return, the non-characters U+FFFE and U+FFFF, and a surrogate that is not half of a pair (a lone
/// high or low surrogate, or a pair in the wrong order). Everything else, Vietnamese letters and characters beyond
/// U+FFFF (written as pairs) included, is kept as it is.
/// </summary>
internal static class XmlSafe
{
    /// <summary>The replacement of a character XML cannot hold.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The text with every character XML cannot hold replaced by U+FFFD; the same instance when there is none.</summary>
    public static string Clean(string text)
    {
        int first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            int length = ValidLength(text, i);
            if (length == 0)
            {
                sb.Append(Replacement);
            }
            else
            {
                sb.Append(text, i, length);
                i += length - 1;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// At most <paramref name="max"/> characters of <paramref name="text"/>, never cutting a surrogate pair in two
    /// (one character fewer when the cut would fall inside a pair).
    /// </summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        return char.IsHighSurrogate(text[max - 1]) && char.IsLowSurrogate(text[max]) ? text[..(max - 1)] : text[..max];
    }

    /// <summary>The position of the first character XML cannot hold; -1 for none.</summary>
    private static int FirstInvalid(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int length = ValidLength(text, i);
            if (length == 0)
            {
                return i;
            }

            i += length - 1;
        }

        return -1;
    }

    /// <summary>How many characters at <paramref name="at"/> form one character XML can hold: 1, 2 (a surrogate pair), or 0.</summary>
    private static int ValidLength(string text, int at)
    {
        char c = text[at];
        if (char.IsHighSurrogate(c))
        {
            return at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]) ? 2 : 0;
        }

        return c switch
        {
            '\t' or '\n' or '\r' => 1,
            < ' ' => 0,
            _ when char.IsLowSurrogate(c) => 0,
            '\uFFFE' or '\uFFFF' => 0,
            _ => 1,
        };
    }
}
