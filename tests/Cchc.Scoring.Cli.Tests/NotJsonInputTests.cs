using System;
using System.IO;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>
/// Newcomer item 4 and 17: a CSV file, a workbook or a web address given where a JSON file is expected gets one
/// message that says what it is and what to give, not "'u' is an invalid start of a value".
/// </summary>
public sealed class NotJsonInputTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void A_csv_file_as_submissions_is_read_as_csv_submissions()
    {
        // Issue 13: this file used to get "invalid-json"; it is now read as CSV submissions, and what it lacks is said.
        string path = _data.Write("so-lieu.csv", "unit,indicator,value\nVP,T02,95\n");

        var run = Cli.Run("score", "-s", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path + ":1: error missing-field: The header has no column 'period'", run.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":1: error missing-field: The header has no column 'recordedAt'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid-json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_file_as_a_framework_is_named_as_csv()
    {
        string path = _data.Write("so-lieu.csv", "unit,indicator,value\nVP,T02,95\n");

        var run = Cli.Run("score", "-f", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path + ":1: error invalid-json: This looks like CSV (its first line has fields separated by commas), not JSON: frameworks are JSON files", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_as_submissions_or_framework_is_named_as_a_zip_file()
    {
        string path = Path.Combine(_data.Directory, "x.xlsx");
        File.WriteAllBytes(path, [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0]);

        var asSubmissions = Cli.Run("score", "-s", path);
        var asFramework = Cli.Run("validate", path);

        var asFrameworkOfScore = Cli.Run("score", "-f", path);

        // Issue 13: a workbook given as submissions (or to validate) is read as a filled form: this one is broken.
        Assert.Equal(1, asSubmissions.ExitCode);
        Assert.Contains(path + ": error unreadable-workbook: The workbook cannot be read", asSubmissions.Error, StringComparison.Ordinal);
        Assert.Equal(1, asFramework.ExitCode);
        Assert.Contains("unreadable-workbook", asFramework.Output, StringComparison.Ordinal); // validate reports on standard output
        Assert.Equal(1, asFrameworkOfScore.ExitCode);
        Assert.Contains("error invalid-json: This is a zip file (an Excel workbook .xlsx, or a Word document), not JSON", asFrameworkOfScore.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_address_says_to_download_the_file()
    {
        var run = Cli.Run("score", "-f", "https://example.org/framework.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("https://example.org/framework.json: error unreadable-file: Files are not read from web addresses: download the file first", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_that_is_broken_still_gets_the_json_message()
    {
        string path = _data.Write("broken.json", "{ \"submissions\": [ , ] }");

        var run = Cli.Run("score", "-s", path);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("looks like CSV", run.Error, StringComparison.Ordinal);
        Assert.Contains("invalid-json", run.Error, StringComparison.Ordinal);
    }
}
