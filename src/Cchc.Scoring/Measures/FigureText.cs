using System;

namespace Cchc.Scoring;

/// <summary>
/// A figure as a person reads it, in Vietnamese or English: <c>4.946/16.680 (loại trừ 9)</c> /
/// <c>4946/16680 (9 excluded)</c>, <c>có</c> / <c>yes</c>, <c>20 (100 trường hợp)</c> / <c>20 (100 cases)</c>. Numbers are
/// written as the language writes them (<see cref="Measurement.ToString"/> stays the invariant English form).
/// </summary>
public static class FigureText
{
    /// <summary>Writes a figure.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="language">The language of the reader.</param>
    /// <returns>The text.</returns>
    public static string Of(Measurement figure, Language language)
    {
        bool vi = language == Language.Vi;
        if (!figure.IsApplicable)
        {
            return vi ? "không áp dụng" : "not applicable";
        }

        string F(decimal v) => Num.Format(v, language);
        return figure.Kind switch
        {
            MeasureKind.Ratio => F(figure.Numerator) + "/" + F(figure.Denominator)
                + (figure.Excluded != 0 ? (vi ? " (loại trừ " + F(figure.Excluded) + ")" : " (" + F(figure.Excluded) + " excluded)") : string.Empty),
            MeasureKind.YesNo => figure.Answer ? (vi ? "có" : "yes") : (vi ? "không" : "no"),
            _ => F(figure.Value) + (figure.Count is decimal n ? " (" + F(n) + (vi ? " trường hợp)" : " cases)") : string.Empty),
        };
    }
}
