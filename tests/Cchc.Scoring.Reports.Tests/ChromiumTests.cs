using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>
/// Runs only where a Chromium binary is found (<c>CCHC_CHROMIUM</c>, or <c>chromium</c> / <c>chromium-browser</c> on
/// the PATH); .ci/run installs Debian's <c>chromium</c> where it is missing and fails if these tests were skipped.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Find() is null)
        {
            Skip = "no Chromium binary: install Debian's chromium (apt-get install -y chromium) or set CCHC_CHROMIUM to one; .ci/run installs it";
        }
    }
}

/// <summary>Headless Chromium with a fresh profile, no network services, no sandbox (containers run as root).</summary>
internal static class Chromium
{
    public static string? Find()
    {
        string? named = Environment.GetEnvironmentVariable("CCHC_CHROMIUM");
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(named) ? named : null;
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser" }
            .SelectMany(name => path.Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Runs Chromium on a file with the extra arguments; returns standard output.</summary>
    public static string Run(string file, params string[] extra)
    {
        string profile = Path.Combine(Path.GetTempPath(), "cchc-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(Find()!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
            }.Concat(extra))
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(new Uri(file).AbsoluteUri);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            // A guard against a hung browser, not a timing assertion.
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish: " + stderr.Result);
            }

            Assert.True(process.ExitCode == 0, "chromium exited with " + process.ExitCode + ": " + stderr.Result);
            return stdout;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile left behind in the temporary folder is harmless.
            }
        }
    }
}

