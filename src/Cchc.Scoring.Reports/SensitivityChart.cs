using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>
/// The inline SVG of a sensitivity analysis: the rank intervals of a group of units on a shared rank axis (a bar from
/// the 5th to the 95th percentile, an upright mark at the median, a dot at the nominal rank), and one unit's class
/// probabilities as a bar of 100 % in the classes' colours.
/// </summary>
internal static class SensitivityChart
{
    public const int Width = 560;
    public const int Left = 120;
    public const int Right = 20;
    public const int Top = 8;
    public const int RowHeight = 24;
    public const int Bottom = 28;

    /// <summary>The class bar's drawn width in pixels; its coordinates are per cent of it (viewBox 0 0 100 14).</summary>
    public const int BarWidth = 300;

    public const string IntervalColour = "#93c5fd";
    public const string MedianColour = "#1e3a8a";
    public const string NominalColour = "#111827";
    public const string NoClassColour = "#9ca3af";

    /// <summary>The colours of the classes, from the highest band; a framework with more bands uses them again.</summary>
    private static readonly string[] ClassColours = ["#15803d", "#65a30d", "#ca8a04", "#ea580c", "#b91c1c", "#7f1d1d"];

    /// <summary>The colour of band <paramref name="band"/> (0 the highest), or of "no class" for −1.</summary>
    public static string ClassColour(int band) => band < 0 ? NoClassColour : ClassColours[band % ClassColours.Length];

    /// <summary>
    /// The rank axis's x of a rank: rank 1 at <see cref="Left"/>, rank <paramref name="last"/> at <see cref="Width"/> −
    /// <see cref="Right"/>, evenly between; the middle of the axis when only rank 1 exists.
    /// </summary>
    public static decimal X(decimal rank, int last) => last <= 1
        ? Left + ((Width - Left - Right) / 2m)
        : Left + ((rank - 1) * (Width - Left - Right) / (last - 1));

    /// <summary>The centre line of row <paramref name="row"/> (0 the first).</summary>
    public static decimal Y(int row) => Top + (row * RowHeight) + (RowHeight / 2m);

