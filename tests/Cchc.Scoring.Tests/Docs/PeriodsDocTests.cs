using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Docs;

/// <summary>The examples of docs/periods.md load, are canonical and give the numbers the page states.</summary>
public sealed class PeriodsDocTests
{
    private static readonly string Doc = RepositoryFiles.Read("docs/periods.md");

    private static string JsonBlockAfter(string marker)
    {
        int at = Doc.IndexOf("<!-- example: " + marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "marker '" + marker + "' not found");
        int start = Doc.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        int end = Doc.IndexOf("```", start, StringComparison.Ordinal);
        return Doc[start..end];
    }

    private static (Cchc.Scoring.Framework Framework, Cchc.Scoring.SubmissionSet Submissions) Load()
    {
        string fwText = JsonBlockAfter("periods framework");
        var fw = FrameworkJson.Read(fwText);
        Assert.Empty(fw.Problems);
        Assert.Equal(fwText, FrameworkJson.Write(fw.Value!));
        string subText = JsonBlockAfter("periods submissions");
        var subs = SubmissionJson.Read(subText, fw.Value!);
        Assert.Empty(subs.Problems);
        Assert.Equal(subText, SubmissionJson.Write(subs.Value!, "periods-example"));
        return (fw.Value!, subs.Value!);
    }

    [Fact]
    public void Examples_LoadAndAreCanonical() => Load();

    [Fact]
    public void Deadline_AsDocumented()
    {
        var (fw, subs) = Load();
        var q2 = ReportingPeriod.Parse("2025-Q2", fw.Calendar);
        Assert.Equal(Date("2025-06-18"), fw.Deadline!.DueDate(q2));
        Assert.Equal(At("2025-06-18T17:00:00Z"), fw.Deadline.LateFrom(q2));
        var revisions = subs.History("VP", "T02", q2);
        Assert.False(fw.Deadline.IsLate(revisions[0].Period, revisions[0].RecordedAt));
        Assert.True(fw.Deadline.IsLate(revisions[1].Period, revisions[1].RecordedAt));
        Assert.Equal(Date("2025-03-19"), fw.Deadline.DueDate(ReportingPeriod.Parse("2025-Q1", fw.Calendar)));
        Assert.DoesNotContain(subs.Submissions.Where(s => s.IndicatorCode != "T02" || s.Period != q2 || s.Note is null), s => fw.Deadline.IsLate(s.Period, s.RecordedAt));
    }

    [Fact]
    public void RollUp_AsDocumented()
    {
        var (fw, subs) = Load();
        var card = Scorer.Score(fw, subs, new ScoringRequest(ReportingPeriod.Parse("2025-H1", fw.Calendar))).Find("VP")!;
        var t02 = card.Indicators.Single(s => s.Indicator.Code == "T02");
        Assert.Equal(89m, t02.Value);
        Assert.Equal(9.89m, t02.Points);
        Assert.True(t02.IsLate);
        string documented = Doc.Split('\n').Single(l => l.StartsWith("pool of 2 of 2 quarters", StringComparison.Ordinal));
        Assert.Equal(documented, t02.Explanation);

        // T07: (20 × 100 + 10 × 300) ÷ (100 + 300) = 12.5 ≤ 15 → 10.
        var t07 = card.Indicators.Single(s => s.Indicator.Code == "T07");
        Assert.Equal(12.5m, t07.Value);
        Assert.Equal(10m, t07.Points);

        // As of 2025-06-20: 430 + 455 = 885 of 1000 → 88.5 % → 88.5 × 10 ÷ 90 = 9.8333… → 9.83, nothing late.
        var then = Scorer.Score(fw, subs, new ScoringRequest(ReportingPeriod.Parse("2025-H1", fw.Calendar), At("2025-06-20T00:00:00Z"))).Find("VP")!;
        var early = then.Indicators.Single(s => s.Indicator.Code == "T02");
        Assert.Equal(88.5m, early.Value);
        Assert.Equal(9.83m, early.Points);
        Assert.False(early.IsLate);
    }

