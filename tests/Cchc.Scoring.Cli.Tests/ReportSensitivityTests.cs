using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>
/// <c>cchc report --sensitivity</c> runs the analysis with the options it shares with <c>cchc sensitivity</c> and puts
/// it into the HTML report and the workbook; <c>--vary-survey</c> in both commands.
/// </summary>
public sealed class ReportSensitivityTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    /// <summary>The test framework with B1 survey-only and the survey optional.</summary>
    private string SurveyFramework() => _data.Write("survey.json", TestData.FrameworkJson
        .Replace("\"rule\": { \"kind\": \"threshold\" },", "\"rule\": { \"kind\": \"threshold\" },\n\"surveyOnly\": true,", StringComparison.Ordinal)
        .Replace("\"totalPoints\": 100,", "\"totalPoints\": 100,\n\"surveyOptional\": true,", StringComparison.Ordinal));

    [Fact]
    public void Html_WithSensitivity_HasTheSection_WithTheSeedSamplesAndVariations()
    {
        string file = Path.Combine(_data.Directory, "report.html");
        var run = Cli.Run("report", "--period", "2025", "--sensitivity", "--weights", "10", "--rounding", "--samples", "50", "--seed", "9", "--out", file);
        Assert.True(run.ExitCode == 0, run.ToString());
        string html = File.ReadAllText(file, Encoding.UTF8);
        Assert.Contains("<section class=\"card\" id=\"sensitivity\" data-samples=\"50\" data-seed=\"9\" data-inputs=\"weight:", html, StringComparison.Ordinal);
        Assert.Contains("roundingMode roundingDigits\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart rank-intervals\"", html, StringComparison.Ordinal);

        // The same as the library gives for the same options: the section is the one cchc sensitivity describes.
        var json = Cli.Run("sensitivity", "--period", "2025", "--weights", "10", "--rounding", "--samples", "50", "--seed", "9", "--format", "json");
        using var doc = JsonDocument.Parse(json.Output);
        foreach (var unit in doc.RootElement.GetProperty("units").EnumerateArray())
        {
            string id = unit.GetProperty("unit").GetString()!;
            Assert.Contains("<g class=\"unit\" data-unit=\"" + id + "\" data-rank=\"" + unit.GetProperty("nominalRank").GetRawText() + "\" data-median=\"" + unit.GetProperty("medianRank").GetRawText()
                + "\" data-low=\"" + unit.GetProperty("rankLow").GetRawText() + "\" data-high=\"" + unit.GetProperty("rankHigh").GetRawText() + "\">", html, StringComparison.Ordinal);
        }

        // Without --sensitivity there is no section.
        string plain = Path.Combine(_data.Directory, "plain.html");
        Assert.Equal(0, Cli.Run("report", "--period", "2025", "--out", plain).ExitCode);
        Assert.DoesNotContain("id=\"sensitivity\"", File.ReadAllText(plain, Encoding.UTF8), StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_WithSensitivity_HasTheSheet_SameBytesTwice()
    {
        string a = Path.Combine(_data.Directory, "a.xlsx"), b = Path.Combine(_data.Directory, "b.xlsx");
        Assert.Equal(0, Cli.Run("report", "--format", "xlsx", "--sensitivity", "--missing", "--samples", "40", "--out", a).ExitCode);
        Assert.Equal(0, Cli.Run("report", "--format", "xlsx", "--sensitivity", "--missing", "--samples", "40", "--out", b).ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        using var zip = ZipFile.OpenRead(a);
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open(), Encoding.UTF8);
        Assert.Contains("name=\"Độ nhạy\"", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--weights", "10")]
    [InlineData("--samples", "100")]
    [InlineData("--seed", "3")]
    [InlineData("--vary-survey", null)]
    [InlineData("--rounding", null)]
    public void VariationOptions_WithoutSensitivity_AreUsageErrors(string option, string? value)
    {
        string[] args = ["report", "--period", "2025", "--out", Path.Combine(_data.Directory, "x.html"), option];
        var run = Cli.Run(value is null ? args : [.. args, value]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option + " applies to the sensitivity analysis: add --sensitivity.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.Directory, "x.html")));
    }

    [Fact]
    public void Sensitivity_WithTheWordReport_IsAUsageError()
    {
        var run = Cli.Run("report", "--period", "2025", "--format", "docx", "--sensitivity", "--out", Path.Combine(_data.Directory, "x.docx"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--sensitivity applies to the HTML report and the workbook", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void VarySurvey_DrawsTheSurvey_InBothCommands()
    {
        string framework = SurveyFramework();
        var run = Cli.Run("sensitivity", "-f", framework, "-s", _data.SubmissionsPath, "--period", "2025", "--vary-survey", "--samples", "20", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        Assert.True(doc.RootElement.GetProperty("varied").GetProperty("survey").GetBoolean());
        Assert.Equal(["survey"], doc.RootElement.GetProperty("inputs").EnumerateArray().Select(e => e.GetString()));

        string file = Path.Combine(_data.Directory, "survey.html");
        var report = Cli.Run("report", "-f", framework, "-s", _data.SubmissionsPath, "--period", "2025", "--sensitivity", "--vary-survey", "--samples", "20", "--lang", "en", "--out", file);
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("<span id=\"sensitivity-varied\">survey held or not (50 % each)</span>", File.ReadAllText(file, Encoding.UTF8), StringComparison.Ordinal);
    }

    [Fact]
    public void VarySurvey_WithoutSurveyOnlyCriteria_IsReported_InBothCommands()
    {
        var run = Cli.Run("sensitivity", "-f", _data.FrameworkPath, "-s", _data.SubmissionsPath, "--period", "2025", "--vary-survey");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--vary-survey: framework 'test-fw' has no survey-only criterion with points", run.Error, StringComparison.Ordinal);
        Assert.Contains("invalid-value", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);

        string file = Path.Combine(_data.Directory, "x.html");
        var report = Cli.Run("report", "-f", _data.FrameworkPath, "-s", _data.SubmissionsPath, "--period", "2025", "--sensitivity", "--vary-survey", "--out", file);
        Assert.Equal(2, report.ExitCode);
        Assert.Contains("--vary-survey: framework 'test-fw' has no survey-only criterion with points", report.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }
}
