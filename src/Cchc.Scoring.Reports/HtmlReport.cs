using System;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Rules;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Reports;

/// <summary>
/// Renders a scoring result as one self-contained HTML file: no external scripts, fonts or images, inline CSS and
/// inline SVG only, no script at all (explanations open with <c>&lt;details&gt;</c>). Labels are in the language
/// asked for; numbers are written in the vi-VN style (89,46 %), while <c>data-*</c> attributes carry the same figures
/// as invariant numbers for machines. With <see cref="ReportOptions.Sensitivity"/> it also draws rank intervals and
/// class probabilities. The same inputs always give the same text.
/// </summary>
public static partial class HtmlReport
{
    /// <summary>Renders the report.</summary>
    /// <param name="summary">The scoring result ranked, with the unit in focus and its trajectories (<see cref="ScoringSummary.Create"/>).</param>
    /// <param name="options">The language; null for Vietnamese.</param>
    /// <returns>The HTML text (UTF-8 when written, lines ending in <c>\n</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static string Render(ScoringSummary summary, ReportOptions? options = null)
    {
        var model = ReportModel.Create(summary, options);
        return new Writer(model).Write();
    }

    /// <summary>Writes the report to a stream as UTF-8 without a byte order mark.</summary>
    /// <param name="summary">The scoring result ranked, with the unit in focus and its trajectories.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="options">The language; null for Vietnamese.</param>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(ScoringSummary summary, Stream output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        byte[] bytes = new UTF8Encoding(false).GetBytes(Render(summary, options));
        output.Write(bytes, 0, bytes.Length);
    }

    private const string Style = """
        *{box-sizing:border-box}
        body{margin:0;background:#f3f4f6;color:#111827;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
        main{max-width:1200px;margin:0 auto;padding:20px 24px 40px}
        h1{font-size:24px;margin:0 0 6px}
        h2{font-size:18px;margin:0 0 12px}
        h3{font-size:15px;margin:18px 0 8px}
        .meta{color:#4b5563;margin:2px 0;overflow-wrap:anywhere}
        .card{background:#fff;border-radius:8px;padding:16px 20px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.1)}
        .headline{display:flex;flex-wrap:wrap;gap:28px;align-items:center}
        .big{font-size:44px;font-weight:700;line-height:1}
        .label{color:#6b7280;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
        .pill{display:inline-block;padding:4px 14px;border-radius:999px;background:#dbeafe;color:#1e3a8a;font-size:20px;font-weight:600}
        table{border-collapse:collapse;width:100%}
        th,td{padding:6px 8px;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top}
        th{background:#f9fafb;font-weight:600;font-size:13px}
        .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        tr.focus td{background:#eff6ff;font-weight:600}
        .status{display:inline-block;padding:2px 8px;border-radius:4px;color:#fff;font-size:12px;white-space:nowrap}
        .s-met{background:#15803d}.s-partial{background:#d97706}.s-notmet{background:#b91c1c}.s-nodata{background:#6b7280}.s-na{background:#d1d5db;color:#111827}
        .t-achieved,.t-onTrack{background:#15803d}.t-needsAcceleration{background:#d97706}.t-limitedProgress{background:#c2410c}.t-deteriorating{background:#b91c1c}.t-noData{background:#6b7280}.t-notApplicable{background:#d1d5db;color:#111827}
        details{margin-top:4px}
        summary{cursor:pointer;color:#1d4ed8;font-size:12px}
        pre{white-space:pre-wrap;font:12px/1.4 ui-monospace,"DejaVu Sans Mono",monospace;background:#f9fafb;border:1px solid #e5e7eb;border-radius:4px;padding:8px;margin:6px 0 0}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:12px}
        .area{color:#6b7280;font-weight:400}
        table.ind{table-layout:fixed}
        figure{margin:0;border:1px solid #e5e7eb;border-radius:6px;padding:10px}
        figcaption{font-weight:600;margin-bottom:6px}
        .chart{max-width:100%;height:auto;display:block}
        .chart text.tick,.chart .tick{font-size:11px;fill:#4b5563}
        .legend{color:#374151;font-size:12px}
        .legend svg{vertical-align:middle;margin:0 4px 0 12px}
        .note{color:#6b7280;font-size:12px}
        footer{color:#6b7280;font-size:12px;margin-top:24px}
        """;

    private sealed partial class Writer
    {
        private readonly ReportModel _m;
        private readonly ReportTexts _t;
        private readonly StringBuilder _sb = new();

        public Writer(ReportModel model)
        {
            _m = model;
            _t = model.Texts;
        }

        private Language Lang => _t.Language;

        private void Line(string html) => _sb.Append(html).Append('\n');

        public string Write()
        {
            var focus = _m.Focus;
            var framework = _m.Result.Framework;
            string unitName = focus.Unit?.Name.Get(Lang) ?? focus.UnitId;
            Line("<!DOCTYPE html>");
            Line("<html lang=\"" + _t.LangCode + "\">");
            Line("<head>");
            Line("<meta charset=\"utf-8\">");
            Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Line("<meta name=\"generator\" content=\"Cchc.Scoring.Reports\">");
            Line("<title>" + E(_t.Title + " — " + unitName + " — " + _m.Result.Request.Period.ToString()) + "</title>");
            Line("<style>");
            Line(Style.TrimEnd());
            SensitivityStyle();
            Line("</style>");
            Line("</head>");
            Line("<body>");
            Line("<main>");
            Header(focus, unitName);
            Headline(focus);
            Areas(focus);
            RankingTable();
            SensitivitySection();
            YearOnYearTable();
            ReportingStatusTable();
            Indicators(focus);
            Trajectories();
            Line("<footer>" + E(_t.Footer) + "</footer>");
            Line("</main>");
            Line("</body>");
            Line("</html>");
            return _sb.ToString();
        }

        private void Header(Scorecard focus, string unitName)
        {
            var result = _m.Result;
            var framework = result.Framework;
            var period = result.Request.Period;
            Line("<header>");
            Line("<h1>" + E(_t.Title) + ": " + E(unitName) + "</h1>");
            Line("<p class=\"meta\">" + E(_t.Framework) + ": " + E(framework.Name.Get(Lang)) + " (" + E(framework.Id) + ", " + E(_t.VersionWord) + " " + E(framework.Version) + ")</p>");
            Line("<p class=\"meta\">" + E(_t.Period) + ": <span data-period=\"" + E(period.ToString()) + "\">" + E(period.ToString()) + "</span> ("
                + Date(period.Start) + " – " + Date(period.End) + ")"
                + " · " + E(_t.AsOf) + ": " + (result.Request.AsOf is Instant at ? E(InstantPattern.ExtendedIso.Format(at)) : E(_t.Latest)) + "</p>");
            Line("<p class=\"meta\">" + E(_t.Fingerprint) + ": <code data-fingerprint=\"" + result.Fingerprint + "\">" + result.Fingerprint + "</code></p>");
            Line("</header>");
        }

        private void Headline(Scorecard card)
        {
            Line("<section class=\"card headline\" id=\"summary\" data-unit=\"" + E(card.UnitId) + "\" data-index=\"" + Inv(card.Index) + "\" data-points=\"" + ViNumber.Invariant(card.Points)
                + "\" data-max=\"" + ViNumber.Invariant(card.MaxPoints) + "\" data-class=\"" + E(card.Class?.Code) + "\">");
            Line("<div><div class=\"label\">" + E(_t.Index) + "</div><div class=\"big\" id=\"index\">" + (card.Index is decimal ix ? PartialMark(card) + E(ViNumber.Fixed(ix, 2)) : "–") + "</div></div>");
            Line("<div><div class=\"label\">" + E(_t.Class) + "</div><div class=\"pill\" id=\"class\">" + E(card.Class?.Name.Get(Lang) ?? "–") + "</div></div>");
            Line("<div><div class=\"label\">" + E(_t.Points) + "</div><div class=\"big\" style=\"font-size:28px\">" + E(ViNumber.Fixed(card.Points, 2)) + " / " + E(ViNumber.Fixed(card.MaxPoints, 2)) + "</div></div>");
            if (card.Bonus != 0 || card.Deduction != 0)
            {
                Line("<div><div class=\"label\">" + E(_t.Bonus) + " / " + E(_t.Deduction) + "</div><div>+" + E(ViNumber.Short(card.Bonus)) + " / −" + E(ViNumber.Short(card.Deduction)) + "</div></div>");
            }

            if (card.IsRollUp)
            {
                Line("<div class=\"note\">" + E(card.UnitId) + ": " + E(_t.RollUpNote) + "</div>");
            }

            if (ReportModel.HasAssessments(card))
            {
                Line("<div class=\"note\" id=\"stages\">" + E(Glossary.Stage.Get(Lang)) + " — " + E(ReportModel.StageCounts(card, Lang)) + "</div>");
            }

            if (card.Coverage.IsPartial)
            {
                Line("<div class=\"note\" id=\"partial\" data-partial=\"" + ViNumber.Invariant(card.Coverage.Partial) + "\">" + E(StatusReportTexts.For(Lang).PartialNote(card.Coverage.Partial, card.Coverage.Scored)) + "</div>");
            }

            Line("</section>");
        }

        private void Areas(Scorecard card)
        {
            const int barWidth = 360;
            decimal widest = card.Areas.Count == 0 ? 0 : card.Areas.Max(a => a.Area.MaxPoints);
            Line("<section class=\"card\" id=\"areas\">");
            Line("<h2>" + E(_t.Areas) + "</h2>");
            Line("<table>");
            Line("<thead><tr><th>" + E(_t.Area) + "</th><th></th><th class=\"num\">" + E(_t.Points) + " / " + E(_t.Max) + "</th></tr></thead>");
            Line("<tbody>");
            foreach (var area in card.Areas)
            {
                // The grey track is the area's maximum in the framework, scaled to the widest area; the blue bar is the points.
                decimal full = area.Area.MaxPoints;
                decimal track = widest == 0 ? 0 : barWidth * full / widest;
                decimal fill = full == 0 ? 0 : track * Math.Clamp(area.Points / full, 0, 1);
                decimal applicable = full == 0 ? 0 : track * Math.Clamp(area.MaxPoints / full, 0, 1);
                Line("<tr data-area=\"" + E(area.Area.Code) + "\" data-points=\"" + ViNumber.Invariant(area.Points) + "\" data-max=\"" + ViNumber.Invariant(area.MaxPoints) + "\">"
                    + "<td>" + E(area.Area.Code) + " " + E(area.Area.Name.Get(Lang)) + "</td>"
                    + "<td><svg width=\"" + barWidth + "\" height=\"16\" viewBox=\"0 0 " + barWidth + " 16\" role=\"img\" aria-label=\"" + E(area.Area.Code) + "\">"
                    + "<rect x=\"0\" y=\"2\" width=\"" + Coord(track) + "\" height=\"12\" rx=\"2\" fill=\"#f3f4f6\"/>"
                    + "<rect x=\"0\" y=\"2\" width=\"" + Coord(applicable) + "\" height=\"12\" rx=\"2\" fill=\"#e5e7eb\"/>"
                    + "<rect x=\"0\" y=\"2\" width=\"" + Coord(fill) + "\" height=\"12\" rx=\"2\" fill=\"#2563eb\"/></svg></td>"
                    + "<td class=\"num\">" + E(ViNumber.Fixed(area.Points, 2)) + " / " + E(ViNumber.Fixed(area.MaxPoints, 2)) + "</td></tr>");
            }

            Line("</tbody>");
            Line("</table>");
            Line("</section>");
        }

        private void RankingTable()
        {
            Line("<section class=\"card\" id=\"ranking\">");
            Line("<h2>" + E(_t.Ranking) + "</h2>");
            Line("<table>");
            Line("<thead><tr><th class=\"num\">" + E(_t.Rank) + "</th><th>" + E(_t.Unit) + "</th><th>" + E(_t.Name) + "</th><th>" + E(_t.Kind) + "</th><th class=\"num\">"
                + E(_t.Points) + "</th><th class=\"num\">" + E(_t.Index) + "</th><th>" + E(_t.Class) + "</th></tr></thead>");
            Line("<tbody>");
            foreach (var r in _m.Ranking)
            {
                var card = r.Scorecard;
                bool focus = ReferenceEquals(card, _m.Focus);
                Line("<tr" + (focus ? " class=\"focus\"" : string.Empty) + " data-unit=\"" + E(card.UnitId) + "\" data-rank=\"" + (r.Rank is int rank ? ViNumber.Invariant(rank) : string.Empty)
                    + "\" data-index=\"" + Inv(r.Index) + "\" data-class=\"" + E(r.Class?.Code) + "\"" + (card.Coverage.IsPartial ? " data-partial=\"true\"" : string.Empty) + ">"
                    + "<td class=\"num\">" + (r.Rank is int n ? ViNumber.Invariant(n) : "–") + "</td>"
                    + "<td>" + E(card.UnitId) + (card.IsRollUp ? "*" : string.Empty) + "</td>"
                    + "<td>" + E(card.Unit?.Name.Get(Lang)) + "</td>"
                    + "<td>" + E(card.Unit?.Kind) + "</td>"
                    + "<td class=\"num\">" + E(ViNumber.Fixed(card.Points, 2)) + " / " + E(ViNumber.Fixed(card.MaxPoints, 2)) + "</td>"
                    + "<td class=\"num\">" + (r.Index is decimal ix ? PartialMark(card) + E(ViNumber.Fixed(ix, 2)) : "–") + "</td>"
                    + "<td>" + E(r.Class?.Name.Get(Lang) ?? "–") + "</td></tr>");
            }

            Line("</tbody>");
            Line("</table>");
            if (_m.Ranking.Any(r => r.Scorecard.IsRollUp))
            {
                Line("<p class=\"note\">* " + E(_t.RollUpNote) + "</p>");
            }

            if (_m.Ranking.Any(r => r.Scorecard.Coverage.IsPartial))
            {
                Line("<p class=\"note\">" + E(StatusReportTexts.For(Lang).PartialFootnote) + "</p>");
            }

            Line("</section>");
        }

        /// <summary>Each unit's index and rank beside the earlier period's, when the summary carries a comparison.</summary>
        private void YearOnYearTable()
        {
            if (_m.Summary.YearOnYear is not YearOnYear yoy)
            {
                return;
            }

            var w = StatusReportTexts.For(Lang);
            Line("<section class=\"card\" id=\"year-on-year\" data-previous-period=\"" + E(yoy.PreviousPeriod.ToString()) + "\">");
            Line("<h2>" + E(w.YearOnYear) + ": " + E(yoy.Period.ToString()) + " – " + E(yoy.PreviousPeriod.ToString()) + "</h2>");
            Line("<table>");
            Line("<thead><tr><th>" + E(_t.Unit) + "</th><th>" + E(_t.Name) + "</th><th class=\"num\">" + E(_t.Index) + "</th><th class=\"num\">" + E(w.PreviousIndex)
                + "</th><th class=\"num\">" + E(w.Change) + "</th><th class=\"num\">" + E(_t.Rank) + "</th><th class=\"num\">" + E(w.PreviousRank) + "</th><th class=\"num\">" + E(w.RankChange) + "</th></tr></thead>");
            Line("<tbody>");
            foreach (var u in yoy.Units)
            {
                Line("<tr data-unit=\"" + E(u.UnitId) + "\" data-change=\"" + Inv(u.Change) + "\" data-rank-change=\"" + (u.RankChange is int rc ? ViNumber.Invariant(rc) : string.Empty) + "\""
                    + (u.IsPartial ? " data-partial=\"true\"" : string.Empty) + ">"
                    + "<td>" + E(u.UnitId) + "</td>"
                    + "<td>" + E(u.Unit?.Name.Get(Lang)) + "</td>"
                    + "<td class=\"num\">" + (u.Index is decimal ix ? E(ViNumber.Fixed(ix, 2)) : "–") + "</td>"
                    + "<td class=\"num\">" + (u.PreviousIndex is decimal before ? E(ViNumber.Fixed(before, 2)) : "–") + "</td>"
                    + "<td class=\"num\">" + E(SignedChange(u.Change)) + (u.IsPartial ? " ~" : string.Empty) + "</td>"
                    + "<td class=\"num\">" + (u.Rank is int r ? ViNumber.Invariant(r) : "–") + "</td>"
                    + "<td class=\"num\">" + (u.PreviousRank is int pr ? ViNumber.Invariant(pr) : "–") + "</td>"
                    + "<td class=\"num\">" + E(RankMove(u.RankChange)) + "</td></tr>");
            }

            Line("</tbody>");
            Line("</table>");
            if (yoy.Units.Any(u => u.IsPartial))
            {
                Line("<p class=\"note\">" + E(w.PartialFootnote) + "</p>");
            }

            Line("</section>");
        }

        /// <summary>Who has reported for the period, when the summary carries a reporting status.</summary>
        private void ReportingStatusTable()
        {
            if (_m.Summary.ReportingStatus is not ReportingStatus status)
            {
                return;
            }

            var w = StatusReportTexts.For(Lang);
            Line("<section class=\"card\" id=\"reporting-status\" data-complete=\"" + (status.IsComplete ? "true" : "false") + "\" data-missing=\"" + ViNumber.Invariant(status.Counts.Missing) + "\">");
            Line("<h2>" + E(w.ReportingStatus) + "</h2>");
            Line("<p class=\"meta\">" + (status.DueDate is LocalDate due ? E(w.Due) + ": " + Date(due) : E(w.NoDeadline))
                + (status.AsOf is Instant at ? " · " + E(_t.AsOf) + ": " + E(InstantPattern.ExtendedIso.Format(at)) : string.Empty) + "</p>");
            Line("<table>");
            Line("<thead><tr><th>" + E(_t.Unit) + "</th><th>" + E(_t.Name) + "</th><th class=\"num\">" + E(w.OnTime) + "</th><th class=\"num\">" + E(w.Late) + "</th><th class=\"num\">"
                + E(w.Revised) + "</th><th class=\"num\">" + E(w.Missing) + "</th><th class=\"num\">" + E(w.NotApplicable) + "</th><th>" + E(w.Owed) + "</th><th>" + E(w.LateDays) + "</th></tr></thead>");
            Line("<tbody>");
            foreach (var u in status.Units)
            {
                var c = u.Counts;
                Line("<tr data-unit=\"" + E(u.UnitId) + "\" data-missing=\"" + ViNumber.Invariant(c.Missing) + "\">"
                    + "<td>" + E(u.UnitId) + "</td>"
                    + "<td>" + E(u.Unit?.Name.Get(Lang)) + "</td>"
                    + "<td class=\"num\">" + ViNumber.Invariant(c.OnTime) + "</td>"
                    + "<td class=\"num\">" + ViNumber.Invariant(c.Late) + "</td>"
                    + "<td class=\"num\">" + ViNumber.Invariant(c.RevisedAfterDeadline) + "</td>"
                    + "<td class=\"num\">" + ViNumber.Invariant(c.Missing) + "</td>"
                    + "<td class=\"num\">" + ViNumber.Invariant(c.NotApplicable) + "</td>"
                    + "<td>" + E(string.Join(", ", u.Owed)) + "</td>"
                    + "<td>" + E(string.Join(", ", u.Late.Select(l => l.IndicatorCode + " (" + ViNumber.Invariant(l.WorkingDaysLate ?? 0) + ")"))) + "</td></tr>");
            }

            var t = status.Counts;
            Line("<tr class=\"total\"><td>" + E(w.Total) + "</td><td></td><td class=\"num\">" + ViNumber.Invariant(t.OnTime) + "</td><td class=\"num\">" + ViNumber.Invariant(t.Late)
                + "</td><td class=\"num\">" + ViNumber.Invariant(t.RevisedAfterDeadline) + "</td><td class=\"num\">" + ViNumber.Invariant(t.Missing) + "</td><td class=\"num\">"
                + ViNumber.Invariant(t.NotApplicable) + "</td><td></td><td></td></tr>");
            Line("</tbody>");
            Line("</table>");
            if (status.IsComplete)
            {
                Line("<p class=\"note\">" + E(w.Complete) + "</p>");
            }

            Line("</section>");
        }

        /// <summary>A signed change in vi-VN style with an arrow: <c>+1,25 ▲</c>, <c>−0,50 ▼</c>, <c>0,00 =</c>; <c>–</c> without one.</summary>
        private static string SignedChange(decimal? change) => change switch
        {
            null => "–",
            > 0 => "+" + ViNumber.Fixed(change.Value, 2) + " ▲",
            < 0 => "−" + ViNumber.Fixed(-change.Value, 2) + " ▼",
            _ => ViNumber.Fixed(0, 2) + " =",
        };

        /// <summary>Places moved: <c>↑2</c>, <c>↓1</c>, <c>=</c>; <c>–</c> without a rank in both periods.</summary>
        private static string RankMove(int? change) => change switch
        {
            null => "–",
            > 0 => "↑" + ViNumber.Invariant(change.Value),
            < 0 => "↓" + ViNumber.Invariant(-change.Value),
            _ => "=",
        };

        private void Indicators(Scorecard card)
        {
            Line("<section class=\"card\" id=\"indicators\">");
            Line("<h2>" + E(_t.Indicators) + " — " + E(card.UnitId) + "</h2>");
            bool stages = ReportModel.HasAssessments(card);
            foreach (var area in card.Areas)
            {
                Line("<h3>" + E(area.Area.Code) + " " + E(area.Area.Name.Get(Lang)) + " — " + E(ViNumber.Fixed(area.Points, 2)) + " / " + E(ViNumber.Fixed(area.MaxPoints, 2)) + "</h3>");
                Line("<table class=\"ind\">");
                Line("<colgroup><col style=\"width:72px\"><col><col style=\"width:96px\"><col style=\"width:96px\"><col style=\"width:116px\"><col style=\"width:130px\">" + (stages ? "<col style=\"width:170px\">" : string.Empty) + "</colgroup>");
                Line("<thead><tr><th>" + E(_t.Indicator) + "</th><th>" + E(_t.Name) + "</th><th class=\"num\">" + E(_t.Value) + "</th><th class=\"num\">" + E(_t.Target)
                    + "</th><th class=\"num\">" + E(_t.Points) + "</th><th>" + E(_t.Status) + "</th>" + (stages ? "<th>" + E(Glossary.Stage.Get(Lang)) + "</th>" : string.Empty) + "</tr></thead>");
                Line("<tbody>");
                foreach (var s in area.Indicators)
                {
                    decimal? target = ReportModel.EffectiveTarget(s);
                    Line("<tr data-indicator=\"" + E(s.Indicator.Code) + "\" data-value=\"" + Inv(s.Value) + "\" data-target=\"" + Inv(target) + "\" data-points=\"" + ViNumber.Invariant(s.Points)
                        + "\" data-max=\"" + ViNumber.Invariant(s.MaxPoints) + "\" data-status=\"" + ReportTexts.StatusName(s.Status) + "\">"
                        + "<td>" + E(s.Indicator.Code) + "</td>"
                        + "<td>" + E(s.Indicator.Name.Get(Lang))
                        + "<details><summary>" + E(_t.ShowExplanation) + "</summary><pre>" + E(s.Trace.Render(Lang).TrimEnd('\n')) + "</pre></details></td>"
                        + "<td class=\"num\">" + (s.Value is decimal v ? E(Value(s.Indicator, v)) : "–") + "</td>"
                        + "<td class=\"num\">" + (target is decimal g ? E(Symbol(s.Indicator.Target.Comparison) + " " + Value(s.Indicator, g)) : "–") + "</td>"
                        + "<td class=\"num\">" + E(ViNumber.Fixed(s.Points, 2)) + " / " + E(ViNumber.Fixed(s.MaxPoints, 2)) + "</td>"
                        + "<td><span class=\"status " + StatusClass(s) + "\">" + E(_t.StatusWord(s.Status)) + "</span></td>"
                        + (stages ? "<td data-stage=\"" + ReportModel.StageName(s) + "\">" + E(ReportModel.Stage(s, Lang)) + "</td>" : string.Empty) + "</tr>");
                }

                Line("</tbody>");
                Line("</table>");
            }

            Line("</section>");
        }

        private void Trajectories()
        {
            var report = _m.Trajectories;
            Line("<section class=\"card\" id=\"trajectories\">");
            Line("<h2>" + E(_t.Trajectories) + " — " + E(report.UnitId) + "</h2>");
            Line(TrajectoryChart.Legend(_t));
            Line("<div class=\"charts\">");
            foreach (var area in report.Areas)
            {
                foreach (var t in area.Indicators)
                {
                    string status = FileNames.Of(t.Status);
                    Line("<figure data-trajectory=\"" + E(t.Indicator.Code) + "\" data-status=\"" + status + "\" data-baseline=\"" + Inv(t.Baseline) + "\" data-target=\"" + Inv(t.Target)
                        + "\" data-due=\"" + LocalDatePattern.Iso.Format(t.Due) + "\">");
                    Line("<figcaption><span class=\"area\">" + E(area.Area.Code) + "</span> " + E(t.Indicator.Code) + " " + E(t.Indicator.Name.Get(Lang)) + " <span class=\"status t-" + status + "\">" + E(_t.StatusWord(t.Status)) + "</span></figcaption>");
                    string? svg = TrajectoryChart.Render(t, _t, report.Lineage);
                    Line(svg ?? "<p class=\"note\">" + E(_t.NothingToDraw) + "</p>");
                    Line("<p class=\"note\">" + E(_t.Due) + ": " + Date(t.Due)
                        + (t.Target is decimal g ? " · " + E(_t.Target) + ": " + E(Symbol(t.Indicator.Target.Comparison) + " " + Value(t.Indicator, g)) : string.Empty)
                        + (t.Latest is YearValue l ? " · " + E(_t.Observed) + " " + ViNumber.Invariant(l.Year) + ": " + E(Value(t.Indicator, l.Value)) : string.Empty)
                        + (t.Projection is decimal p ? " · " + E(_t.Projection) + ": " + E(Value(t.Indicator, p)) : string.Empty) + "</p>");
                    Line("</figure>");
                }
            }

            Line("</div>");
            Line("</section>");
        }

        private string Value(Indicator indicator, decimal value)
        {
            if (indicator.Measure == MeasureKind.YesNo)
            {
                return value != 0 ? _t.Yes : _t.No;
            }

            return indicator.UnitOfMeasure == "%" || indicator.Measure is MeasureKind.Ratio or MeasureKind.Percentage ? ViNumber.Short(value) + " %" : ViNumber.Short(value);
        }

        /// <summary>The mark before an index on partial data, so that it is never read as one on complete data.</summary>
        private static string PartialMark(Scorecard card) => card.Coverage.IsPartial ? "~" : string.Empty;

        private static string StatusClass(IndicatorScore s) => s.Status switch
        {
            IndicatorStatus.Met => "s-met",
            IndicatorStatus.NotMet => s.Points > 0 ? "s-partial" : "s-notmet",
            IndicatorStatus.NoData => "s-nodata",
            _ => "s-na",
        };

        private static string Symbol(Comparison comparison) => comparison switch
        {
            Comparison.AtLeast => "≥",
            Comparison.GreaterThan => ">",
            Comparison.AtMost => "≤",
            Comparison.LessThan => "<",
            _ => "=",
        };

        private static string Date(LocalDate date) => date.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "/"
            + date.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "/" + ViNumber.Invariant(date.Year);

        private static string E(string? text) => Html.Escape(text);

        private static string Inv(decimal? value) => value is decimal v ? ViNumber.Invariant(v) : string.Empty;

        private static string Coord(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
    }
}
