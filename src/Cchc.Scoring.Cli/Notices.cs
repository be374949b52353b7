using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary>How much data a scorecard had: its indicators without data, of those that apply to it.</summary>
/// <param name="NoData">The indicators with no data (<see cref="IndicatorStatus.NoData"/>).</param>
/// <param name="Applicable">The indicators that apply (every status but <see cref="IndicatorStatus.NotApplicable"/>).</param>
internal readonly record struct Coverage(int NoData, int Applicable)
{
    /// <summary>Whether some indicator that applies has no data.</summary>
    public bool Lacking => NoData > 0;

    /// <summary>The table cell: <c>21/23</c>, or empty when nothing lacks.</summary>
    public string Cell => Lacking ? Format.Int(NoData) + "/" + Format.Int(Applicable) : string.Empty;

    /// <summary>The coverage of a scorecard.</summary>
    public static Coverage Of(Scorecard card) => new(card.Coverage.NoData, card.Coverage.Applicable);

    /// <summary>The coverage of a unit's trajectories.</summary>
    public static Coverage Of(TrajectoryReport report) => new(
        report.Count(TrajectoryStatus.NoData),
        report.Indicators.Count(t => t.Status != TrajectoryStatus.NotApplicable));
}

/// <summary>What the scoring commands say about their input besides the scores: notes and warnings on standard error, heading lines.</summary>
internal static class Notices
{
    /// <summary>The plan range as text: <c>2021-01-01..2025-12-31</c>.</summary>
    public static string Plan(Framework framework) =>
        LocalDatePattern.Iso.Format(framework.Plan.Start) + ".." + LocalDatePattern.Iso.Format(framework.Plan.End);

    /// <summary>
    /// Whether <paramref name="period"/> lies outside the framework's plan: less than half of its days fall within the plan
    /// (so that a year of the administrative calendar, 15 December to 14 December, is not taken as outside).
    /// </summary>
    public static bool OutsidePlan(Framework framework, ReportingPeriod period)
    {
        var plan = framework.Plan;
        LocalDate start = period.Start > plan.Start ? period.Start : plan.Start;
        LocalDate end = period.End < plan.End ? period.End : plan.End;
        int inside = end < start ? 0 : Period.Between(start, end, PeriodUnits.Days).Days + 1;
        int all = Period.Between(period.Start, period.End, PeriodUnits.Days).Days + 1;
        return inside * 2 < all;
    }

    /// <summary>The heading line of the period: <c>Period: 2025 (2025-01-01..2025-12-31)</c>, and why it was chosen when it was not given.</summary>
    public static string PeriodLine(Texts texts, ReportingPeriod period, bool byDefault) =>
        texts.Period + ": " + period.ToString() + " (" + LocalDatePattern.Iso.Format(period.Start) + ".." + LocalDatePattern.Iso.Format(period.End) + ")"
        + (byDefault ? (texts.Language == Language.Vi ? " — " : ", ") + texts.LatestYear : string.Empty);

    /// <summary>
    /// Prints on standard error what the reader of the scores must know: for formats without a heading, the default period
    /// and the use of the built-in sample; then a period outside the plan, and the units that lack data.
    /// </summary>
    public static void ForScoring(TextWriter error, ScoringResult result, Texts texts, InputFacts facts, bool inHeading)
    {
        var period = result.Request.Period;
        if (!inHeading)
        {
            if (facts.DefaultPeriod)
            {
                Format.Line(error, texts.NotePrefix + texts.DefaultPeriodNote(period.ToString()));
            }

            if (facts.Sample)
            {
                Format.Line(error, texts.NotePrefix + texts.SampleData);
            }
        }

        if (OutsidePlan(result.Framework, period))
        {
            Format.Line(error, texts.WarningPrefix + texts.OutsidePlan(period.ToString(), Plan(result.Framework)));
        }

        WarnCoverage(error, period.ToString(), result.Scorecards.Select(Coverage.Of).ToArray(), texts);
    }

    /// <summary>Prints "2025-Q3: no data for 21 of 23 indicators in 7 of 9 units" when some unit lacks data.</summary>
    public static void WarnCoverage(TextWriter error, string what, IReadOnlyList<Coverage> units, Texts texts)
    {
        var lacking = units.Where(c => c.Lacking).ToArray();
        if (lacking.Length == 0)
        {
            return;
        }

        Format.Line(error, texts.WarningPrefix + texts.CoverageWarning(what, lacking.Sum(c => c.NoData), lacking.Sum(c => c.Applicable), lacking.Length, units.Count));
    }

    /// <summary>The heading line that says the figures are the built-in synthetic sample, or nothing.</summary>
    public static void SampleLine(TextWriter output, Texts texts, InputFacts facts)
    {
        if (facts.Sample)
        {
            Format.Line(output, texts.SampleData);
        }
    }
}

/// <summary>Facts about how the inputs were chosen that the output should say.</summary>
/// <param name="DefaultPeriod">No period was given: the latest year with submissions was taken.</param>
/// <param name="Sample">No submissions were given: the built-in framework's synthetic sample was scored.</param>
internal readonly record struct InputFacts(bool DefaultPeriod, bool Sample);

/// <summary>"Did you mean …?" for names typed on the command line.</summary>
internal static class Suggest
{
    /// <summary>How many names a message lists in full.</summary>
    public const int ListLimit = 20;

    /// <summary>The <c>unknown-unit</c> problem of a unit named with <c>--unit</c>: did you mean, and the units when they are few.</summary>
    public static Problem UnknownUnit(string unitId, IReadOnlyCollection<string> units)
    {
        string? closest = Suggestions.Closest(unitId, units);
        string message = "Unit '" + unitId + "' has neither a declaration nor a submission"
            + (closest is null ? string.Empty : "; did you mean '" + closest + "'?")
            + (units.Count == 0
                ? "; there are no units."
                : units.Count <= ListLimit
                    ? (closest is null ? "; the units are " : " The units are ") + string.Join(", ", units) + "."
                    : (closest is null ? "; there are " : " There are ") + Format.Int(units.Count) + " units (see cchc score).");
        return new Problem(ProblemCodes.UnknownUnit, message);
    }

    /// <summary>The <c>unknown-indicator</c> problem of a code the framework does not have, with the closest code.</summary>
    public static Problem UnknownIndicator(Framework framework, string code)
    {
        string? closest = Suggestions.Closest(code, framework.Indicators.Select(i => i.Code));
        return new Problem(ProblemCodes.UnknownIndicator, "Framework '" + framework.Id + "' has no indicator '" + code + "'" + (closest is null ? "." : "; did you mean '" + closest + "'?"));
    }
}
