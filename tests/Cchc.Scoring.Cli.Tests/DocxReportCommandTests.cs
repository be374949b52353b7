using System;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary><c>cchc report --format docx</c>: the periodic report as a Word document.</summary>
public sealed class DocxReportCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cchc-docx-cli-" + Guid.NewGuid().ToString("N"));

    public DocxReportCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The text of the document's paragraphs, tables included, one per line.</summary>
    private static string[] Paragraphs(string file)
    {
        using var document = WordprocessingDocument.Open(file, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToArray();
    }

    [Theory]
    [InlineData("2025-Q1", "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025", "So sánh với cùng kỳ năm 2024 (từ ngày 01/01/2024 đến ngày 31/03/2024).")]
    [InlineData("2025-H1", "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025", "So sánh với cùng kỳ năm 2024 (từ ngày 01/01/2024 đến ngày 30/06/2024).")]
    [InlineData("2025", "Kết quả thực hiện công tác cải cách hành chính năm 2025", "So sánh với năm 2024 (từ ngày 01/01/2024 đến ngày 31/12/2024).")]
    [InlineData("2025-03-01..2025-04-15", "Kết quả thực hiện công tác cải cách hành chính từ ngày 01/03/2025 đến ngày 15/04/2025 (báo cáo đột xuất)", "Báo cáo đột xuất không so sánh với kỳ trước.")]
    public void Report_Docx_PeriodKinds(string period, string subject, string compared)
    {
        string file = Path.Combine(_dir, "bc.docx");
        var outcome = Cli.Run("report", "--format", "docx", "--period", period, "--out", file);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(string.Empty, outcome.Output);
        var text = Paragraphs(file);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains(subject, text);
        Assert.Contains(compared, text);
        Assert.Contains("Số: …/BC-SGTVT", text);
        Assert.Contains("Tiền Giang, ngày … tháng … năm …", text);
    }

    /// <summary>A JSON block of docs/status.md, after its <c>&lt;!-- example: marker --&gt;</c>.</summary>
    private static string StatusBlock(string marker)
    {
        string page = RepositoryFiles.Read("docs/status.md");
        int at = page.IndexOf("<!-- example: " + marker + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, marker);
        int start = page.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return page[start..page.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Report_Docx_FollowUpFromTheReportingStatus_WorkingDaysLateAndOwed()
    {
        // docs/status.md's example, as of the end of 20 April 2025: due Friday 4 April; TT's I1 revised 6 working days
        // late, its I2 owed; VP's I2 1 working day late, its I3 (recorded on the 21st) not yet known: owed. What is owed
        // is overdue by 9 working days (8–11 and 14–18 April; Monday 7 April is a holiday).
        string framework = Path.Combine(_dir, "status-framework.json"), submissions = Path.Combine(_dir, "status-submissions.json");
        File.WriteAllText(framework, StatusBlock("status framework"));
        File.WriteAllText(submissions, StatusBlock("status submissions"));
        string file = Path.Combine(_dir, "status.docx");
        var outcome = Cli.Run("report", "--format", "docx", "-f", framework, "-s", submissions, "--period", "2025-Q1", "--as-of", "2025-04-20", "--out", file);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());

        var text = Paragraphs(file);
        Assert.Contains("Có 0/2 đơn vị báo cáo đầy đủ số liệu; 2 đơn vị còn thiếu số liệu (2 chỉ tiêu); 2 chỉ tiêu báo cáo sau thời hạn.", text);
        Assert.Contains("1 (I1: 6 ngày làm việc)", text);
        Assert.Contains("1 (I2); quá hạn 9 ngày làm việc", text);
        Assert.Contains("1 (I2: 1 ngày làm việc)", text);
        Assert.Contains("1 (I3); quá hạn 9 ngày làm việc", text);
    }

    [Fact]
    public void Report_Docx_LetterheadAndSignatureOptions()
    {
        string file = Path.Combine(_dir, "bc.docx");
        var outcome = Cli.Run(
            "report", "--format", "docx", "--period", "2025", "--out", file, "--date", "2026-01-08", "--number", "15",
            "--parent-agency", "UBND tỉnh Tiền Giang", "--agency", "Sở Giao thông vận tải", "--agency-code", "SGTVT", "--place", "Tiền Giang",
            "--signature-title", "KT. GIÁM ĐỐC", "--signature-title", "PHÓ GIÁM ĐỐC", "--signer", "Phan Vĩnh Thanh",
            "--recipient", "VP UBND tỉnh", "--recipient", "Sở Nội vụ", "--recipient", "Lưu: VT, VP");
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var text = Paragraphs(file);
        Assert.Contains("Số: 15/BC-SGTVT", text);
        Assert.Contains("Tiền Giang, ngày 08 tháng 01 năm 2026", text);
        Assert.Contains("UBND TỈNH TIỀN GIANG", text);
        Assert.Contains("SỞ GIAO THÔNG VẬN TẢI", text);
        Assert.Contains("- VP UBND tỉnh;", text);
        Assert.Contains("- Lưu: VT, VP.", text);
        Assert.Contains("KT. GIÁM ĐỐC", text);
        Assert.Contains("PHÓ GIÁM ĐỐC", text);
        Assert.Contains("Phan Vĩnh Thanh", text);
        // The department SO: 93,76 in 2025 against 86,22 in 2024 (cchc score --period 2024 --unit SO): 93,76 − 86,22 = 7,54.
        Assert.Contains(text, p => p.StartsWith("Chỉ số cải cách hành chính đạt 93,76 (93,76 điểm trên tổng số 100,00 điểm), xếp loại Tốt", StringComparison.Ordinal)
            && p.EndsWith("; tăng 7,54 (86,22) so với năm 2024.", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_Docx_CompareNoneOrGiven_English()
    {
        string file = Path.Combine(_dir, "bc.docx");
        Assert.Equal(0, Cli.Run("report", "--format", "docx", "--period", "2025", "--compare", "none", "--out", file).ExitCode);
        Assert.Contains("Báo cáo đột xuất không so sánh với kỳ trước.", Paragraphs(file));

        var outcome = Cli.Run("report", "--format", "docx", "--period", "2025", "--compare", "2023", "--lang", "en", "--out", file);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var text = Paragraphs(file);
        Assert.Contains("REPORT", text);
        Assert.Contains("Results of the administrative reform work in 2025", text);
        Assert.Contains("Compared with 2023 (from 01/01/2023 to 31/12/2023).", text);
    }

    [Fact]
    public void Report_Docx_SameBytesTwice()
    {
        string a = Path.Combine(_dir, "a.docx"), b = Path.Combine(_dir, "b.docx");
        Assert.Equal(0, Cli.Run("report", "--format", "docx", "--out", a).ExitCode);
        Assert.Equal(0, Cli.Run("report", "--format", "docx", "--out", b).ExitCode);
        byte[] bytes = File.ReadAllBytes(a);
        Assert.Equal("PK", Encoding.ASCII.GetString(bytes, 0, 2));
        Assert.Equal(bytes, File.ReadAllBytes(b));
    }

    [Fact]
    public void Docs_ReportsMd_WordExamples_Run()
    {
        // docs/reports.md, "The periodic report (Word)": the commands of its first sh block, each line continued by '\'.
        string doc = RepositoryFiles.Read("docs/reports.md");
        string section = doc[doc.IndexOf("## The periodic report (Word)", StringComparison.Ordinal)..];
        int start = section.IndexOf("```sh\n", StringComparison.Ordinal) + 6;
        string block = section[start..section.IndexOf("```", start, StringComparison.Ordinal)].Replace("\\\n", " ", StringComparison.Ordinal);
        var commands = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, commands.Length);
        foreach (string command in commands)
        {
            var args = System.Text.RegularExpressions.Regex.Matches(command, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToArray();
            Assert.Equal("cchc", args[0]);
            int outAt = Array.IndexOf(args, "--out");
            string file = Path.Combine(_dir, args[outAt + 1]);
            args[outAt + 1] = file;
            var outcome = Cli.Run(args[1..]);
            Assert.True(outcome.ExitCode == 0, command + "\n" + outcome);
            Assert.True(File.Exists(file), file);
        }

        // What the section says the second command writes.
        var text = Paragraphs(Path.Combine(_dir, "bc-nam-2025.docx"));
        foreach (string claim in new[] { "Số: 15/BC-SGTVT", "Tiền Giang, ngày 08 tháng 01 năm 2026", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Vĩnh Thanh", "UBND TỈNH TIỀN GIANG", "SỞ GIAO THÔNG VẬN TẢI" })
        {
            Assert.Contains(claim, doc, StringComparison.Ordinal);
            Assert.Contains(claim, text);
        }

        Assert.Contains("tăng 7,54 (86,22) so với năm 2024", doc, StringComparison.Ordinal);
        Assert.Contains(text, p => p.Contains("tăng 7,54 (86,22) so với năm 2024", StringComparison.Ordinal));
        Assert.Contains(text, p => p.Contains("giảm tối thiểu 10 % so với 2021 (≤ 6,3 đơn vị)", StringComparison.Ordinal));
        Assert.Contains("Kết quả thực hiện công tác cải cách hành chính quý I năm 2025", Paragraphs(Path.Combine(_dir, "bc-quy-1-2025.docx")));
    }

    [Theory]
    [InlineData("--date", "2025-13-01", "is not a date")]
    [InlineData("--date", "05/04/2025", "is not a date")]
    [InlineData("--compare", "last year", "is neither a year nor a period")]
    public void Report_Docx_BadOption_Exit2(string option, string value, string message)
    {
        var outcome = Cli.Run("report", "--format", "docx", option, value, "--out", Path.Combine(_dir, "x.docx"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "x.docx")));
    }

    [Fact]
    public void Report_DocxOption_WithAnotherFormat_Exit2()
    {
        var outcome = Cli.Run("report", "--date", "2025-04-05", "--out", Path.Combine(_dir, "x.html"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--date applies to the Word report only: add --format docx.", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "x.html")));
    }
}
