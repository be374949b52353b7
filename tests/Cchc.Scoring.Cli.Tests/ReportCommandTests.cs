using System;
using System.IO;
using System.Text;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cchc-report-cli-" + Guid.NewGuid().ToString("N"));

    public ReportCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Report_Html_BuiltInSample()
    {
        string file = Path.Combine(_dir, "so.html");
        var outcome = Cli.Run("report", "--period", "2025", "--out", file);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string html = File.ReadAllText(file, Encoding.UTF8);
        // The department SO scores 93.76 in 2025 (cchc score --unit SO).
        Assert.Contains("id=\"summary\" data-unit=\"SO\" data-index=\"93.76\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"index\">93,76<", html, StringComparison.Ordinal);
        Assert.Equal(string.Empty, outcome.Output);
    }

    [Fact]
    public void Report_HtmlEnglish_UnitRolledUp()
    {
        string file = Path.Combine(_dir, "khtc.html");
        var outcome = Cli.Run("report", "--unit", "KHTC", "--roll-up", "--lang", "en", "--format", "html", "-o", file);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string html = File.ReadAllText(file, Encoding.UTF8);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"summary\" data-unit=\"KHTC\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>SO*</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Xlsx_SameBytesTwice()
    {
        string a = Path.Combine(_dir, "a.xlsx"), b = Path.Combine(_dir, "b.xlsx");
        Assert.Equal(0, Cli.Run("report", "--format", "xlsx", "--out", a).ExitCode);
        Assert.Equal(0, Cli.Run("report", "--format", "xlsx", "--out", b).ExitCode);
        byte[] bytes = File.ReadAllBytes(a);
        Assert.Equal("PK", Encoding.ASCII.GetString(bytes, 0, 2));
        Assert.Equal(bytes, File.ReadAllBytes(b));
    }

    [Fact]
    public void Report_UnknownUnit_Exit1()
    {
        var outcome = Cli.Run("report", "--unit", "NOPE", "--out", Path.Combine(_dir, "x.html"));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("unknown-unit", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "x.html")));
        Assert.False(outcome.HasStackTrace);
    }

    [Fact]
    public void Report_NoOut_OrBadFormat_Exit2()
    {
        Assert.Equal(2, Cli.Run("report").ExitCode);
        Assert.Equal(2, Cli.Run("report", "--format", "pdf", "--out", Path.Combine(_dir, "x.pdf")).ExitCode);
    }

    [Fact]
    public void Report_UnwritableOut_Exit1()
    {
        var outcome = Cli.Run("report", "--out", Path.Combine(_dir, "missing", "dir", "x.html"));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("cannot be written", outcome.Error, StringComparison.Ordinal);
        Assert.False(outcome.HasStackTrace);
    }
}
