using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>
/// An inline SVG line chart of one indicator's trajectory: the milestones from the baseline to the target (dashed),
/// the target, the actual yearly values (solid, with dots) and the projection to the due year (dotted); the unit's
/// lineage events (mergers, splits, renames, moves) as vertical dashed lines with a short label at their date.
/// </summary>
internal static class TrajectoryChart
{
    public const int Width = 560;
    public const int Height = 240;
    private const int Left = 64;
    private const int Right = 20;
    private const int Top = 16;
    private const int Bottom = 36;

    public const string MilestoneColour = "#2563eb";
    public const string ObservedColour = "#111827";
    public const string TargetColour = "#15803d";
    public const string ProjectionColour = "#ea580c";
    public const string LineageColour = "#7c3aed";

    /// <summary>The SVG, or null when there is nothing to draw (no baseline, milestone, target or value).</summary>
    /// <param name="t">The indicator's trajectory.</param>
    /// <param name="texts">The words.</param>
    /// <param name="lineage">The lineage events on the unit's line (<see cref="TrajectoryReport.Lineage"/>); empty for none.</param>
    public static string? Render(IndicatorTrajectory t, ReportTexts texts, IReadOnlyList<LineageEvent>? lineage = null)
    {
        var plan = new List<YearValue>();
        if (t.Baseline is decimal baseline)
        {
            plan.Add(new YearValue(t.BaselineYear, baseline));
        }

        plan.AddRange(t.Milestones);
        var observed = t.Observed;
        int dueYear = t.Due.Year;
        var values = plan.Select(p => p.Value).Concat(observed.Select(o => o.Value)).ToList();
        if (t.Target is decimal target)
        {
            values.Add(target);
        }

        if (t.Projection is decimal projection && observed.Count > 0)
        {
            values.Add(projection);
        }

        if (values.Count == 0)
        {
            return null;
        }

        int x0 = new[] { t.BaselineYear }.Concat(plan.Select(p => p.Year)).Concat(observed.Select(o => o.Year)).Min();
        int x1 = new[] { dueYear }.Concat(plan.Select(p => p.Year)).Concat(observed.Select(o => o.Year)).Max();
        if (x1 == x0)
        {
            x1 = x0 + 1;
        }

        decimal yMin = values.Min(), yMax = values.Max();
        if (yMin == yMax)
        {
            decimal pad = Math.Max(1m, Math.Abs(yMin) / 10m);
            yMin -= pad;
            yMax += pad;
        }
        else
        {
            decimal pad = (yMax - yMin) * 0.08m;
            yMin -= pad;
            yMax += pad;
        }

        if (yMin < 0 && values.Min() >= 0)
        {
            yMin = 0;
        }

        decimal X(int year) => Left + (decimal)(year - x0) * (Width - Left - Right) / (x1 - x0);
        decimal Y(decimal value) => Top + (yMax - value) * (Height - Top - Bottom) / (yMax - yMin);
        bool yesNo = t.Indicator.Measure == MeasureKind.YesNo;

        var sb = new StringBuilder();
        string label = t.Indicator.Code + " " + t.Indicator.Name.Get(texts.Language);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height)
          .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
          .Append("\" role=\"img\" aria-label=\"").Append(Html.Escape(label)).Append("\" data-chart=\"").Append(Html.Escape(t.Indicator.Code)).Append("\">\n");

        // Horizontal grid with five value labels.
        for (int i = 0; i <= 4; i++)
        {
            decimal v = yMin + (yMax - yMin) * i / 4m;
            string y = C(Y(v));
            sb.Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(y).Append("\" x2=\"").Append(Width - Right).Append("\" y2=\"").Append(y)
              .Append("\" stroke=\"#e5e7eb\"/>");
            sb.Append("<text x=\"").Append(Left - 6).Append("\" y=\"").Append(C(Y(v) + 4)).Append("\" text-anchor=\"end\" class=\"tick\">")
              .Append(Html.Escape(ViNumber.Short(v, Math.Abs(yMax - yMin) < 10 ? 2 : 1))).Append("</text>\n");
        }