    [Fact]
    public void D19_CoverExample_AsDocumented()
    {
        // The worked example of "Period roll-up": H1 1000/1500, Q3 800/800, Q4 900/900 and Q1 0/100, each recorded
        // before its due day (H1 and Q2 due 2025-06-18, Q3 2025-09-17, Q4 2025-12-17, Q1 2025-03-19), so nothing is late.
        // (1000 + 800 + 900) ÷ (1500 + 800 + 900) × 100 = 2700 ÷ 3200 × 100 = 84.375 %; 84.375 × 10 ÷ 90 = 9.375 → 9.38.
        var (fw, _) = Load();
        Submission S(string period, Measurement m, string at) => new("VP", ReportingPeriod.Parse(period, fw.Calendar), "T02", m, At(at));
        var set = new SubmissionSet([
            S("2025-Q1", Measurement.Ratio(0, 100), "2025-03-18T02:00:00Z"),
            S("2025-H1", Measurement.Ratio(1000, 1500), "2025-06-17T02:00:00Z"),
            S("2025-Q3", Measurement.Ratio(800, 800), "2025-09-16T02:00:00Z"),
            S("2025-Q4", Measurement.Ratio(900, 900), "2025-12-16T02:00:00Z"),
        ]);
        var t02 = Scorer.Score(fw, set, new ScoringRequest(ReportingPeriod.Parse("2025", fw.Calendar))).Find("VP")!.Indicators.Single(s => s.Indicator.Code == "T02");
        Assert.Equal(84.375m, t02.Value);
        Assert.Equal(9.38m, t02.Points);
        Assert.False(t02.IsLate);
        Assert.Equal(Doc.Split('\n').Single(l => l.StartsWith("pool of 3 parts covering", StringComparison.Ordinal)), t02.Explanation);
        Assert.Equal(Doc.Split('\n').Single(l => l.StartsWith("cộng dồn 3 kỳ", StringComparison.Ordinal)), t02.ExplanationIn(Language.Vi));

        // Two custom ranges that tile the year (under the plain calendar) are named, not rolled up.
        fw = FrameworkJson.Read(JsonBlockAfter("periods framework").Replace("\"administrative\"", "\"calendar\"", StringComparison.Ordinal)).Value!;
        var custom = new SubmissionSet([
            new Submission("VP", ReportingPeriod.Parse("2025-01-01..2025-06-30"), "T02", Measurement.Ratio(1, 2), At("2025-07-01T02:00:00Z")),
            new Submission("VP", ReportingPeriod.Parse("2025-07-01..2025-12-31"), "T02", Measurement.Ratio(2, 2), At("2026-01-01T02:00:00Z")),
        ]);
        var none = Scorer.Score(fw, custom, new ScoringRequest(ReportingPeriod.Parse("2025", fw.Calendar))).Find("VP")!.Indicators.Single(s => s.Indicator.Code == "T02");
        string documented = "No usable submission for 2025 (custom ranges are not rolled up: 2025-01-01..2025-06-30, 2025-07-01..2025-12-31). 0 of 10 points.";
        Assert.Contains(documented.Replace(" 2025-01-01..2025-06-30, 2025-07-01..2025-12-31)", "\n2025-01-01..2025-06-30, 2025-07-01..2025-12-31)", StringComparison.Ordinal), Doc, StringComparison.Ordinal);
        Assert.Equal(documented, none.Explanation);
    }

    [Fact]
    public void Trajectory_AsDocumented()
    {
        var (fw, subs) = Load();
        var t10 = Trajectories.Compute(fw, subs, "VP").Indicators.Single(t => t.Indicator.Code == "T10");
        Assert.Equal(10m, t10.Baseline);
        Assert.Equal(9m, t10.Target);
        Assert.Equal([9.8m, 9.6m, 9.3m, 9m], t10.Milestones.Select(m => m.Value));
        Assert.Equal(new YearValue(2023, 9.5m), t10.Latest);
        Assert.Equal(9.08m, Math.Round(t10.Projection!.Value, 2));
        Assert.Equal(0.9167m, Math.Round(t10.ProgressRatio!.Value, 4));
        Assert.Equal(TrajectoryStatus.NeedsAcceleration, t10.Status);
    }

    [Fact]
    public void Calendars_TableAsDocumented()
    {
        string[] Row(string prefix) => Doc.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries)[2..6];
        foreach (var (prefix, calendar) in new[] { ("| `calendar` (default)", ReportingCalendar.Calendar), ("| `administrative`", ReportingCalendar.Administrative), ("| `cutoff-N`", ReportingCalendar.WithCutoff(28)) })
        {
            var cells = Row(prefix);
            string[] periods = ["2025-Q3", "2025", "2025-H1", "2024-03"];
            for (int i = 0; i < periods.Length; i++)
            {
                var p = ReportingPeriod.Parse(periods[i], calendar);
                Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Format(p.Start) + ".." + NodaTime.Text.LocalDatePattern.Iso.Format(p.End), cells[i]);
            }
        }
    }
}
