using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

public sealed class HtmlReportTests
{
    [Fact]
    public void Render_Twice_SameText()
    {
        // Two separate scorings of the same inputs, so that nothing cached is shared.
        string first = HtmlReport.Render(ScoringSummary.Create(Sample.Score(), Sample.Submissions));
        string second = HtmlReport.Render(ScoringSummary.Create(Sample.Score(), Sample.Submissions));
        Assert.Equal(first, second);

        using var a = new MemoryStream();
        using var b = new MemoryStream();
        HtmlReport.Write(ScoringSummary.Create(Sample.Score(), Sample.Submissions), a, new ReportOptions(Language.En));
        HtmlReport.Write(ScoringSummary.Create(Sample.Score(), Sample.Submissions), b, new ReportOptions(Language.En));
        Assert.Equal(a.ToArray(), b.ToArray());
        Assert.False(a.ToArray().AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
    }

    [Fact]
    public void Render_SelfContained_NoExternalResourcesNoScript()
    {
        string html = HtmlReport.Render(ScoringSummary.Create(Sample.Score(), Sample.Submissions));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);

        // The only URL is the SVG namespace name, which is never fetched.
        var urls = Regex.Matches(html, "(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}[^\"' <]*", RegexOptions.IgnoreCase).Select(m => m.Value).Distinct().ToArray();
        Assert.Equal(["http://www.w3.org/2000/svg"], urls);
    }

    [Fact]
    public void Render_Department_IndexAndClassInViStyle()
    {
        var result = Sample.Score();
        var so = Sample.Department(result);
        string html = HtmlReport.Render(ScoringSummary.Create(result, Sample.Submissions));

        // The sample's department scores 93.76 (cchc score --unit SO): shown as 93,76, carried as 93.76.
        Assert.Equal(93.76m, so.Index);
        Assert.Contains("id=\"summary\" data-unit=\"SO\" data-index=\"93.76\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"index\">93,76<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"class\">" + so.Class!.Name.Vi + "<", html, StringComparison.Ordinal);
        Assert.Equal(Sample.IndicatorCount(so), Regex.Matches(html, "<tr data-indicator=").Count);
        Assert.Equal(Sample.IndicatorCount(so), Regex.Matches(html, "<figure data-trajectory=").Count);
        Assert.Equal(Sample.IndicatorCount(so), Regex.Matches(html, "<details><summary>").Count);
        Assert.Equal(result.Scorecards.Count, Regex.Matches(html, "<tr (class=\"focus\" )?data-unit=").Count);
    }

    [Fact]
    public void Render_English_LabelsAndTraces()
    {
        string html = HtmlReport.Render(ScoringSummary.Create(Sample.Score(), Sample.Submissions, "KHTC"), new ReportOptions(Language.En));
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Units ranked", html, StringComparison.Ordinal);
        Assert.Contains("id=\"summary\" data-unit=\"KHTC\"", html, StringComparison.Ordinal);
        Assert.Contains("unit KHTC, period 2025", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Xếp hạng các đơn vị", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RollUp_MarksRolledUpUnits()
    {
        string html = HtmlReport.Render(ScoringSummary.Create(Sample.Score(rollUp: true), Sample.Submissions));
        Assert.Contains("<td>SO*</td>", html, StringComparison.Ordinal);
        Assert.Contains("tổng hợp từ các đơn vị trực thuộc", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileNames_Escaped()
    {
        // A declared unit whose names and identifier carry markup: it has no submissions, so it scores "no data".
        var units = Sample.Submissions.Units.Units.Append(new Unit("X<&\"'>", new LocalizedText("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"), "division", "SO"));
        var set = new SubmissionSet(Sample.Submissions.Submissions, UnitHierarchy.Create(units).Value, Sample.Submissions.Adjustments);
        var result = Sample.Score(submissions: set);
        Assert.NotNull(result.Find("X<&\"'>"));
        foreach (var language in new[] { Language.Vi, Language.En })
        {
            string html = HtmlReport.Render(ScoringSummary.Create(result, set), new ReportOptions(language));
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.Contains("data-unit=\"X&lt;&amp;&quot;&#39;&gt;\"", html, StringComparison.Ordinal);
        }

        string focused = HtmlReport.Render(ScoringSummary.Create(result, set, "X<&\"'>"), new ReportOptions(Language.Vi));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", focused, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownUnit_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ScoringSummary.Create(Sample.Score(), Sample.Submissions, "NOPE"));
        Assert.Contains("NOPE", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ScoringSummary.Create(Sample.Score(), Sample.Submissions, string.Empty));
        Assert.Throws<ArgumentNullException>(() => ScoringSummary.Create(null!, Sample.Submissions));
        Assert.Throws<ArgumentNullException>(() => ScoringSummary.Create(Sample.Score(), null!));
        Assert.Throws<ArgumentNullException>(() => HtmlReport.Render(null!));
    }

    [Fact]
    public void DefaultFocus_IsTheDepartment()
    {
        var result = Sample.Score();
        Assert.Equal("SO", ScoringSummary.Create(result, Sample.Submissions).Focus.UnitId);
    }

    [Fact]
    public void Write_Utf8()
    {
        using var stream = new MemoryStream();
        HtmlReport.Write(ScoringSummary.Create(Sample.Score(), Sample.Submissions), stream);
        Assert.Contains("Sở Giao thông vận tải tỉnh Tiền Giang", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
