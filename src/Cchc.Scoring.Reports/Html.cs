using System.Text;

namespace Cchc.Scoring.Reports;

/// <summary>HTML escaping for text and attribute values.</summary>
internal static class Html
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c> so that any text is safe in element content and in quoted attribute values;
    /// other characters (Vietnamese letters included) are kept as they are (the file is UTF-8). Characters XML cannot
    /// hold (control characters other than tab, line feed and carriage return, U+FFFE, U+FFFF and lone surrogates:
    /// <see cref="XmlSafe"/>, the helper the workbook uses too) and DEL become U+FFFD.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        text = XmlSafe.Clean(text);

        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\u007F' => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(replacement);
        }

        return sb?.ToString() ?? text;
    }
}
