using System.Globalization;
using System.Text;

namespace Cchc.Scoring;

/// <summary>
/// The rule for identifiers in files (unit ids, indicator and area codes): printable text with no white space at either
/// end. Control and format characters, line separators and non-characters are not printable: two ids that print alike
/// must be the same id.
/// </summary>
internal static class Identifiers
{
    /// <summary>Why <paramref name="id"/> is not an identifier, or null when it is.</summary>
    public static string? WhyNot(string id)
    {
        if (id.Length > 0 && (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1])))
        {
            return "has white space at " + (char.IsWhiteSpace(id[0]) ? "the start" : "the end") + ": write '" + Shown(id.Trim()) + "'.";
        }

        foreach (char c in id)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (c is >= '\uFDD0' and <= '\uFDEF') || c is '\uFFFE' or '\uFFFF')
            {
                return "holds the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ", which does not print: an identifier is printable text.";
            }
        }

        return null;
    }

    /// <summary>Reports <paramref name="id"/> when it is not an identifier; true when it is.</summary>
    internal static bool Check(string id, string path, string field, ProblemBag bag)
    {
        if (WhyNot(id) is not string why)
        {
            return true;
        }

        bag.Error(ProblemCodes.InvalidValue, path, "'" + field + "' '" + Shown(id) + "' " + why);
        return false;
    }

    /// <summary>The text with characters that do not print shown as \uXXXX.</summary>
    public static string Shown(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (char c in id)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
                || (c is >= '\uFDD0' and <= '\uFDEF') || c is '\uFFFE' or '\uFFFF')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
