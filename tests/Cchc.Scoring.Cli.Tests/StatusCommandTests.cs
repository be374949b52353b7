using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>
/// <c>cchc status</c>. The framework is the test framework with a deadline of 4 working days and Hùng Kings' Day
/// (Monday 7 April 2025) a holiday: 2025-Q1 ends Monday 31 March, so the due day is Friday 4 April (Tue 1, Wed 2,
/// Thu 3, Fri 4) and figures are late from 2025-04-04T17:00:00Z (midnight at UTC+7).
/// </summary>
public sealed class StatusCommandTests : IDisposable
{
    private const string Quarter = """
        { "unit": "VP", "period": "2025-Q1", "indicator": "A1", "recordedAt": "2025-04-02T02:00:00Z", "numerator": 9, "denominator": 10 },
        { "unit": "VP", "period": "2025-Q1", "indicator": "A2", "recordedAt": "2025-04-08T02:00:00Z", "answer": true },
        { "unit": "P1", "period": "2025-Q1", "indicator": "A1", "recordedAt": "2025-04-01T02:00:00Z", "numerator": 1, "denominator": 2 },
        { "unit": "P1", "period": "2025-Q1", "indicator": "A2", "recordedAt": "2025-04-01T02:00:00Z", "answer": false },
        { "unit": "P1", "period": "2025-Q1", "indicator": "B1", "recordedAt": "2025-04-01T02:00:00Z", "applicable": false }
        """;

    private const string VpB1 = """
        { "unit": "VP", "period": "2025-Q1", "indicator": "B1", "recordedAt": "2025-04-03T02:00:00Z", "value": 85 }
        """;

    private readonly TestData _data = new();
    private readonly string _framework;
    private readonly string _owing;
    private readonly string _complete;

    public StatusCommandTests()
    {
        _framework = _data.Write("deadline.json", TestData.FrameworkJson.Replace(
            "\"calendar\": \"calendar\",",
            "\"calendar\": \"calendar\",\n  \"deadline\": { \"workingDays\": 4, \"holidays\": [\"2025-04-07\"] },",
            StringComparison.Ordinal));
        string units = TestData.UnitsVp + ",\n" + TestData.UnitsP1;
        _owing = _data.Write("owing.json", TestData.SubmissionsFile("test-fw", units, Quarter));
        _complete = _data.Write("complete.json", TestData.SubmissionsFile("test-fw", units, Quarter + ",\n" + VpB1));
    }

    public void Dispose() => _data.Dispose();

    private Cli.Outcome Status(string submissions, params string[] extra) =>
        Cli.Run(["status", "--framework", _framework, "-s", submissions, "--period", "2025-Q1", .. extra]);

    private static string Row(Cli.Outcome run, string unit) => run.OutputLines.Single(l => l.StartsWith(unit + " ", StringComparison.Ordinal));

    [Fact]
    public void SomethingMissing_Exit3_TableShowsCountsWhatIsOwedAndDaysLate()
    {
        var run = Status(_owing, "--lang", "en");
        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Due: 2025-04-04 (late from 2025-04-04T17:00:00Z)", run.OutputLines);
        Assert.Contains(run.OutputLines, l => l.StartsWith("Unit ", StringComparison.Ordinal) && l.Contains("Still owes", StringComparison.Ordinal));

        // VP: A1 on time, A2 late by 1 working day (Tue 8 April, after the weekend and the holiday), B1 missing.
        string[] vp = Row(run, "VP").Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToArray();
        Assert.Equal(["VP", "Department office", "1", "1", "0", "1", "0", "B1", "A2 (1)"], vp);

        // P1: A1 and A2 on time, B1 declared not applicable.
        string[] p1 = Row(run, "P1").Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToArray();
        Assert.Equal(["2", "0", "0", "0", "1"], p1[^5..]);
        Assert.Contains("2025-Q1: 1 of 2 units still owe 1 figure.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EverythingIn_Exit0()
    {
        var run = Status(_complete, "--lang", "en");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Every unit has reported everything due.", run.OutputLines);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void AsOf_WhatDidWeKnowOnThe5th()
    {
        // By the end of Saturday 5 April at UTC+7, VP's A2 (recorded on the 8th) was not in: VP owes A2 and B1,
        // overdue by 1 working day (the figure would have been on time with one more working day, Tue 8).
        var run = Status(_complete, "--lang", "en", "--as-of", "2025-04-05");
        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("As of: 2025-04-05T16:59:59.999999999Z (overdue)", run.OutputLines);
        string[] vp = Row(run, "VP").Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToArray();
        Assert.Equal(["2", "0", "0", "1", "0", "A2"], vp[2..8]);

        // Before the deadline nothing is overdue, but it is still owed.
        var early = Status(_complete, "--lang", "en", "--as-of", "2025-04-01T00:00:00Z");
        Assert.Equal(3, early.ExitCode);
        Assert.DoesNotContain("(overdue)", early.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CarriesStatesAndOwed()
    {
        var run = Status(_owing, "--format", "json");
        Assert.True(run.ExitCode == 3, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        Assert.Equal("2025-Q1", root.GetProperty("period").GetString());
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("missing").GetInt32());
        var vp = root.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "VP");
        Assert.Equal(["B1"], vp.GetProperty("owed").EnumerateArray().Select(e => e.GetString()));
        var a2 = vp.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "A2");
        Assert.Equal("late", a2.GetProperty("state").GetString());
        Assert.Equal(1, a2.GetProperty("workingDaysLate").GetInt32());
    }

    [Fact]
    public void Vietnamese_ByDefault()
    {
        var run = Status(_owing);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Hạn nộp: 2025-04-04 (trễ từ 2025-04-04T17:00:00Z)", run.OutputLines);
        Assert.Contains(run.OutputLines, l => l.Contains("Chưa nộp", StringComparison.Ordinal) && l.Contains("Còn nợ", StringComparison.Ordinal));
    }

    [Fact]
    public void NoPeriod_IsAUsageError()
    {
        var run = Cli.Run("status", "--framework", _framework, "-s", _owing);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--period", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_Exit1_NotMissing()
    {
        var run = Cli.Run("status", "--framework", _framework, "-s", _data.Write("bad.json", "{ \"submissions\": [ { \"unit\": \"VP\" } ] }"), "--period", "2025-Q1");
        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void Help_ListsExitCode3()
    {
        var run = Cli.Run("--help");
        Assert.Contains("3  cchc status: something due is still missing", run.Output, StringComparison.Ordinal);
        Assert.Contains("status", run.Output, StringComparison.Ordinal);
    }
}