        // Years along the bottom.
        int step = (x1 - x0) > 10 ? 2 : 1;
        for (int year = x0; year <= x1; year += step)
        {
            sb.Append("<line x1=\"").Append(C(X(year))).Append("\" y1=\"").Append(Top).Append("\" x2=\"").Append(C(X(year))).Append("\" y2=\"").Append(Height - Bottom)
              .Append("\" stroke=\"#f3f4f6\"/>");
            sb.Append("<text x=\"").Append(C(X(year))).Append("\" y=\"").Append(Height - Bottom + 18).Append("\" text-anchor=\"middle\" class=\"tick\">")
              .Append(ViNumber.Invariant(year)).Append("</text>\n");
        }

        sb.Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(Height - Bottom).Append("\" x2=\"").Append(Width - Right).Append("\" y2=\"").Append(Height - Bottom)
          .Append("\" stroke=\"#9ca3af\"/>\n");

        // Lineage events: a year's value stands at the year's end, so an event on day d of year y is drawn at
        // (y - 1) + (d - 1) / days-in-y: 1 July 2025 halfway between the points of 2024 and 2025. One line per date.
        foreach (var day in (lineage ?? []).GroupBy(e => e.Date).OrderBy(g => g.Key))
        {
            var date = day.Key;
            decimal at = date.Year - 1 + ((decimal)(date.DayOfYear - 1) / date.Calendar.GetDaysInYear(date.Year));
            if (at < x0 || at > x1)
            {
                continue;
            }

            string x = C(Left + ((at - x0) * (Width - Left - Right) / (x1 - x0)));
            string iso = NodaTime.Text.LocalDatePattern.Iso.Format(date);
            string what = string.Join("; ", day.Select(e => texts.LineageWord(e.Kind) + " " + string.Join(" + ", e.From) + (e.Into.Count > 0 ? " → " + string.Join(" + ", e.Into) : string.Empty)));
            sb.Append("<line class=\"lineage\" x1=\"").Append(x).Append("\" y1=\"").Append(Top).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(Height - Bottom)
              .Append("\" stroke=\"").Append(LineageColour).Append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" data-date=\"").Append(iso).Append("\"><title>")
              .Append(Html.Escape(iso + ": " + what)).Append("</title></line>\n");
            sb.Append("<text class=\"lineage-label\" x=\"").Append(x).Append("\" y=\"").Append(Top - 4).Append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"").Append(LineageColour).Append("\">")
              .Append(Html.Escape(string.Join(", ", day.Select(e => texts.LineageWord(e.Kind)).Distinct(StringComparer.Ordinal)))).Append("</text>\n");
        }

        if (t.Target is decimal goal)
        {
            string y = C(Y(goal));
            sb.Append("<line class=\"target\" x1=\"").Append(Left).Append("\" y1=\"").Append(y).Append("\" x2=\"").Append(Width - Right).Append("\" y2=\"").Append(y)
              .Append("\" stroke=\"").Append(TargetColour).Append("\" stroke-width=\"1.5\" stroke-dasharray=\"2 4\" data-value=\"").Append(ViNumber.Invariant(goal)).Append("\"/>\n");
            sb.Append("<rect x=\"").Append(C(X(dueYear) - 5)).Append("\" y=\"").Append(C(Y(goal) - 5)).Append("\" width=\"10\" height=\"10\" fill=\"").Append(TargetColour)
              .Append("\" transform=\"rotate(45 ").Append(C(X(dueYear))).Append(' ').Append(y).Append(")\"><title>")
              .Append(Html.Escape(texts.Target + " " + ViNumber.Invariant(dueYear) + ": " + Value(goal, yesNo, texts))).Append("</title></rect>\n");
        }

        if (plan.Count > 0)
        {
            sb.Append("<polyline class=\"milestones\" fill=\"none\" stroke=\"").Append(MilestoneColour).Append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"")
              .Append(string.Join(" ", plan.Select(p => C(X(p.Year)) + "," + C(Y(p.Value))))).Append("\"/>\n");
            for (int i = 0; i < plan.Count; i++)
            {
                var p = plan[i];
                string what = i == 0 && t.Baseline is not null ? texts.Baseline : texts.Milestones;
                sb.Append("<circle cx=\"").Append(C(X(p.Year))).Append("\" cy=\"").Append(C(Y(p.Value))).Append("\" r=\"3.5\" fill=\"#fff\" stroke=\"").Append(MilestoneColour)
                  .Append("\" stroke-width=\"2\"><title>")
                  .Append(Html.Escape(what + " " + ViNumber.Invariant(p.Year) + ": " + Value(p.Value, yesNo, texts)))
                  .Append("</title></circle>\n");
            }
        }

        if (observed.Count > 0 && t.Projection is decimal projected && observed[^1].Year < dueYear)
        {
            var last = observed[^1];
            sb.Append("<line class=\"projection\" x1=\"").Append(C(X(last.Year))).Append("\" y1=\"").Append(C(Y(last.Value))).Append("\" x2=\"").Append(C(X(dueYear)))
              .Append("\" y2=\"").Append(C(Y(projected))).Append("\" stroke=\"").Append(ProjectionColour).Append("\" stroke-width=\"2\" stroke-dasharray=\"1 4\" stroke-linecap=\"round\"><title>")
              .Append(Html.Escape(texts.Projection + " " + ViNumber.Invariant(dueYear) + ": " + Value(projected, yesNo, texts))).Append("</title></line>\n");
        }

        if (observed.Count > 0)
        {
            if (observed.Count > 1)
            {
                sb.Append("<polyline class=\"observed\" fill=\"none\" stroke=\"").Append(ObservedColour).Append("\" stroke-width=\"2.5\" points=\"")
                  .Append(string.Join(" ", observed.Select(o => C(X(o.Year)) + "," + C(Y(o.Value))))).Append("\"/>\n");
            }

            foreach (var o in observed)
            {
                sb.Append("<circle class=\"value\" cx=\"").Append(C(X(o.Year))).Append("\" cy=\"").Append(C(Y(o.Value))).Append("\" r=\"4.5\" fill=\"").Append(ObservedColour)
                  .Append("\" data-year=\"").Append(ViNumber.Invariant(o.Year)).Append("\" data-value=\"").Append(ViNumber.Invariant(o.Value)).Append("\"><title>")
                  .Append(Html.Escape(texts.Observed + " " + ViNumber.Invariant(o.Year) + ": " + Value(o.Value, yesNo, texts))).Append("</title></circle>\n");
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The legend under every chart.</summary>
    public static string Legend(ReportTexts texts) =>
        "<p class=\"legend\">"
        + Key("stroke-dasharray=\"6 4\"", MilestoneColour) + Html.Escape(texts.Baseline + " → " + texts.Milestones)
        + Key(string.Empty, ObservedColour) + Html.Escape(texts.Observed)
        + Key("stroke-dasharray=\"1 4\" stroke-linecap=\"round\"", ProjectionColour) + Html.Escape(texts.Projection)
        + Key("stroke-dasharray=\"2 4\"", TargetColour) + Html.Escape(texts.Target)
        + "</p>";

    private static string Key(string dash, string colour) =>
        "<svg class=\"key\" width=\"28\" height=\"10\" viewBox=\"0 0 28 10\"><line x1=\"1\" y1=\"5\" x2=\"27\" y2=\"5\" stroke=\"" + colour + "\" stroke-width=\"2.5\" " + dash + "/></svg>";

    private static string Value(decimal value, bool yesNo, ReportTexts texts) =>
        yesNo ? (value != 0 ? texts.Yes : texts.No) : ViNumber.Short(value);

    /// <summary>A coordinate: invariant, at most one decimal.</summary>
    private static string C(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
