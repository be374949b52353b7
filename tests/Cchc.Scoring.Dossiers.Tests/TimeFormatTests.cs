using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>Day/month/year times, read only when declared (<see cref="DossierTimeFormat.DayMonthYear"/>).</summary>
public class TimeFormatTests
{
    private const string Header = "id,unit,received_at,due_at,finished_at\n";

    private static DossierMetrics Read(string rows, DossierTimeFormat format) =>
        DossierReader.ReadCsv(new StringReader(Header + rows), new DossierOptions(timeFormat: format), "d.csv");

    [Fact]
    public void DayMonthYear_Declared_ReadsAsDayFirst()
    {
        // 03/04/2025 08:00 is 3 April; finished 04/04/2025 08:00: 1 day = 1,440 minutes, within its due time 10/04/2025.
        var result = Read("A,U1,03/04/2025 08:00,10/04/2025,04/04/2025 08:00\n", DossierTimeFormat.DayMonthYear);
        Assert.Empty(result.Problems);
        var metrics = Assert.Single(result.Results);
        Assert.Equal(ReportingPeriod.Parse("2025"), metrics.Period);
        Assert.Equal(1440m, metrics.ProcessingTime.Mean);
        Assert.Equal(new RateCount(1, 1, 0), metrics.OnTime);
    }

    [Fact]
    public void DayMonthYear_Declared_OneDigitParts_Seconds_AndIsoTimesToo()
    {
        // 3/4/2025 8:05:30 → 5/4/2025 8:05:30 is 2 days = 2,880 minutes; the second row is ISO: 2025-04-03 08:00 →
        // 2025-04-03 09:00 = 60 minutes; mean (2,880 + 60) ÷ 2 = 1,470.
        var result = Read(
            "A,U1,3/4/2025 8:05:30,30/04/2025,5/4/2025 8:05:30\nB,U1,2025-04-03T08:00,2025-04-30,2025-04-03 09:00\n",
            DossierTimeFormat.DayMonthYear);
        Assert.Empty(result.Problems);
        Assert.Equal(1470m, Assert.Single(result.Results).ProcessingTime.Mean);
    }

    [Theory]
    [InlineData("31/02/2025")] // no 31 February
    [InlineData("03/13/2025")] // month 13: a month/day/year date is not read as day/month/year
    [InlineData("03/04/25")] // a two-digit year
    [InlineData("03/04/2025 24:00")]
    [InlineData("03/04/2025T08:00")]
    [InlineData("003/04/2025")]
    public void DayMonthYear_Declared_InvalidTimes_Located(string received)
    {
        var result = Read("A,U1," + received + ",30/04/2025,\n", DossierTimeFormat.DayMonthYear);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DossierProblemCodes.InvalidDate, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Equal("received_at", problem.Path);
        Assert.Contains("day/month/year, as declared", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DayMonthYear_NotDeclared_IsRejected_WithAHint()
    {
        // The default reads ISO only: 03/04/2025 is never guessed, and the problem says how to declare it.
        var result = Read("A,U1,03/04/2025 08:00,2025-04-10,\n", DossierTimeFormat.Iso);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DossierProblemCodes.InvalidDate, problem.Code);
        Assert.Contains("--time-format dd/MM/yyyy", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2025-04-03", problem.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Summary.RowsUsed);
    }

    [Fact]
    public void DayMonthYear_SameCounts_AsTheIsoFile()
    {
        string iso = "A,U1,2025-04-03T08:00,2025-04-10,2025-04-04T08:00\nB,U2,2025-12-31 23:59:59,2026-01-05,\n";
        string dmy = "A,U1,03/04/2025 08:00,10/04/2025,04/04/2025 08:00\nB,U2,31/12/2025 23:59:59,05/01/2026,\n";
        var a = Read(iso, DossierTimeFormat.Iso);
        var b = Read(dmy, DossierTimeFormat.DayMonthYear);
        Assert.Empty(a.Problems);
        Assert.Empty(b.Problems);
        Assert.Equal(a.Results.Count, b.Results.Count);
        foreach (var (x, y) in a.Results.Zip(b.Results))
        {
            Assert.Equal((x.UnitId, x.Period, x.OnTime, x.ProcessingTime.Mean), (y.UnitId, y.Period, y.OnTime, y.ProcessingTime.Mean));
        }
    }

    [Fact]
    public void Options_UndefinedFormat_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierOptions(timeFormat: (DossierTimeFormat)7));
}
