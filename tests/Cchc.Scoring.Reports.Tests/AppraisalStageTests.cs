using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using DocumentFormat.OpenXml.Packaging;
using NodaTime;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>The reports say which stage of the appraisal each indicator's points come from, and show nothing of it without records.</summary>
public sealed class AppraisalStageTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2025, Sample.Framework.Calendar);

    private static Instant Day(int day) => Instant.FromUtc(2026, 1, 1, 0, 0).Plus(Duration.FromDays(day));

    /// <summary>
    /// SO's first indicator: self-assessed at its maximum, appraised at half of it in round 1, final at half, published.
    /// Its second: a self-assessment only. Every other indicator keeps the points of its figures.
    /// </summary>
    private static (ScoringSummary Summary, IndicatorScore First, IndicatorScore Second, int Others) WithRecords()
    {
        var plain = Sample.Department(Sample.Score());
        var first = plain.Indicators.First(s => s.MaxPoints > 0);
        var second = plain.Indicators.Where(s => s.MaxPoints > 0).Skip(1).First();
        decimal half = first.MaxPoints / 2;
        var records = new AssessmentRecords(
        [
            new AssessmentEntry("SO", Year, first.Indicator.Code, AssessmentEntryKind.SelfAssessment, Day(2), AssessorRole.Unit, first.MaxPoints),
            new AssessmentEntry("SO", Year, first.Indicator.Code, AssessmentEntryKind.Appraisal, Day(20), AssessorRole.AppraisalTeam, half, round: 1),
            new AssessmentEntry("SO", Year, first.Indicator.Code, AssessmentEntryKind.FinalDecision, Day(40), AssessorRole.Council, half),
            new AssessmentEntry("SO", Year, first.Indicator.Code, AssessmentEntryKind.Publication, Day(45), AssessorRole.Council),
            new AssessmentEntry("SO", Year, second.Indicator.Code, AssessmentEntryKind.SelfAssessment, Day(2), AssessorRole.Unit, second.MaxPoints),
        ]);
        var result = Scorer.Score(Sample.Framework, Sample.Submissions, new ScoringRequest(Year).WithAssessments(records));
        var card = Sample.Department(result);
        return (ScoringSummary.Create(result, Sample.Submissions, "SO"), card.Indicators.Single(s => s.Indicator.Code == first.Indicator.Code),
            card.Indicators.Single(s => s.Indicator.Code == second.Indicator.Code), card.Indicators.Count() - 2);
    }

    [Fact]
    public void Html_ShowsTheStageOfEachIndicator_AndTheCountsPerStage()
    {
        var (summary, first, second, others) = WithRecords();
        Assert.Equal(first.MaxPoints / 2, first.Points);
        string html = HtmlReport.Render(summary);

        // One indicator at the final decision, one self-assessed, the rest from their figures.
        Assert.Contains("<div class=\"note\" id=\"stages\">Giai đoạn — Quyết định cuối cùng: 1 · Tự đánh giá: 1 · tính từ số liệu: " + ViNumber.Integer(others) + "</div>", html, StringComparison.Ordinal);
        Assert.Matches("(?s)<tr data-indicator=\"" + Regex.Escape(first.Indicator.Code) + "\"[^<]*>.*?<td data-stage=\"finalDecision\">quyết định cuối cùng \\(hội đồng\\), đã công bố</td></tr>", html);
        Assert.Matches("(?s)<tr data-indicator=\"" + Regex.Escape(second.Indicator.Code) + "\"[^<]*>.*?<td data-stage=\"selfAssessment\">tự đánh giá</td></tr>", html);
        Assert.Equal(summary.Focus.Indicators.Count(), Regex.Matches(html, "<td data-stage=\"").Count);

        string en = HtmlReport.Render(summary, new ReportOptions(Language.En));
        Assert.Contains("Stage — Final decision: 1 · Self-assessment: 1 · figures: " + others.ToString(System.Globalization.CultureInfo.InvariantCulture), en, StringComparison.Ordinal);
        Assert.Contains(">final decision (council), published</td>", en, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutRecords_NoStageColumn_InAnyReport()
    {
        var summary = ScoringSummary.Create(Sample.Score(), Sample.Submissions, "SO");
        string html = HtmlReport.Render(summary);
        Assert.DoesNotContain("data-stage", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"stages\"", html, StringComparison.Ordinal);
        var doc = Doc.Read(DocxReport.Render(summary));
        Assert.DoesNotContain(doc.Tables.SelectMany(t => t).SelectMany(r => r), c => c == "Giai đoạn");
        Assert.DoesNotContain(SheetTexts(WorkbookReport.Render(summary), "SO"), t => t == "Giai đoạn");
    }

    [Fact]
    public void Word_AppendixHasAStageColumn_AndTheOverallSectionSaysWhereThePointsStand()
    {
        var (summary, first, _, others) = WithRecords();
        var doc = Doc.Read(DocxReport.Render(summary));
        var appendix = doc.Tables.Last();
        Assert.Equal("Giai đoạn", appendix[0].Last());
        var row = appendix.Single(r => r.Count > 1 && r[1].StartsWith(first.Indicator.Code + ".", StringComparison.Ordinal));
        Assert.Equal("quyết định cuối cùng (hội đồng), đã công bố", row.Last());
        Assert.Contains("Giai đoạn: Quyết định cuối cùng: 1 · Tự đánh giá: 1 · tính từ số liệu: " + ViNumber.Integer(others) + ".", doc.Paragraphs);

        // The columns still fill the text width of an A4 page with margins of 30 and 15 mm: 11,906 − 1,701 − 850 = 9,355
        // twips, the stage column 1,500 of them.
        var grid = doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Last().GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableGrid>()!
            .Elements<DocumentFormat.OpenXml.Wordprocessing.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(9355, grid.Sum());
        Assert.Equal(1500, grid[^1]);
    }

    [Fact]
    public void Workbook_UnitSheetHasAStageColumn()
    {
        var (summary, _, _, _) = WithRecords();
        var texts = SheetTexts(WorkbookReport.Render(summary), "SO");
        Assert.Contains("Giai đoạn", texts);
        Assert.Contains("quyết định cuối cùng (hội đồng), đã công bố", texts);
        Assert.Contains("tự đánh giá", texts);
    }

    private static string[] SheetTexts(byte[] workbook, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name!.Value == sheetName);
        var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!.Value!);
        return worksheet.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? string.Empty).ToArray();
    }
}
