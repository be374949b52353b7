using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>Files are written atomically and never over an input (D10); a failing standard output is one line (D17).</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void D10_report_refuses_to_write_over_its_own_submissions_file()
    {
        byte[] before = File.ReadAllBytes(_data.SubmissionsPath);

        var run = Cli.Run("report", "-f", _data.FrameworkPath, "-s", _data.SubmissionsPath, "-o", _data.SubmissionsPath);

        // Before: exit 0, and the submissions file had become an HTML page.
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(_data.SubmissionsPath + ": error unwritable-file: This is also an input of the command", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_data.SubmissionsPath));
    }

    [Fact]
    public void D10_report_refuses_an_output_that_reaches_an_input_through_a_link_or_a_folder()
    {
        string folder = Path.Combine(_data.Directory, "in");
        string inFolder = _data.Write("in/a.json", File.ReadAllText(_data.SubmissionsPath));
        string link = Path.Combine(_data.Directory, "link.json");
        File.CreateSymbolicLink(link, _data.FrameworkPath);
        byte[] framework = File.ReadAllBytes(_data.FrameworkPath);

        var throughLink = Cli.Run("report", "-f", _data.FrameworkPath, "-s", _data.SubmissionsPath, "-o", link);
        var inTheFolder = Cli.Run("report", "-f", _data.FrameworkPath, "-s", folder, "-o", Path.Combine(folder, ".", "a.json"));

        Assert.Equal(2, throughLink.ExitCode);
        Assert.Equal(2, inTheFolder.ExitCode);
        Assert.Equal(framework, File.ReadAllBytes(_data.FrameworkPath));
        Assert.StartsWith("{", File.ReadAllText(inFolder), StringComparison.Ordinal);
    }

    [Fact]
    public void D10_a_write_that_fails_keeps_the_old_file_and_leaves_nothing_behind()
    {
        string path = _data.Write("out/report.html", "old report");

        var problem = OutputFile.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("<!DOCTYPE html><p>half"));
            throw new IOException("No space left on device");
        });

        // Before: the old report was truncated first and a partial file was left.
        Assert.NotNull(problem);
        Assert.Equal(path + ": error unwritable-file: The file cannot be written: No space left on device", problem!.ToString());
        Assert.Equal("old report", File.ReadAllText(path));
        Assert.Equal(["report.html"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void D10_a_write_replaces_the_file_through_a_link_and_writes_devices_in_place()
    {
        string target = _data.Write("target.html", "old");
        string link = Path.Combine(_data.Directory, "link.html");
        File.CreateSymbolicLink(link, target);

        Assert.Null(OutputFile.Write(link, s => s.Write("new"u8)));
        Assert.Null(OutputFile.Write("/dev/null", s => s.Write("x"u8)));

        Assert.Equal("new", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void D10_report_writes_the_file_whole()
    {
        string path = Path.Combine(_data.Directory, "r.html");
        File.WriteAllText(path, "old");

        var run = Cli.Run("report", "-f", _data.FrameworkPath, "-s", _data.SubmissionsPath, "-o", path, "-u", "VP");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_data.Directory, "*.tmp"));
    }

    /// <summary>Standard output on a full disk or a closed pipe.</summary>
    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }

    [Theory]
    [InlineData("score")]
    [InlineData("score", "--format", "json")]
    [InlineData("rank")]
    [InlineData("explain", "-u", "VP")]
    [InlineData("trajectory")]
    [InlineData("history", "-u", "VP", "-i", "A1")]
    [InlineData("validate", "SUBMISSIONS")]
    [InlineData("frameworks")]
    [InlineData("diff", "gtvt-tiengiang-2021-2025", "index766-2022")]
    public void D17_a_failing_standard_output_is_one_line_on_standard_error_and_exit_1(params string[] args)
    {
        bool needsData = args[0] is "score" or "rank" or "explain" or "trajectory" or "history";
        string[] full = args.Select(a => a == "SUBMISSIONS" ? _data.SubmissionsPath : a).ToArray();
        if (args[0] == "validate")
        {
            full = [.. full, "-f", _data.FrameworkPath];
        }
        else if (needsData)
        {
            full = [.. full, "-f", _data.FrameworkPath, "-s", _data.SubmissionsPath];
            if (full[0] is "score" or "rank")
            {
                full = [.. full, "--period", "2025"];
            }
        }

        var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(full, new FailingWriter(), error);

        // Before: "Unhandled exception: System.IO.IOException: No space left on device" and a stack trace.
        Assert.Equal(1, code);
        Assert.Equal("cchc: the output cannot be written: No space left on device\n", error.ToString());
    }
}
