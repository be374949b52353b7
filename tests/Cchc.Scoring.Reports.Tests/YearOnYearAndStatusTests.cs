using System;
using System.Linq;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>The HTML report's year-on-year and reporting-status sections, and the mark of an index on partial data.</summary>
public sealed class YearOnYearAndStatusTests
{
    private static ScoringResult Year(int year) =>
        Scorer.Score(Sample.Framework, Sample.Submissions, new ScoringRequest(ReportingPeriod.ForYear(year, Sample.Framework.Calendar)));

    [Fact]
    public void YearOnYear_SignedChangesInViStyle_WithArrows()
    {
        var current = Year(2025);
        var yoy = YearOnYear.Compare(current, Year(2024));
        var summary = ScoringSummary.Create(current, Sample.Submissions).WithYearOnYear(yoy);
        string html = HtmlReport.Render(summary);
        Assert.Contains("id=\"year-on-year\" data-previous-period=\"2024\"", html, StringComparison.Ordinal);
        foreach (var u in yoy.Units)
        {
            var row = Regex.Match(html, "<tr data-unit=\"" + u.UnitId + "\" data-change=\"([^\"]*)\" data-rank-change=\"([^\"]*)\"[^>]*>(.*?)</tr>");
            Assert.True(row.Success, u.UnitId);
            Assert.Equal(u.Change!.Value, decimal.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

            // The change as shown: sign, vi-VN decimals (','), and an arrow.
            decimal change = u.Change.Value;
            string shown = change > 0 ? "+" + ViNumber.Fixed(change, 2) + " ▲" : change < 0 ? "−" + ViNumber.Fixed(-change, 2) + " ▼" : "0,00 =";
            Assert.Contains(shown, row.Groups[3].Value, StringComparison.Ordinal);
            Assert.Contains(",", shown, StringComparison.Ordinal);
        }

        // Nothing of the sections without a comparison or a status.
        string plain = HtmlReport.Render(ScoringSummary.Create(current, Sample.Submissions));
        Assert.DoesNotContain("id=\"year-on-year\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"reporting-status\"", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportingStatus_CountsAndOwed()
    {
        var current = Year(2025);
        var status = ReportingStatus.Compute(Sample.Framework, Sample.Submissions, current.Request.Period);
        string html = HtmlReport.Render(ScoringSummary.Create(current, Sample.Submissions).WithReportingStatus(status), new ReportOptions(Language.En));
        Assert.Contains("id=\"reporting-status\" data-complete=\"" + (status.IsComplete ? "true" : "false") + "\" data-missing=\"" + status.Counts.Missing.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Reporting status</h2>", html, StringComparison.Ordinal);
        foreach (var unit in status.Units)
        {
            var row = Regex.Match(html, "<tr data-unit=\"" + unit.UnitId + "\" data-missing=\"([0-9]+)\">(.*?)</tr>");
            Assert.True(row.Success, unit.UnitId);
            Assert.Equal(unit.Counts.Missing.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Groups[1].Value);
            Assert.Contains("<td>" + string.Join(", ", unit.Owed) + "</td>", row.Groups[2].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PartialIndex_IsMarked_InTheWorkbook()
    {
        var (result, set) = PartialDepartment();
        var book = WorkbookReportTests.Book.Read(WorkbookReport.Render(ScoringSummary.Create(result, set)));
        var summary = book.Sheet(book.Names[0]);
        var rows = summary.RowsAfter("Hạng", "A");
        Assert.Contains(rows, row => summary.Text("B" + row.ToString(System.Globalization.CultureInfo.InvariantCulture)) == "SO ~");
        Assert.DoesNotContain(rows, row => summary.Text("B" + row.ToString(System.Globalization.CultureInfo.InvariantCulture)) == "VP ~");

        // Without partial data, no mark.
        var complete = Sample.Score();
        var plain = WorkbookReportTests.Book.Read(WorkbookReport.Render(ScoringSummary.Create(complete, Sample.Submissions)));
        var first = plain.Sheet(plain.Names[0]);
        Assert.DoesNotContain(first.RowsAfter("Hạng", "A"), row => (first.Text("B" + row.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? string.Empty).EndsWith(" ~", StringComparison.Ordinal));
    }

    [Fact]
    public void PartialIndex_IsMarked_InTheHeadlineAndTheRanking()
    {
        var (result, set) = PartialDepartment();
        Assert.True(Sample.Department(result).Coverage.IsPartial);
        string html = HtmlReport.Render(ScoringSummary.Create(result, set));
        Assert.Matches("id=\"index\">~[0-9]", html);
        Assert.Contains("id=\"partial\"", html, StringComparison.Ordinal);
        Assert.Matches("<tr class=\"focus\" data-unit=\"SO\"[^>]*data-partial=\"true\">", html);
        Assert.Contains("~ chỉ số tính trên số liệu một phần", html, StringComparison.Ordinal);
    }

    private static (ScoringResult Result, SubmissionSet Set) PartialDepartment()
    {
        // The department's 2025 T02 only for three quarters: its index is on partial data.
        var so = Sample.Submissions.Submissions.Where(s => !(s.UnitId == "SO" && s.Period.Year == 2025)).ToList();
        var calendar = Sample.Framework.Calendar;
        var at = InstantPattern.ExtendedIso.Parse("2025-10-10T02:00:00Z").Value;
        foreach (var indicator in Sample.Framework.Indicators)
        {
            var whole = Sample.Submissions.Select("SO", ReportingPeriod.ForYear(2025, calendar), indicator.Code);
            if (whole is null)
            {
                continue;
            }

            for (int q = 1; q <= 3; q++)
            {
                so.Add(new Submission("SO", ReportingPeriod.ForQuarter(2025, q, calendar), indicator.Code, whole.Measurement, at));
            }
        }

        var set = new SubmissionSet(so, Sample.Submissions.Units);
        return (Sample.Score(submissions: set), set);
    }
}