public sealed class ChromiumTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cchc-report-" + Guid.NewGuid().ToString("N"));

    public ChromiumTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [ChromiumFact]
    public void Chromium_Screenshot_NotBlank()
    {
        string html = Path.Combine(_dir, "report.html");
        File.WriteAllText(html, HtmlReport.Render(ScoringSummary.Create(Sample.Score(), Sample.Submissions)));
        string png = Path.Combine(_dir, "report.png");
        Chromium.Run(html, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");

        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 20_000, "the screenshot has only " + bytes.Length + " bytes");
        var image = Png.Decode(bytes);
        Assert.Equal((1280, 2000), (image.Width, image.Height));
        var colours = image.Colours();
        int pixels = image.Width * image.Height;
        int commonest = colours.Values.Max();
        // A page of text, bars and badges: many colours (anti-aliasing), and no single colour fills nearly everything.
        Assert.True(colours.Count > 50, "only " + colours.Count + " distinct colours");
        Assert.True(commonest < pixels * 0.95, "one colour covers " + (100.0 * commonest / pixels).ToString("F1", CultureInfo.InvariantCulture) + " % of the screenshot");
        // The status badges are drawn: the green of "met" appears (#15803d).
        Assert.True(colours.ContainsKey(0x15803d), "no 'met' badge colour in the screenshot");
    }

    [ChromiumFact]
    public void Chromium_Dom_KeyFiguresEqualTheScorecard()
    {
        var result = Sample.Score();
        var so = Sample.Department(result);
        string html = Path.Combine(_dir, "report.html");
        File.WriteAllText(html, HtmlReport.Render(ScoringSummary.Create(result, Sample.Submissions)));
        string dom = Chromium.Run(html, "--dump-dom");

        // The headline: invariant figures in data attributes, vi-VN text on the page.
        var summary = Regex.Match(dom, "<section class=\"card headline\" id=\"summary\" data-unit=\"([^\"]*)\" data-index=\"([^\"]*)\" data-points=\"([^\"]*)\" data-max=\"([^\"]*)\" data-class=\"([^\"]*)\">");
        Assert.True(summary.Success, "no summary section in the DOM");
        Assert.Equal("SO", summary.Groups[1].Value);
        Assert.Equal(so.Index, Dec(summary.Groups[2].Value));
        Assert.Equal(so.Points, Dec(summary.Groups[3].Value));
        Assert.Equal(so.MaxPoints, Dec(summary.Groups[4].Value));
        Assert.Equal(so.Class!.Code, summary.Groups[5].Value);
        Assert.Equal(ViNumber.Fixed(so.Index!.Value, 2), Regex.Match(dom, "id=\"index\">([^<]*)<").Groups[1].Value);
        Assert.Equal(so.Class.Name.Vi, Regex.Match(dom, "id=\"class\">([^<]*)<").Groups[1].Value);

        // Areas: points against their maximum.
        var areas = Regex.Matches(dom, "<tr data-area=\"([^\"]*)\" data-points=\"([^\"]*)\" data-max=\"([^\"]*)\">").ToArray();
        Assert.Equal(so.Areas.Select(a => (a.Area.Code, a.Points, a.MaxPoints)), areas.Select(m => (m.Groups[1].Value, Dec(m.Groups[2].Value), Dec(m.Groups[3].Value))));

        // The ranking: every unit, shared ranks, indices, each index's vi-VN text in its row.
        var ranking = Ranking.Rank(result.Scorecards);
        var rows = Regex.Matches(dom, "<tr (?:class=\"focus\" )?data-unit=\"([^\"]*)\" data-rank=\"([^\"]*)\" data-index=\"([^\"]*)\" data-class=\"[^\"]*\">(.*?)</tr>").ToArray();
        Assert.Equal(
            ranking.Select(r => (r.Scorecard.UnitId, r.Rank, r.Index)),
            rows.Select(m => (m.Groups[1].Value, (int?)int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), (decimal?)Dec(m.Groups[3].Value))));
        foreach (var (row, r) in rows.Zip(ranking))
        {
            Assert.Contains(">" + ViNumber.Fixed(r.Index!.Value, 2) + "<", row.Groups[4].Value, StringComparison.Ordinal);
        }

        // Indicators: value, points, maximum and status as the scorecard has them; every explanation is there, folded.
        var indicators = Regex.Matches(dom, "<tr data-indicator=\"([^\"]*)\" data-value=\"([^\"]*)\" data-target=\"[^\"]*\" data-points=\"([^\"]*)\" data-max=\"([^\"]*)\" data-status=\"([^\"]*)\">").ToArray();
        Assert.Equal(
            so.Indicators.Select(s => (s.Indicator.Code, s.Value, s.Points, s.MaxPoints, ReportTexts.StatusName(s.Status))),
            indicators.Select(m => (m.Groups[1].Value, m.Groups[2].Value.Length == 0 ? null : (decimal?)Dec(m.Groups[2].Value), Dec(m.Groups[3].Value), Dec(m.Groups[4].Value), m.Groups[5].Value)));
        Assert.Equal(Sample.IndicatorCount(so), Regex.Matches(dom, "<details><summary>").Count);
        Assert.DoesNotContain("<details open", dom, StringComparison.Ordinal);

        // Trajectories: one chart per indicator with data; the dots carry the observed values.
        var trajectories = Trajectories.Compute(result.Framework, Sample.Submissions, "SO");
        foreach (var t in trajectories.Indicators.Where(t => t.Observed.Count > 0))
        {
            var chart = Regex.Match(dom, "<svg [^>]*data-chart=\"" + t.Indicator.Code + "\">(.*?)</svg>", RegexOptions.Singleline);
            Assert.True(chart.Success, "no chart for " + t.Indicator.Code);
            var dots = Regex.Matches(chart.Groups[1].Value, "data-year=\"(\\d+)\" data-value=\"([^\"]*)\"").Select(m => new YearValue(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Dec(m.Groups[2].Value)));
            Assert.Equal(t.Observed, dots);
        }
    }

    [ChromiumFact]
    public void Chromium_SensitivitySection_RendersItsCharts()
    {
        var result = Sample.Score();
        var sensitivity = SensitivityAnalysis.Run(Sample.Framework, Sample.Submissions, result.Request, new SensitivityOptions { Weights = WeightVariation.Areas, WeightRange = 0.1m, Samples = 100 });
        string html = Path.Combine(_dir, "report.html");
        File.WriteAllText(html, HtmlReport.Render(ScoringSummary.Create(result, Sample.Submissions), new ReportOptions { Sensitivity = sensitivity }));
        string dom = Chromium.Run(html, "--dump-dom");

        // The browser parsed the section and its SVG: one row of marks and one class bar per unit, as the result has them.
        Assert.Contains("<section class=\"card\" id=\"sensitivity\" data-samples=\"100\" data-seed=\"1\"", dom, StringComparison.Ordinal);
        var groups = Regex.Matches(dom, "<g class=\"unit\" data-unit=\"([^\"]*)\" data-rank=\"([^\"]*)\" data-median=\"[^\"]*\" data-low=\"([^\"]*)\" data-high=\"([^\"]*)\">").ToArray();
        Assert.Equal(
            sensitivity.Units.OrderBy(u => u.NominalRank ?? int.MaxValue).ThenBy(u => u.UnitId, StringComparer.Ordinal).Select(u => (u.UnitId, u.NominalRank, u.RankLow, u.RankHigh)),
            groups.Select(m => (m.Groups[1].Value, Int(m.Groups[2].Value), Int(m.Groups[3].Value), Int(m.Groups[4].Value))));
        Assert.Equal(sensitivity.Units.Count(u => u.NominalRank is not null), Regex.Matches(dom, "<circle class=\"nominal\"").Count);
        Assert.Equal(sensitivity.Units.Count(u => u.RankLow is not null), Regex.Matches(dom, "<rect class=\"interval\"").Count);
        Assert.Equal(sensitivity.Units.Count, Regex.Matches(dom, "<svg [^>]*class=\"class-bar\"").Count);
        Assert.Equal(sensitivity.Units.Count, Regex.Matches(dom, "<tr (?:class=\"focus\" )?data-unit=\"[^\"]*\"><td>").Count);
    }

    private static int? Int(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
