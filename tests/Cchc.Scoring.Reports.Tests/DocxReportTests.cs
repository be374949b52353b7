using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

public sealed class DocxReportTests
{
    private static ScoringResult ScoreFor(ReportingPeriod period) =>
        Scorer.Score(Sample.Framework, Sample.Submissions, new ScoringRequest(period));

    private static ScoringSummary Summary(ReportingPeriod period) => ScoringSummary.Create(ScoreFor(period), Sample.Submissions);

    private static ScoringSummary Year2025 => ScoringSummary.Create(Sample.Score(), Sample.Submissions);

    private static DocxReportOptions WithPrevious(Language language = Language.Vi) => new()
    {
        Language = language,
        Previous = Summary(ReportingPeriod.ForYear(2024)),
        Date = new LocalDate(2026, 1, 8),
        Number = "15",
        Signer = "Nguyễn Văn A",
    };

    [Fact]
    public void Render_Twice_SameBytes()
    {
        byte[] first = DocxReport.Render(Year2025, WithPrevious());
        byte[] second = DocxReport.Render(Year2025, WithPrevious());
        Assert.Equal(first, second);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(first, 0, 2));
        Assert.Equal(DocxReport.Render(Year2025), DocxReport.Render(Year2025));
    }

    [Theory]
    [InlineData(Language.Vi, true)]
    [InlineData(Language.En, true)]
    [InlineData(Language.Vi, false)]
    public void Render_OpenXmlValidator_NoErrors(Language language, bool previous)
    {
        var options = previous ? WithPrevious(language) : new DocxReportOptions { Language = language };
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxReport.Render(Year2025, options)), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => e.Description + " at " + e.Path?.XPath + " (" + e.Part?.Uri + ")")
            .ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("2025-Q1", "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025", "cùng kỳ năm 2024")]
    [InlineData("2025-Q4", "Kết quả thực hiện công tác cải cách hành chính quý IV năm 2025", "cùng kỳ năm 2024")]
    [InlineData("2025-H1", "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025", "cùng kỳ năm 2024")]
    [InlineData("2025-H2", "Kết quả thực hiện công tác cải cách hành chính 6 tháng cuối năm 2025", "cùng kỳ năm 2024")]
    [InlineData("2025", "Kết quả thực hiện công tác cải cách hành chính năm 2025", "năm 2024")]
    [InlineData("2025-03", "Kết quả thực hiện công tác cải cách hành chính tháng 3 năm 2025", "cùng kỳ năm 2024")]
    public void Title_PerPeriodKind(string text, string subject, string compared)
    {
        var period = ReportingPeriod.Parse(text);
        var previous = period.InYear(period.Year - 1)!.Value;
        var doc = Doc.Read(DocxReport.Render(Summary(period), new DocxReportOptions { Previous = Summary(previous) }));
        int title = doc.Paragraphs.IndexOf("BÁO CÁO");
        Assert.True(title >= 0, "no title");
        Assert.Equal(subject, doc.Paragraphs[title + 1]);
        Assert.True(doc.IsBold("BÁO CÁO") && doc.IsBold(subject));
        // The comparison names the comparable period, with its dates.
        Assert.Contains("So sánh với " + compared + " (từ ngày " + Dates(previous) + ").", doc.Paragraphs);
        // The units table has a column for the index of the period compared with.
        Assert.Contains("Chỉ số " + compared, doc.Tables[1][0]);
    }

    [Fact]
    public void Title_AdHoc_NoComparison()
    {
        var period = ReportingPeriod.Custom(new LocalDate(2025, 3, 1), new LocalDate(2025, 4, 15));
        Assert.Null(period.InYear(period.Year - 1));
        var doc = Doc.Read(DocxReport.Render(Summary(period)));
        Assert.Contains("Kết quả thực hiện công tác cải cách hành chính từ ngày 01/03/2025 đến ngày 15/04/2025 (báo cáo đột xuất)", doc.Paragraphs);
        Assert.Contains("Báo cáo đột xuất không so sánh với kỳ trước.", doc.Paragraphs);
        Assert.Equal(7, doc.Tables[1][0].Count);
    }

    [Fact]
    public void Title_English()
    {
        var doc = Doc.Read(DocxReport.Render(Summary(ReportingPeriod.ForQuarter(2025, 1)), new DocxReportOptions { Language = Language.En }));
        Assert.Contains("REPORT", doc.Paragraphs);
        Assert.Contains("Results of the administrative reform work in the first quarter of 2025", doc.Paragraphs);
        Assert.Equal(["TIỀN GIANG PROVINCIAL PEOPLE'S COMMITTEE", "TIỀN GIANG DEPARTMENT OF TRANSPORT"], Lines(doc.Tables[0][0][0]));
        Assert.Equal(["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness"], Lines(doc.Tables[0][0][1]));
    }

    [Fact]
    public void Header_Decree30_Texts()
    {
        var doc = Doc.Read(DocxReport.Render(Year2025));
        var head = doc.Tables[0];
        // The parent agency in capitals above the agency in bold capitals (read from "Sở Giao thông vận tải tỉnh Tiền Giang").
        Assert.Equal(["UBND TỈNH TIỀN GIANG", "SỞ GIAO THÔNG VẬN TẢI"], Lines(head[0][0]));
        Assert.False(doc.IsBold("UBND TỈNH TIỀN GIANG"));
        Assert.True(doc.IsBold("SỞ GIAO THÔNG VẬN TẢI"));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], Lines(head[0][1]));
        Assert.True(doc.IsBold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && doc.IsBold("Độc lập - Tự do - Hạnh phúc"));
        // No number and no date given: dots to fill in by hand, never today's date.
        Assert.Equal("Số: …/BC-SGTVT", head[1][0]);
        Assert.Equal("Tiền Giang, ngày … tháng … năm …", head[1][1]);
        Assert.True(doc.IsItalic("Tiền Giang, ngày … tháng … năm …"));
        // The short rules under the agency and the motto: paragraphs with a top border.
        Assert.Equal(3, doc.Body.Descendants<ParagraphBorders>().Count());
    }

    [Theory]
    [InlineData(2025, 4, 5, "ngày 05 tháng 4 năm 2025")]
    [InlineData(2026, 1, 8, "ngày 08 tháng 01 năm 2026")]
    [InlineData(2025, 2, 28, "ngày 28 tháng 02 năm 2025")]
    [InlineData(2025, 12, 20, "ngày 20 tháng 12 năm 2025")]
    public void Header_DateAndNumber_AsDecree30WritesThem(int year, int month, int day, string expected)
    {
        // Decree 30: a day below 10 and the months 1 and 2 take a leading zero.
        var options = new DocxReportOptions { Date = new LocalDate(year, month, day), Number = "15", ParentAgency = "UBND tỉnh Tiền Giang", Agency = "Sở Giao thông vận tải", AgencyCode = "SGTVT", Place = "Tiền Giang" };
        var head = Doc.Read(DocxReport.Render(Year2025, options)).Tables[0];
        Assert.Equal("Số: 15/BC-SGTVT", head[1][0]);
        Assert.Equal("Tiền Giang, " + expected, head[1][1]);
    }

    [Fact]
    public void Page_A4_Margins_TimesNewRoman()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxReport.Render(Year2025)), false);
        var section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        // A4 is 210 × 297 mm = 11906 × 16838 twips; 20 mm = 1134, 30 mm = 1701, 15 mm = 850 twips (56.7 a mm).
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value); // 14 pt
        Assert.Equal("vi-VN", defaults.Languages!.Val!.Value);
        // Every run is 11 to 14 pt.
        var sizes = document.MainDocumentPart.Document.Body.Descendants<FontSize>().Select(s => int.Parse(s.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture)).Where(s => s > 4).Distinct().ToArray();
        Assert.All(sizes, s => Assert.InRange(s, 22, 28));
    }

    [Fact]
    public void UnitsTable_FiguresOfTheScorecards_ViStyle()
    {
        var summary = Year2025;
        var previous = Summary(ReportingPeriod.ForYear(2024));
        var table = Doc.Read(DocxReport.Render(summary, new DocxReportOptions { Previous = previous })).Tables[1];
        Assert.Equal(["STT", "Đơn vị", "Điểm", "Tối đa", "Chỉ số", "Xếp loại", "Hạng", "Chỉ số năm 2024", "Tăng (+)/giảm (−)"], table[0]);
        Assert.Equal(summary.Ranking.Count + 1, table.Count);
        for (int i = 0; i < summary.Ranking.Count; i++)
        {
            var r = summary.Ranking[i];
            var card = r.Scorecard;
            var row = table[i + 1];
            Assert.StartsWith(card.UnitId + " – ", row[1], StringComparison.Ordinal);
            Assert.Equal(ViNumber.Fixed(card.Points, 2), row[2]);
            Assert.Equal(ViNumber.Fixed(card.MaxPoints, 2), row[3]);
            Assert.Equal(ViNumber.Fixed(card.Index!.Value, 2), row[4]);
            Assert.Equal(card.Class!.Name.Vi, row[5]);
            Assert.Equal(r.Rank!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), row[6]);
            decimal before = previous.Result.Find(card.UnitId)!.Index!.Value;
            Assert.Equal(ViNumber.Fixed(before, 2), row[7]);
            decimal change = card.Index.Value - before;
            Assert.Equal(change > 0 ? "+" + ViNumber.Fixed(change, 2) : change < 0 ? "−" + ViNumber.Fixed(-change, 2) : "0,00", row[8]);
        }

        // Hand-checked: the department SO scores 93,76 of 100 in 2025 (cchc score --unit SO), class Tốt; 86,22 in 2024,
        // so 93,76 − 86,22 = +7,54.
        var so = table.Single(r => r[1].StartsWith("SO – ", StringComparison.Ordinal));
        Assert.Equal(["93,76", "100,00", "93,76", "Tốt"], so.Skip(2).Take(4));
        Assert.Equal(["86,22", "+7,54"], so.Skip(7).Take(2));
    }

    [Fact]
    public void Appendix_EveryIndicator_ViStyle()
    {
        var summary = Year2025;
        var so = summary.Focus;
        var table = Doc.Read(DocxReport.Render(summary)).Tables[^1];
        Assert.Equal(["STT", "Chỉ tiêu", "Chỉ tiêu năm 2025", "Kết quả", "Điểm/tối đa", "Đánh giá"], table[0]);
        var rows = table.Skip(1).Where(r => r.Count > 1).ToArray();
        var scores = so.Indicators.ToArray();
        Assert.Equal(scores.Length, rows.Length);
        for (int i = 0; i < scores.Length; i++)
        {
            Assert.StartsWith(scores[i].Indicator.Code + ". ", rows[i][1], StringComparison.Ordinal);
            Assert.Equal(ViNumber.Fixed(scores[i].Points, 2) + "/" + ViNumber.Fixed(scores[i].MaxPoints, 2), rows[i][4]);
            Assert.Equal(StatusNames.Of(scores[i].Status).Vi, rows[i][5]);
        }

        // One row per area before its indicators.
        Assert.Equal(so.Areas.Count, table.Count(r => r.Count == 1));
        // Hand-checked: SO's T14 (leaders meeting their title standard) is 96,55 % against ≥ 100 %: 0 of 5 points
        // (threshold rule); T02 is 89,97 % against ≥ 90 %: not met although 89,97 × 5 ÷ 90 = 4,998… rounds to 5,00.
        var t14 = rows.Single(r => r[1].StartsWith("T14. ", StringComparison.Ordinal));
        Assert.Equal(("≥ 100 %", "96,55 %", "0,00/5,00", "Không đạt"), (t14[2], t14[3], t14[4], t14[5]));
        var t02 = rows.Single(r => r[1].StartsWith("T02. ", StringComparison.Ordinal));
        Assert.Equal(("≥ 90 %", "89,97 %", "5,00/5,00", "Không đạt"), (t02[2], t02[3], t02[4], t02[5]));
        // Baseline-relative targets say what they reduce and against which year.
        var t10 = rows.Single(r => r[1].StartsWith("T10. ", StringComparison.Ordinal));
        Assert.StartsWith("giảm tối thiểu 10 % so với 2021", t10[2], StringComparison.Ordinal);
        var t16 = rows.Single(r => r[1].StartsWith("T16. ", StringComparison.Ordinal));
        Assert.Equal("có", t16[2]);
    }

    [Fact]
    public void Tasks_EveryTargetAgainstItsPlanValue()
    {
        var summary = Year2025;
        var doc = Doc.Read(DocxReport.Render(summary));
        int n = 0;
        foreach (var area in summary.Focus.Areas)
        {
            n++;
            Assert.Contains(n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + area.Area.Name.Vi, doc.Paragraphs);
            foreach (var s in area.Indicators)
            {
                string line = doc.Paragraphs.Single(p => p.StartsWith("- " + s.Indicator.Code + ". ", StringComparison.Ordinal) && p.Contains("chỉ tiêu đến năm 2025", StringComparison.Ordinal));
                Assert.EndsWith("; đánh giá: " + StatusNames.Of(s.Status).Vi + ".", line, StringComparison.Ordinal);
            }
        }

        Assert.Contains(doc.Paragraphs, p => p.StartsWith("- T02. ", StringComparison.Ordinal) && p.Contains(": kết quả 89,97 %; chỉ tiêu đến năm 2025: ≥ 90 %; đánh giá: Không đạt.", StringComparison.Ordinal));
        Assert.Contains("Điểm đạt được: 27,78/28,00 (99,21 %).", doc.Paragraphs);
    }

    [Fact]
    public void Overall_IndexClassRankAndChange()
    {
        var summary = Year2025;
        var previous = Summary(ReportingPeriod.ForYear(2024));
        var doc = Doc.Read(DocxReport.Render(summary, new DocxReportOptions { Previous = previous }));
        var so = summary.Focus;
        decimal before = previous.Focus.Index!.Value;
        decimal change = so.Index!.Value - before;
        string changeText = change > 0 ? "tăng " + ViNumber.Fixed(change, 2) : change < 0 ? "giảm " + ViNumber.Fixed(-change, 2) : "không thay đổi";
        Assert.Contains(
            "Chỉ số cải cách hành chính đạt 93,76 (" + ViNumber.Fixed(so.Points, 2) + " điểm trên tổng số " + ViNumber.Fixed(so.MaxPoints, 2) + " điểm), xếp loại Tốt, hạng "
            + summary.Ranking.Single(r => r.Scorecard.UnitId == "SO").Rank + "/" + summary.Ranking.Count + "; " + changeText + " (" + ViNumber.Fixed(before, 2) + ") so với năm 2024.",
            doc.Paragraphs);
    }

    [Fact]
    public void FollowUp_FromScorecards_CountsMissingAndLate()
    {
        // The first quarter of 2025 in the sample has only a few quarterly figures: most indicators are missing.
        var result = ScoreFor(ReportingPeriod.ForQuarter(2025, 1));
        var follow = ReportingFollowUp.FromScorecards(result.Scorecards);
        Assert.Equal(result.Scorecards.Select(c => c.UnitId), follow.Units.Select(u => u.UnitId));
        foreach (var (card, row) in result.Scorecards.Zip(follow.Units))
        {
            Assert.Equal(card.Coverage.Applicable, row.Due);
            Assert.Equal(card.Coverage.NoData, row.Missing.Count);
            Assert.Equal(card.Coverage.Scored, row.Submitted);
            Assert.Equal(card.Indicators.Where(s => s.Status == IndicatorStatus.NoData).Select(s => s.Indicator.Code), row.Missing);
            Assert.Equal(card.Indicators.Where(s => s.Status is IndicatorStatus.Met or IndicatorStatus.NotMet && s.IsLate).Select(s => s.Indicator.Code), row.Late);
        }

        Assert.Contains(follow.Units, u => u.Missing.Count > 0);
    }

    [Fact]
    public void Overall_Coverage_SaysWhatCountsZero()
    {
        // 2025: every indicator of SO has figures. 2025-Q1: none (the sample's few quarterly figures are other units'):
        // 23 indicators without figures, each 0 points with its maximum counted.
        Assert.Contains("Có số liệu 23 trên 23 chỉ tiêu phải báo cáo.", Doc.Read(DocxReport.Render(Year2025)).Paragraphs);
        var quarter = Summary(ReportingPeriod.ForQuarter(2025, 1));
        Assert.Equal((0, 23), (quarter.Focus.Coverage.Scored, quarter.Focus.Coverage.NoData));
        Assert.Contains("Có số liệu 0 trên 23 chỉ tiêu phải báo cáo; 23 chỉ tiêu chưa có số liệu được tính 0 điểm.", Doc.Read(DocxReport.Render(quarter)).Paragraphs);
    }

    [Fact]
    public void Previous_WithoutAnyFigure_NothingToCompare()
    {
        // The sample has no quarterly figures for 2024: the first quarter of 2024 is no comparison, not an index of 0.
        var doc = Doc.Read(DocxReport.Render(Year2025, new DocxReportOptions { Previous = Summary(ReportingPeriod.ForQuarter(2024, 1)) }));
        Assert.Contains(doc.Paragraphs, p => p.StartsWith("Chỉ số cải cách hành chính đạt 93,76", StringComparison.Ordinal) && p.EndsWith("; chưa có số liệu quý I năm 2024 để so sánh.", StringComparison.Ordinal));
        Assert.All(doc.Tables[1].Skip(1), row => Assert.Equal(["–", "–"], row.Skip(7)));
    }

    [Fact]
    public void FollowUp_GivenModel_Shown()
    {
        // A host that knows more than the scorecards (the reporting status) gives the rows itself.
        var follow = new ReportingFollowUp(
        [
            new UnitReporting("VP", new LocalizedText("Văn phòng Sở", "Department Office"), 23, ["T10", "T11"], ["T02"], []),
            new UnitReporting("KHTC", new LocalizedText("Phòng Kế hoạch - Tài chính", "Planning and Finance Division"), 20, [], [], ["T15"]),
        ]);
        var doc = Doc.Read(DocxReport.Render(Year2025, new DocxReportOptions { FollowUp = follow }));
        var table = doc.Tables.Single(t => t[0].Contains("Còn thiếu"));
        Assert.Equal(["1", "VP – Văn phòng Sở", "23", "21", "1 (T02)", "2 (T10, T11)"], table[1]);
        Assert.Equal(["2", "KHTC – Phòng Kế hoạch - Tài chính", "20", "20", "0", "Đủ"], table[2]);
        // 1 of 2 units complete; 1 unit owes 2 figures; 1 late; 1 partial.
        Assert.Contains("Có 1/2 đơn vị báo cáo đầy đủ số liệu; 1 đơn vị còn thiếu số liệu (2 chỉ tiêu); 1 chỉ tiêu báo cáo sau thời hạn; 1 chỉ tiêu có số liệu chưa đủ kỳ.", doc.Paragraphs);
    }

    [Fact]
    public void Improve_IndicatorsNotMet_FromTheResult()
    {
        var summary = Year2025;
        var doc = Doc.Read(DocxReport.Render(summary));
        var notMet = summary.Focus.Indicators.Where(s => s.Status == IndicatorStatus.NotMet).ToArray();
        int heading = doc.Paragraphs.IndexOf("V. TỒN TẠI, HẠN CHẾ VÀ NỘI DUNG CẦN KHẮC PHỤC");
        Assert.True(heading > 0);
        var section = doc.Paragraphs.Skip(heading + 1).TakeWhile(p => !p.StartsWith("Trên đây", StringComparison.Ordinal)).ToArray();
        if (notMet.Length == 0)
        {
            Assert.Contains("Các chỉ tiêu có số liệu đều đạt chỉ tiêu đề ra.", section);
            return;
        }

        Assert.Equal(notMet.Select(s => s.Indicator.Code), section.Where(p => p.StartsWith("- ", StringComparison.Ordinal)).Select(p => p[2..p.IndexOf('.', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Signature_RecipientsAndSigner()
    {
        var options = new DocxReportOptions
        {
            Recipients = ["UBND tỉnh (qua Sở Nội vụ)", "BGĐ Sở", "Lưu: VT, VP"],
            SignatureTitle = ["KT. Giám đốc", "Phó Giám đốc"],
            Signer = "Phan Vĩnh Thanh",
        };
        var doc = Doc.Read(DocxReport.Render(Year2025, options));
        var block = doc.Tables.Single(t => t[0][0].StartsWith("Nơi nhận:", StringComparison.Ordinal))[0];
        Assert.Equal(["Nơi nhận:", "- UBND tỉnh (qua Sở Nội vụ);", "- BGĐ Sở;", "- Lưu: VT, VP."], block[0].Split('\n'));
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Phan Vĩnh Thanh"], block[1].Split('\n'));

        var defaults = Doc.Read(DocxReport.Render(Year2025)).Tables.Single(t => t[0][0].StartsWith("Nơi nhận:", StringComparison.Ordinal))[0];
        Assert.Equal(["Nơi nhận:", "- UBND tỉnh Tiền Giang (qua Sở Nội vụ);", "- Lưu: VT, VP."], defaults[0].Split('\n'));
        Assert.Equal("GIÁM ĐỐC", defaults[1].Split('\n')[0]);

        // The block never splits over two pages (a page with only "- Lưu: VT, VP." on it), and the closing sentence stays with it.
        var body = Doc.Read(DocxReport.Render(Year2025)).Body;
        var table = body.Elements<Table>().Single(t => t.InnerText.StartsWith("Nơi nhận:", StringComparison.Ordinal));
        Assert.NotNull(table.Elements<TableRow>().Single().TableRowProperties!.GetFirstChild<CantSplit>());
        Assert.NotNull(((Paragraph)table.PreviousSibling()!).ParagraphProperties!.KeepNext);
    }

    [Theory]
    [InlineData("Sở Giao thông vận tải tỉnh Tiền Giang", "Sở Giao thông vận tải", "tỉnh", "Tiền Giang", "SGTVT")]
    [InlineData("Sở Nội vụ thành phố Hồ Chí Minh", "Sở Nội vụ", "thành phố", "Hồ Chí Minh", "SNV")]
    [InlineData("Văn phòng Sở", "Văn phòng Sở", null, null, "VPS")]
    [InlineData("Phòng Kế hoạch - Tài chính", "Phòng Kế hoạch - Tài chính", null, null, "PKHTC")]
    public void Letterhead_ReadFromTheName(string name, string agency, string? marker, string? locality, string initials)
    {
        Assert.Equal((agency, marker, locality), Letterhead.Split(name));
        Assert.Equal(initials, Letterhead.Initials(agency));
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("summary", () => DocxReport.Render(null!));
        Assert.Throws<ArgumentNullException>("output", () => DocxReport.Write(Year2025, null!));
        Assert.Throws<ArgumentNullException>("units", () => new ReportingFollowUp(null!));
        Assert.Throws<ArgumentNullException>("scorecards", () => ReportingFollowUp.FromScorecards(null!));
        Assert.Throws<ArgumentNullException>("unitId", () => new UnitReporting(null!, new LocalizedText("a", "a"), 1, [], [], []));
        Assert.Throws<ArgumentOutOfRangeException>("due", () => new UnitReporting("A", new LocalizedText("a", "a"), 1, ["T01", "T02"], [], []));
    }

    [Fact]
    public void Doc_CSharpExample_Renders()
    {
        // docs/reports.md, "The periodic report (Word)", with the sample scored for 2025.
        var framework = Sample.Framework;
        var submissions = Sample.Submissions;
        var summary = Year2025;
        var previousPeriod = ReportingPeriod.ForYear(2025).InYear(2024)!.Value; // 2024
        var previous = ScoringSummary.Create(Scorer.Score(framework, submissions, new ScoringRequest(previousPeriod)), submissions);
        byte[] bytes = DocxReport.Render(summary, new DocxReportOptions
        {
            Previous = previous,
            Date = new LocalDate(2026, 1, 8),
            Number = "15",
            SignatureTitle = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
            Signer = "Phan Vĩnh Thanh",
        });
        string doc = RepositoryFiles.Read("docs/reports.md");
        Assert.Contains("var previousPeriod = ReportingPeriod.ForYear(2025).InYear(2024)!.Value; // 2024", doc, StringComparison.Ordinal);
        Assert.Contains("    Signer = \"Phan Vĩnh Thanh\",", doc, StringComparison.Ordinal);
        var read = Doc.Read(bytes);
        Assert.Equal(ReportingPeriod.ForYear(2024), previousPeriod);
        Assert.Contains("So sánh với năm 2024 (từ ngày 01/01/2024 đến ngày 31/12/2024).", read.Paragraphs);
        Assert.Equal("Phan Vĩnh Thanh", read.Tables.Single(t => t[0][0].StartsWith("Nơi nhận:", StringComparison.Ordinal))[0][1].Split('\n')[^1]);
    }

    [Fact]
    public void AnyText_ValidXml_AndShownAsWritten()
    {
        // Characters XML cannot hold become U+FFFD (the workbook's and the page's rule); markup characters are text.
        var options = new DocxReportOptions
        {
            Agency = "Sở <b>&amp;\u0001",
            ParentAgency = "UBND \uD800",
            Signer = "A\uFFFF",
            Recipients = ["=HYPERLINK(\"x\")\u000B"],
            Number = "1\u0000",
        };
        byte[] bytes = DocxReport.Render(Year2025, options);
        using (var document = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
            Assert.Equal("Sở <b>&amp;\uFFFD", document.CoreFilePropertiesPart is null ? null : document.PackageProperties.Creator);
        }

        var doc = Doc.Read(bytes);
        Assert.Equal(["UBND \uFFFD", "SỞ <B>&AMP;\uFFFD"], Lines(doc.Tables[0][0][0]));
        Assert.Equal("Số: 1\uFFFD/BC-S", doc.Tables[0][1][0]);
        Assert.Contains("- =HYPERLINK(\"x\")\uFFFD.", doc.Tables[3][0][0].Split('\n'));
        Assert.Throws<ArgumentException>("options", () => DocxReport.Render(Year2025, new DocxReportOptions { Recipients = [null!] }));
    }

    [Fact]
    public void Write_SameBytesAsRender()
    {
        using var stream = new MemoryStream();
        DocxReport.Write(Year2025, stream);
        Assert.Equal(DocxReport.Render(Year2025), stream.ToArray());
    }

    /// <summary>The non-empty lines of a cell (the short rules are empty paragraphs).</summary>
    private static string[] Lines(string cell) => cell.Split('\n').Where(l => l.Length > 0).ToArray();

    private static string Dates(ReportingPeriod p) => p.Start.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "/" + p.Start.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "/" + p.Start.Year
        + " đến ngày " + p.End.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "/" + p.End.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "/" + p.End.Year;
}

/// <summary>A Word document read back with DocumentFormat.OpenXml: its body paragraphs (outside tables) and its tables as text.</summary>
internal sealed class Doc
{
    private Doc(Body body, List<string> paragraphs, List<List<List<string>>> tables)
    {
        Body = body;
        Paragraphs = paragraphs;
        Tables = tables;
    }

    public Body Body { get; }

    /// <summary>The text of each paragraph directly in the body.</summary>
    public List<string> Paragraphs { get; }

    /// <summary>Each table: rows of cells, a cell's paragraphs joined with a line feed.</summary>
    public List<List<List<string>>> Tables { get; }

    public static Doc Read(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = (Body)document.MainDocumentPart!.Document!.Body!.CloneNode(true);
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var tables = body.Elements<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList()).ToList())
            .ToList();
        return new Doc(body, paragraphs, tables);
    }

    public bool IsBold(string text) => Runs(text).All(r => r.RunProperties?.Bold is not null);

    public bool IsItalic(string text) => Runs(text).All(r => r.RunProperties?.Italic is not null);

    private Run[] Runs(string text)
    {
        var runs = Body.Descendants<Paragraph>().Where(p => p.InnerText == text).SelectMany(p => p.Elements<Run>()).ToArray();
        Assert.True(runs.Length > 0, "no paragraph reads '" + text + "'");
        return runs;
    }
}
