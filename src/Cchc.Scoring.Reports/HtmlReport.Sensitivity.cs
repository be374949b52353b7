using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>The HTML report's sensitivity section (<see cref="ReportOptions.Sensitivity"/>): rank intervals and class probabilities.</summary>
public static partial class HtmlReport
{
    private sealed partial class Writer
    {
        private const string SensitivityCss = """
            .rank-intervals text.focus{font-weight:700;fill:#111827}
            .class-bar{display:block;border-radius:3px}
            table.probabilities td{vertical-align:middle}
            """;

        /// <summary>The section's styles, only when there is an analysis to show.</summary>
        private void SensitivityStyle()
        {
            if (_m.Sensitivity is not null)
            {
                Line(SensitivityCss.TrimEnd());
            }
        }

        /// <summary>
        /// The rank intervals (one chart per group ranked, on a shared rank axis) and the class probabilities of every
        /// unit, with the seed, the sample count and what varied; nothing without an analysis.
        /// </summary>
        private void SensitivitySection()
        {
            if (_m.Sensitivity is not SensitivityResult r)
            {
                return;
            }

            var w = SensitivityReportTexts.For(Lang);
            var cards = r.Nominal.Scorecards;
            var bands = r.Nominal.Framework.Bands;
            Line("<section class=\"card\" id=\"sensitivity\" data-samples=\"" + ViNumber.Invariant(r.Samples) + "\" data-seed=\"" + r.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + "\" data-inputs=\"" + E(string.Join(" ", r.Inputs)) + "\" data-fingerprint=\"" + r.Nominal.Fingerprint + "\">");
            Line("<h2>" + E(w.Heading) + "</h2>");
            Line("<p class=\"meta\">" + E(w.Samples) + ": <span id=\"sensitivity-samples\">" + E(ViNumber.Integer(r.Samples)) + "</span> · " + E(w.Seed) + ": <span id=\"sensitivity-seed\">"
                + r.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "</span></p>");
            Line("<p class=\"meta\">" + E(w.Varied) + ": <span id=\"sensitivity-varied\">" + E(w.VariedText(r)) + "</span></p>");

            // The units in the order of the nominal ranking (unranked last), each with its name for the title.
            var rows = r.Units.Select((u, i) => (Unit: u, Name: cards[i].Unit?.Name.Get(Lang) ?? string.Empty))
                .OrderBy(x => x.Unit.NominalRank ?? int.MaxValue).ThenBy(x => x.Unit.UnitId, StringComparer.Ordinal).ToArray();
            Line("<h3>" + E(w.Intervals) + "</h3>");
            Line(SensitivityChart.IntervalLegend(w));
            foreach (var group in rows.GroupBy(x => x.Unit.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (r.Options.RankByKind)
                {
                    Line("<p class=\"meta\">" + E(_t.Kind) + ": " + E(Glossary.UnitKind(group.Key).Get(Lang)) + "</p>");
                }

                Line("<figure data-group=\"" + E(group.Key) + "\">");
                Line(SensitivityChart.Intervals(group.ToArray(), w, _m.Focus.UnitId));
                Line("</figure>");
            }

            Line("<p class=\"note\">" + E(w.IntervalsNote) + "</p>");
            Line("<h3>" + E(w.Probabilities) + "</h3>");
            Line(SensitivityChart.ClassLegend(bands, r.Units.Any(u => u.ClassProbabilities.Any(c => c.Class is null && c.Probability > 0)), w, Lang));
            Line("<table class=\"probabilities\">");
            Line("<thead><tr><th>" + E(w.Unit) + "</th><th class=\"num\">" + E(w.Rank) + "</th><th class=\"num\">" + E(w.Median) + "</th><th class=\"num\">" + E(w.Interval) + "</th><th>"
                + E(w.Probabilities) + "</th><th>" + E(w.MostInfluential) + "</th></tr></thead>");
            Line("<tbody>");
            foreach (var (u, name) in rows)
            {
                bool focus = string.Equals(u.UnitId, _m.Focus.UnitId, StringComparison.Ordinal);
                Line("<tr" + (focus ? " class=\"focus\"" : string.Empty) + " data-unit=\"" + E(u.UnitId) + "\">"
                    + "<td>" + E(u.UnitId) + (name.Length > 0 ? " " + E(name) : string.Empty) + "</td>"
                    + "<td class=\"num\">" + (u.NominalRank is int rank ? ViNumber.Invariant(rank) : "–") + "</td>"
                    + "<td class=\"num\">" + (u.MedianRank is decimal median ? E(ViNumber.Short(median)) : "–") + "</td>"
                    + "<td class=\"num\">" + (u.RankLow is int low && u.RankHigh is int high ? ViNumber.Invariant(low) + "–" + ViNumber.Invariant(high) : "–") + "</td>"
                    + "<td>" + SensitivityChart.ClassBar(u, bands, w, Lang) + "<span class=\"note\">" + E(SensitivityChart.ProbabilityText(u, bands, w, Lang)) + "</span></td>"
                    + "<td>" + (u.MostInfluential is string input ? E(w.InputWord(input)) : "–") + "</td></tr>");
            }

            Line("</tbody>");
            Line("</table>");
            Line("<p class=\"note\">" + E(w.ProbabilitiesNote) + " " + E(w.Method) + "</p>");
            Line("</section>");
        }
    }
}
