using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary><c>cchc sensitivity</c> on the built-in framework and its sample submissions.</summary>
public sealed class SensitivityCommandTests
{
    [Fact]
    public void Table_ListsEveryUnitWithItsInterval()
    {
        var run = Cli.Run("sensitivity", "--period", "2024", "--weights", "10", "--rounding", "--samples", "200", "--lang", "en");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Samples: 200, seed: 1; varied: 8 weights, roundingMode, roundingDigits", run.Output, StringComparison.Ordinal);
        var rows = run.OutputLines.SkipWhile(l => !l.StartsWith("Rank", StringComparison.Ordinal)).Skip(1).ToArray();
        // Nine units, then the footnote.
        Assert.Equal(10, rows.Length);
        Assert.StartsWith("5–95 % interval:", rows[9], StringComparison.Ordinal);
        // The sample's first unit (TTSH, 96.91) is well ahead: rank 1 in every sample.
        Assert.Matches(@"^\s+1\s+TTSH\s+96\.91\s+1\s+1–1\s", rows[0]);
    }

    [Fact]
    public void Json_IsTheSameForTheSameSeed_AndDiffersForAnother()
    {
        string[] args = ["sensitivity", "--period", "2024", "--weights", "20", "--weights-of", "indicators", "--missing", "--samples", "100", "--format", "json"];
        var one = Cli.Run([.. args, "--seed", "5"]);
        var again = Cli.Run([.. args, "--seed", "5"]);
        var other = Cli.Run([.. args, "--seed", "6"]);
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Equal(one.Output, again.Output);
        Assert.NotEqual(one.Output, other.Output);
        using var doc = JsonDocument.Parse(one.Output);
        Assert.Equal("cchc-sensitivity-1", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(100, doc.RootElement.GetProperty("samples").GetInt32());
        Assert.Equal(9, doc.RootElement.GetProperty("units").GetArrayLength());
        Assert.Contains(doc.RootElement.GetProperty("inputs").EnumerateArray(), e => e.GetString() == "missingData");
    }

    [Theory]
    [InlineData("--samples", "0")]
    [InlineData("--weights", "95")]
    [InlineData("--weights-of", "units")]
    public void BadOptions_AreUsageErrors(string option, string value)
    {
        var run = Cli.Run("sensitivity", "--period", "2024", option, value);
        Assert.Equal(2, run.ExitCode);
    }
}