    /// <summary>The rank intervals of the units of one group, in the order given (nominal rank first).</summary>
    /// <param name="units">The units with their labels (the unit's identifier, its name as a title).</param>
    /// <param name="texts">The words.</param>
    /// <param name="focus">The unit the report is about, drawn in bold.</param>
    public static string Intervals(IReadOnlyList<(UnitSensitivity Unit, string Name)> units, SensitivityReportTexts texts, string focus)
    {
        int last = Math.Max(1, units.Max(u => Math.Max(u.Unit.NominalRank ?? 1, u.Unit.WorstRank ?? 1)));
        int height = Top + (units.Count * RowHeight) + Bottom;
        int axis = Top + (units.Count * RowHeight);
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart rank-intervals\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
          .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(height).Append("\" role=\"img\" aria-label=\"").Append(Html.Escape(texts.Intervals))
          .Append("\" data-last-rank=\"").Append(ViNumber.Invariant(last)).Append("\">\n");

        // Ranks along the bottom: at most about 10 labels, always rank 1 and the last.
        int step = Math.Max(1, (last + 9) / 10);
        for (int rank = 1; rank <= last; rank += step)
        {
            Tick(sb, rank, last, axis);
        }

        if ((last - 1) % step != 0)
        {
            Tick(sb, last, last, axis);
        }

        sb.Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(axis).Append("\" x2=\"").Append(Width - Right).Append("\" y2=\"").Append(axis).Append("\" stroke=\"#9ca3af\"/>\n");
        for (int row = 0; row < units.Count; row++)
        {
            var (u, name) = units[row];
            decimal y = Y(row);
            bool isFocus = string.Equals(u.UnitId, focus, StringComparison.Ordinal);
            sb.Append("<g class=\"unit\" data-unit=\"").Append(Html.Escape(u.UnitId)).Append("\" data-rank=\"").Append(Inv(u.NominalRank))
              .Append("\" data-median=\"").Append(Inv(u.MedianRank)).Append("\" data-low=\"").Append(Inv(u.RankLow)).Append("\" data-high=\"").Append(Inv(u.RankHigh)).Append("\">")
              .Append("<title>").Append(Html.Escape(Describe(u, name, texts))).Append("</title>\n");
            sb.Append("<text x=\"").Append(Left - 8).Append("\" y=\"").Append(C(y + 4)).Append("\" text-anchor=\"end\" class=\"tick").Append(isFocus ? " focus" : string.Empty).Append("\">")
              .Append(Html.Escape(u.UnitId)).Append("</text>\n");
            if (u.RankLow is int low && u.RankHigh is int high)
            {
                sb.Append("<rect class=\"interval\" x=\"").Append(C(X(low, last))).Append("\" y=\"").Append(C(y - 4)).Append("\" width=\"").Append(C(X(high, last) - X(low, last)))
                  .Append("\" height=\"8\" rx=\"4\" fill=\"").Append(IntervalColour).Append("\"/>\n");
            }

            if (u.MedianRank is decimal median)
            {
                string x = C(X(median, last));
                sb.Append("<line class=\"median\" x1=\"").Append(x).Append("\" y1=\"").Append(C(y - 7)).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(C(y + 7))
                  .Append("\" stroke=\"").Append(MedianColour).Append("\" stroke-width=\"2\"/>\n");
            }

            if (u.NominalRank is int nominal)
            {
                sb.Append("<circle class=\"nominal\" cx=\"").Append(C(X(nominal, last))).Append("\" cy=\"").Append(C(y)).Append("\" r=\"5\" fill=\"").Append(NominalColour).Append("\"/>\n");
            }

            sb.Append("</g>\n");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The legend of the rank intervals.</summary>
    public static string IntervalLegend(SensitivityReportTexts texts) =>
        "<p class=\"legend\">"
        + "<svg class=\"key\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\"><circle cx=\"7\" cy=\"7\" r=\"5\" fill=\"" + NominalColour + "\"/></svg>" + Html.Escape(texts.Nominal)
        + "<svg class=\"key\" width=\"28\" height=\"14\" viewBox=\"0 0 28 14\"><rect x=\"1\" y=\"3\" width=\"26\" height=\"8\" rx=\"4\" fill=\"" + IntervalColour + "\"/></svg>" + Html.Escape(texts.Interval)
        + "<svg class=\"key\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\"><line x1=\"7\" y1=\"0\" x2=\"7\" y2=\"14\" stroke=\"" + MedianColour + "\" stroke-width=\"2\"/></svg>" + Html.Escape(texts.Median)
        + "</p>";

    /// <summary>
    /// One unit's class probabilities as a bar of 100 %: the coordinates are per cent (viewBox 0 0 100 14), each class a
    /// rectangle as wide as its probability × 100, in band order; the last class drawn ends at exactly 100, so that the
    /// widths add up to 100 even when the probabilities, rounded to 4 decimals, add up to 0.9999 or 1.0001.
    /// </summary>
    public static string ClassBar(UnitSensitivity unit, IReadOnlyList<ClassBand> bands, SensitivityReportTexts texts, Language language)
    {
        var parts = unit.ClassProbabilities.Where(c => c.Probability > 0).ToArray();
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"class-bar\" viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\" width=\"").Append(BarWidth)
          .Append("\" height=\"14\" role=\"img\" aria-label=\"").Append(Html.Escape(unit.UnitId + ": " + ProbabilityText(unit, bands, texts, language))).Append("\">");
        decimal x = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            var c = parts[i];
            decimal width = i == parts.Length - 1 ? 100 - x : c.Probability * 100;
            int band = Band(c.Class, bands);
            sb.Append("<rect x=\"").Append(ViNumber.Invariant(x)).Append("\" y=\"0\" width=\"").Append(ViNumber.Invariant(width)).Append("\" height=\"14\" fill=\"").Append(ClassColour(band))
              .Append("\" data-class=\"").Append(Html.Escape(c.Class)).Append("\" data-probability=\"").Append(ViNumber.Invariant(c.Probability)).Append("\"><title>")
              .Append(Html.Escape(ClassName(c.Class, bands, texts, language) + ": " + Percent(c.Probability))).Append("</title></rect>");
            x += width;
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The legend of the class colours: every band of the framework, then "no class" when some unit has it.</summary>
    public static string ClassLegend(IReadOnlyList<ClassBand> bands, bool noClass, SensitivityReportTexts texts, Language language)
    {
        var sb = new StringBuilder("<p class=\"legend\">");
        for (int b = 0; b < bands.Count; b++)
        {
            sb.Append(Swatch(ClassColour(b))).Append(Html.Escape(bands[b].Name.Get(language)));
        }

        if (noClass)
        {
            sb.Append(Swatch(NoClassColour)).Append(Html.Escape(texts.NoClass));
        }

        return sb.Append("</p>").ToString();
    }

    /// <summary>The probabilities as text, in vi-VN style, by the classes' names: <c>Xuất sắc 45,5 % · Tốt 54,5 %</c> (classes of probability 0 left out).</summary>
    public static string ProbabilityText(UnitSensitivity unit, IReadOnlyList<ClassBand> bands, SensitivityReportTexts texts, Language language) =>
        string.Join(" · ", unit.ClassProbabilities.Where(c => c.Probability > 0).Select(c => ClassName(c.Class, bands, texts, language) + " " + Percent(c.Probability)));

    /// <summary>A class's name in the report's language (its code when the framework has no such band), or "no class".</summary>
    private static string ClassName(string? code, IReadOnlyList<ClassBand> bands, SensitivityReportTexts texts, Language language) =>
        code is null ? texts.NoClass : bands.FirstOrDefault(b => b.Code == code)?.Name.Get(language) ?? code;

    private static int Band(string? code, IReadOnlyList<ClassBand> bands)
    {
        for (int b = 0; b < bands.Count; b++)
        {
            if (string.Equals(bands[b].Code, code, StringComparison.Ordinal))
            {
                return b;
            }
        }

        return -1;
    }

    private static string Percent(decimal probability) => ViNumber.Short(probability * 100) + " %";

    private static string Swatch(string colour) =>
        "<svg class=\"key\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\"><rect x=\"1\" y=\"1\" width=\"12\" height=\"12\" fill=\"" + colour + "\"/></svg>";

    private static void Tick(StringBuilder sb, int rank, int last, int axis)
    {
        string x = C(X(rank, last));
        sb.Append("<line x1=\"").Append(x).Append("\" y1=\"").Append(Top).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(axis).Append("\" stroke=\"#f3f4f6\"/>");
        sb.Append("<text x=\"").Append(x).Append("\" y=\"").Append(axis + 18).Append("\" text-anchor=\"middle\" class=\"tick\">").Append(ViNumber.Invariant(rank)).Append("</text>\n");
    }

    /// <summary>A unit's figures in words, for the title of its row: <c>U1 Name: hạng danh nghĩa 2 · trung vị 2,5 · khoảng 5–95 % 2–3</c>.</summary>
    private static string Describe(UnitSensitivity u, string name, SensitivityReportTexts texts)
    {
        string head = u.UnitId + (name.Length > 0 ? " " + name : string.Empty) + ": ";
        if (u.MedianRank is not decimal median)
        {
            return head + texts.NotRanked;
        }

        return head + texts.Nominal + " " + (u.NominalRank is int n ? ViNumber.Invariant(n) : "–")
            + " · " + texts.Median + " " + ViNumber.Short(median)
            + " · " + texts.Interval + " " + ViNumber.Invariant(u.RankLow!.Value) + "–" + ViNumber.Invariant(u.RankHigh!.Value);
    }

    private static string Inv(int? value) => value is int v ? ViNumber.Invariant(v) : string.Empty;

    private static string Inv(decimal? value) => value is decimal v ? ViNumber.Invariant(v) : string.Empty;

    /// <summary>A coordinate: invariant, at most one decimal.</summary>
    private static string C(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
