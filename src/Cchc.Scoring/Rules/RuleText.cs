using System;

namespace Cchc.Scoring.Rules;

/// <summary>Language-neutral arithmetic text shared by the built-in rules.</summary>
internal static class RuleText
{
    /// <summary>A rule's arithmetic: its points with the text written along, or without it (null) when only the points are wanted.</summary>
    public delegate decimal Arithmetic(in RuleInput input, System.Text.StringBuilder? text);

    /// <summary>The text a rule's arithmetic writes for an input (what <see cref="IScoringRule.Explain"/> returns).</summary>
    public static string Written(in RuleInput input, Arithmetic arithmetic)
    {
        var text = new System.Text.StringBuilder();
        arithmetic(input, text);
        return text.ToString();
    }

    /// <summary>A number as written in a formula: at most 6 decimals, "…" when more were cut.</summary>
    public static string N(decimal value) => Num.Cut(value);

    /// <summary>The words the built-in rules write into their arithmetic, and their Vietnamese, longest first.</summary>
    private static readonly (string En, string Vi)[] Words =
    [
        ("no baseline for the floor", "không có giá trị gốc làm mức sàn"),
        (" is not on the far side of the target", " không nằm ở phía bên kia của mục tiêu"),
        ("(beyond every step)", "(ngoài mọi bậc)"),
        (" < first breakpoint ", " < mốc đầu tiên "),
        (" > last breakpoint ", " > mốc cuối cùng "),
        ("tracked only", "chỉ theo dõi"),
        ("(clamped)", "(giới hạn)"),
        ("floor ", "mức sàn "),
        ("step ", "bậc "),
    ];

    /// <summary>
    /// A rule's language-neutral arithmetic (what <see cref="IScoringRule.Explain"/> returns) for a reader of
    /// <paramref name="language"/>: in Vietnamese the numbers are written the Vietnamese way and the built-in rules'
    /// few words are translated; in English it is returned as it is.
    /// </summary>
    public static string Localized(string arithmetic, Language language)
    {
        ArgumentNullException.ThrowIfNull(arithmetic);
        if (language != Language.Vi)
        {
            return arithmetic;
        }

        string text = arithmetic;
        foreach (var (en, vi) in Words)
        {
            text = text.Replace(en, vi, StringComparison.Ordinal);
        }

        text = YesNoWords(text);
        return Num.Numbers(text, language);
    }

    /// <summary>The yes/no rule's answers (<c>yes = yes → 10</c>) in Vietnamese: whole words only.</summary>
    private static string YesNoWords(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsLetter(text[i]))
            {
                int j = i;
                while (j < text.Length && char.IsLetter(text[j]))
                {
                    j++;
                }

                string word = text[i..j];
                sb.Append(word switch { "yes" => "có", "no" => "không", _ => word });
                i = j;
            }
            else
            {
                sb.Append(text[i++]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The relation that holds between value and target, e.g. <c>87.5 &lt; 90</c> for a failed ≥.</summary>
    public static string Relation(decimal value, decimal target, Comparison comparison)
    {
        bool met = comparison.IsMet(value, target);
        string symbol = (comparison, met) switch
        {
            (Comparison.AtLeast, true) => "≥",
            (Comparison.AtLeast, false) => "<",
            (Comparison.GreaterThan, true) => ">",
            (Comparison.GreaterThan, false) => "≤",
            (Comparison.AtMost, true) => "≤",
            (Comparison.AtMost, false) => ">",
            (Comparison.LessThan, true) => "<",
            (Comparison.LessThan, false) => "≥",
            (_, true) => "=",
            _ => "≠",
        };
        return N(value) + " " + symbol + " " + N(target);
    }

    public static string Met(in RuleInput input) => Relation(input.Value, input.Target, input.Comparison) + " → " + N(input.MaxPoints);
}

/// <summary>A factory made of a kind name and a function.</summary>
internal sealed class RuleFactory(string kind, Func<RuleParameters, IScoringRule?> create) : IRuleFactory
{
    public string Kind { get; } = kind;

    public IScoringRule? Create(RuleParameters parameters) => create(parameters);
}
