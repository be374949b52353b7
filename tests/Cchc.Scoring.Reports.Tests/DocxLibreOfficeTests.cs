using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using NodaTime;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>
/// Runs only where LibreOffice (<c>soffice</c>) is on the PATH; .ci/run installs it with poppler-utils and fails if
/// these tests were skipped.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (Tools.Find("soffice") is null)
        {
            Skip = "no LibreOffice: install libreoffice-writer and poppler-utils (apt-get install -y libreoffice-writer poppler-utils); .ci/run installs them";
        }
    }
}

/// <summary>Finds and runs the command-line tools of LibreOffice and poppler with a time limit.</summary>
internal static class Tools
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a tool; returns standard output; fails the test on a non-zero exit.</summary>
    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(Find(tool) ?? throw new InvalidOperationException(tool + " is not on the PATH"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        // A guard against a hung office suite, not a timing assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(tool + " did not finish: " + stderr.Result);
        }

        Assert.True(process.ExitCode == 0, tool + " exited with " + process.ExitCode + ": " + stderr.Result);
        return stdout;
    }
}

public sealed class DocxLibreOfficeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cchc-docx-" + Guid.NewGuid().ToString("N"));

    public DocxLibreOfficeTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Converts the document to PDF with LibreOffice headless, with a profile of its own.</summary>
    private string ToPdf(byte[] docx, string name)
    {
        string file = Path.Combine(_dir, name + ".docx");
        File.WriteAllBytes(file, docx);
        string profile = new Uri(Path.Combine(_dir, "profile-" + name)).AbsoluteUri;
        Tools.Run("soffice", "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", _dir, file);
        string pdf = Path.Combine(_dir, name + ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
        return pdf;
    }

    /// <summary>The PDF's text with every run of white space made one space (lines and table cells wrap).</summary>
    private static string Text(string pdf) => Regex.Replace(Tools.Run("pdftotext", "-enc", "UTF-8", pdf, "-"), "\\s+", " ");

    [LibreOfficeFact]
    public void LibreOffice_YearReport_FiguresTitlePagesNotBlank()
    {
        var result = Sample.Score();
        var summary = ScoringSummary.Create(result, Sample.Submissions);
        var previous = ScoringSummary.Create(
            Scorer.Score(Sample.Framework, Sample.Submissions, new ScoringRequest(ReportingPeriod.ForYear(2024, Sample.Framework.Calendar))), Sample.Submissions);
        string pdf = ToPdf(DocxReport.Render(summary, new DocxReportOptions { Previous = previous, Date = new LocalDate(2026, 1, 8), Number = "15" }), "year");
        string text = Text(pdf);

        // The letterhead and the title.
        foreach (string expected in new[]
        {
            "UBND TỈNH TIỀN GIANG", "SỞ GIAO THÔNG VẬN TẢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 15/BC-SGTVT", "Tiền Giang, ngày 08 tháng 01 năm 2026", "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính năm 2025",
            "Nơi nhận:", "GIÁM ĐỐC", "PHỤ LỤC",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Every unit's points and index, and SO's indicators, in the vi-VN style (93,76; 96,55 %).
        foreach (var r in summary.Ranking)
        {
            Assert.Contains(" " + ViNumber.Fixed(r.Scorecard.Points, 2) + " ", text, StringComparison.Ordinal);
            Assert.Contains(" " + ViNumber.Fixed(r.Index!.Value, 2) + " ", text, StringComparison.Ordinal);
        }

        // Hand-checked: SO's index 93,76 (93,76 points of 100,00), its T14 96,55 %, 86,22 in 2024 and +7,54.
        Assert.Contains("Chỉ số cải cách hành chính đạt 93,76 (93,76 điểm trên tổng số 100,00 điểm)", text, StringComparison.Ordinal);
        Assert.Contains("96,55 %", text, StringComparison.Ordinal);
        Assert.Contains("+7,54", text, StringComparison.Ordinal);
        foreach (var s in summary.Focus.Indicators)
        {
            Assert.Contains(ViNumber.Fixed(s.Points, 2) + "/" + ViNumber.Fixed(s.MaxPoints, 2), text, StringComparison.Ordinal);
        }

        // A sane page count, and no blank page.
        string[] pages = Render(pdf);
        Assert.InRange(pages.Length, 2, 20);
        foreach (string page in pages)
        {
            var image = Png.Decode(File.ReadAllBytes(page));
            double ink = InkShare(image);
            Assert.True(ink > 0.005, Path.GetFileName(page) + " is blank: " + (ink * 100).ToString("F2", CultureInfo.InvariantCulture) + " % of its pixels are not white");
        }
    }

    [LibreOfficeFact]
    public void LibreOffice_QuarterReport_English_Opens()
    {
        var period = ReportingPeriod.ForQuarter(2025, 1, Sample.Framework.Calendar);
        var summary = ScoringSummary.Create(Scorer.Score(Sample.Framework, Sample.Submissions, new ScoringRequest(period)), Sample.Submissions);
        string pdf = ToPdf(DocxReport.Render(summary, new DocxReportOptions { Language = Language.En }), "quarter");
        string text = Text(pdf);
        Assert.Contains("REPORT", text, StringComparison.Ordinal);
        Assert.Contains("Results of the administrative reform work in the first quarter of 2025", text, StringComparison.Ordinal);
        Assert.Contains("SOCIALIST REPUBLIC OF VIET NAM", text, StringComparison.Ordinal);
        Assert.Contains("The administrative reform index is " + ViNumber.Fixed(summary.Focus.Index!.Value, 2) + " (" + ViNumber.Fixed(summary.Focus.Points, 2) + " points of " + ViNumber.Fixed(summary.Focus.MaxPoints, 2) + " points)", text, StringComparison.Ordinal);
        Assert.InRange(Render(pdf).Length, 2, 20);
    }

    /// <summary>Renders every page to a PNG with pdftoppm (50 dots per inch); returns the files in page order.</summary>
    private string[] Render(string pdf)
    {
        string prefix = Path.Combine(_dir, Path.GetFileNameWithoutExtension(pdf) + "-page");
        Tools.Run("pdftoppm", "-r", "50", "-png", pdf, prefix);
        return Directory.GetFiles(_dir, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The share of pixels that are not near-white.</summary>
    private static double InkShare(Png image)
    {
        int ink = 0;
        int pixels = image.Width * image.Height;
        for (int i = 0; i < image.Pixels.Length; i += image.Channels)
        {
            int darkest = image.Channels >= 3 ? Math.Min(image.Pixels[i], Math.Min(image.Pixels[i + 1], image.Pixels[i + 2])) : image.Pixels[i];
            ink += darkest < 200 ? 1 : 0;
        }

        return (double)ink / pixels;
    }
}
