using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring.Dossiers.Samples;
using Xunit;
using static Cchc.Scoring.Dossiers.Tests.Build;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>Regression tests of the dossier reader's defects D1, D3, D8, D9, D12, D18, D20 and D21 (reliability report 2026-11).</summary>
public sealed class ReliabilityTests
{
    private const string Short = "id,procedure,unit,received_at,due_at\n";
    private const string Row = ",P1,VP,2025-03-02T08:00,2025-03-07T17:00\n";

    /// <summary>The parallelisms of the report (1, 2, 3 and 8), with partitions small enough to split the test files.</summary>
    public static TheoryData<int> Parallelisms() => [1, 2, 3, 8];

    [Fact]
    public void D1_QuoteOpenedAndClosedRowsLater_NoRowDisappears()
    {
        // The report's file: a quote opened in procedure at line 2 and closed at line 4. Line 2 is rejected (a line
        // break is never part of procedure), line 3 is read, line 4 is rejected (its quote closes nothing on the
        // line), line 5 is read: 4 rows read = the 4 physical lines after the header, 2 used, 2 rejected.
        string csv = "id,procedure,unit,received_at,due_at\n"
            + "A,\"P1,VP,2025-03-02T08:00,2025-03-07T17:00\n"
            + "B,P1,VP,2025-03-02T08:00,2025-03-07T17:00\n"
            + "C,P1\",VP,2025-03-02T08:00,2025-03-07T17:00\n"
            + "D,P1,VP,2025-03-02T08:00,2025-03-07T17:00\n";
        var result = DossierReader.ReadCsv(new StringReader(csv), null, "q.csv");
        Assert.Equal(4, result.Summary.RowsRead);
        Assert.Equal(2, result.Summary.RowsUsed);
        Assert.Equal(2, result.Summary.RowsRejected);
        Assert.Equal(
            [(2L, DossierProblemCodes.QuoteSpansRows, "procedure"), (4L, DossierProblemCodes.StrayQuote, "procedure")],
            result.Problems.Select(p => (p.Line!.Value, p.Code, p.Path)).ToArray());
        Assert.Contains("A quote opened in procedure is not closed on this line", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("reading goes on at the next line", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Parallelisms))]
    public void D1_QuoteSpanningTwentyRows_SameCountsAtEveryParallelism(int parallelism)
    {
        // 6,000 generated rows; a quote opens procedure on data row 2,990 (line 2,991) and closes it on data row
        // 3,010 (line 3,011): those two lines are rejected, the 19 between are read, as are all others.
        var lines = Csv(DossierGenerator.Generate(5, 6000).ToArray()).Split('\n');
        lines[2990] = lines[2990].Insert(lines[2990].IndexOf(',', StringComparison.Ordinal) + 1, "\"");
        lines[3010] = lines[3010].Insert(lines[3010].IndexOf(',', lines[3010].IndexOf(',', StringComparison.Ordinal) + 1), "\"");
        string text = string.Join('\n', lines);
        string path = TempFile(text);
        try
        {
            var one = DossierReader.ReadCsv(new StringReader(text), new DossierOptions(), path);
            var file = DossierReader.ReadCsvFile(path, new DossierOptions(parallelism: parallelism), null, default, minPartitionBytes: 20_000);
            Assert.Equal(6000, file.Summary.RowsRead);
            Assert.Equal(5998, file.Summary.RowsUsed);
            Assert.Equal([2991L, 3011L], file.Problems.Select(p => p.Line!.Value).ToArray());
            Assert.Equal(Describe(one), Describe(file));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Parallelisms))]
    public void D1_QuoteInAFreeColumnOverRows_FirstLineRejected_RowsRead(int parallelism)
    {
        // A column outside the schema (note) may hold a quoted line break; a quote opened there on data row 300
        // (line 301) whose next line has a row's commas is taken as a quote spanning rows: line 301 is rejected and
        // every other line read (the closing line's stray quote is in the note, which is not read).
        var rows = Enumerable.Range(0, 1000).Select(i => "H" + i.ToString(CultureInfo.InvariantCulture) + ",P1,VP,2025-03-02T08:00,2025-03-07T17:00,").ToArray();
        rows[299] += "\"opened";
        rows[319] += "closed\"";
        string text = "id,procedure,unit,received_at,due_at,note\n" + string.Join('\n', rows) + "\n";
        string path = TempFile(text);
        try
        {
            var result = DossierReader.ReadCsvFile(path, new DossierOptions(parallelism: parallelism), null, default, minPartitionBytes: 2_000);
            Assert.Equal(1000, result.Summary.RowsRead);
            Assert.Equal(999, result.Summary.RowsUsed);
            var problem = Assert.Single(result.Problems);
            Assert.Equal((301L, DossierProblemCodes.QuoteSpansRows), (problem.Line!.Value, problem.Code));
            Assert.Equal(Describe(DossierReader.ReadCsv(new StringReader(text), null, path)), Describe(result));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void D18_QuotedLineBreakInProcedure_LinesArePhysical()
    {
        // The report's file: procedure "two\nlines" (lines 2-3), then B with 30 February on line 4.
        string csv = "id,procedure,unit,received_at,due_at\nA,\"two\nlines\",VP,2025-03-02T08:00,2025-03-07T17:00\nB,P,VP,2025-02-30,2025-03-07\n";
        var result = DossierReader.ReadCsv(new StringReader(csv), null, "nl.csv");
        Assert.Equal(
            [(2L, DossierProblemCodes.QuoteSpansRows), (3L, DossierProblemCodes.FieldCount), (4L, DossierProblemCodes.InvalidDate)],
            result.Problems.Select(p => (p.Line!.Value, p.Code)).ToArray());
    }

    [Theory]
    [MemberData(nameof(Parallelisms))]
    public void D18_QuotedLineBreakInAFreeColumn_LinesArePhysical_AtEveryParallelism(int parallelism)
    {
        // Every 10th row has a two-line note, so each such row spans 2 physical lines. Row k (from 0) starts at
        // line 2 + k + (number of multi-line rows before it) = 2 + k + ceil(k / 10). The bad row is k = 4,999:
        // 2 + 4,999 + 500 = 5,501.
        var rows = new StringBuilder("id,procedure,unit,received_at,due_at,note\n");
        for (int k = 0; k < 6000; k++)
        {
            string received = k == 4999 ? "2025-02-30T08:00" : "2025-03-02T08:00";
            rows.Append("H").Append(k.ToString(CultureInfo.InvariantCulture)).Append(",P1,VP,").Append(received).Append(",2025-03-07T17:00,")
                .Append(k % 10 == 0 ? "\"two\nlines\"" : "x").Append('\n');
        }

        string path = TempFile(rows.ToString());
        try
        {
            var result = DossierReader.ReadCsvFile(path, new DossierOptions(parallelism: parallelism), null, default, minPartitionBytes: 5_000);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(5501L, problem.Line);
            Assert.Equal(6000, result.Summary.RowsRead);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Parallelisms))]
    public void D20_QuoteLeftOpen_OnlyItsLineRejected(int parallelism)
    {
        // 1,000 rows; a quote opened in procedure on line 51 and never closed: line 51 rejected, 999 used.
        var rows = Enumerable.Range(0, 1000).Select(i => "H" + i.ToString(CultureInfo.InvariantCulture) + Row).ToArray();
        rows[49] = rows[49].Replace(",P1,", ",\"P1,", StringComparison.Ordinal);
        string path = TempFile(Short + string.Concat(rows));
        try
        {
            var result = DossierReader.ReadCsvFile(path, new DossierOptions(parallelism: parallelism), null, default, minPartitionBytes: 5_000);
            Assert.Equal(999, result.Summary.RowsUsed);
            var problem = Assert.Single(result.Problems);
            Assert.Equal((51L, DossierProblemCodes.QuoteSpansRows), (problem.Line!.Value, problem.Code));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void D20_QuoteLeftOpenToTheEnd_InAFreeColumn_LineRejected_RestRead()
    {
        // The quote opens the note of line 4 and is never closed: line 4 is rejected, and line 5 is read again as a
        // row (it has too few fields).
        string csv = "id,unit,received_at,due_at,note\nA,VP,2025-03-02,2025-03-07,\nB,VP,2025-03-02,2025-03-07,\nC,VP,2025-03-02,2025-03-07,\"open\nstill open";
        var result = DossierReader.ReadCsv(new StringReader(csv), null, "open.csv");
        Assert.Equal(4, result.Summary.RowsRead);
        Assert.Equal(2, result.Summary.RowsUsed);
        Assert.Equal(
            [(4L, DossierProblemCodes.QuoteSpansRows), (5L, DossierProblemCodes.FieldCount)],
            result.Problems.Select(p => (p.Line!.Value, p.Code)).ToArray());
        Assert.Contains("never closed", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 3)]
    [InlineData(true, 3)]
    public void D20_TenMegabyteField_RowRejected_RestRead(bool quoted, int parallelism)
    {
        // A 10 MB procedure on line 51 of 1,001: rejected as too long at line 51, the 999 other rows used.
        var rows = Enumerable.Range(0, 1000).Select(i => "H" + i.ToString(CultureInfo.InvariantCulture) + Row).ToArray();
        string big = new('x', 10_000_000);
        rows[49] = rows[49].Replace(",P1,", "," + (quoted ? "\"" + big + "\"" : big) + ",", StringComparison.Ordinal);
        string path = TempFile(Short + string.Concat(rows));
        try
        {
            var result = DossierReader.ReadCsvFile(path, new DossierOptions(parallelism: parallelism), null, default, minPartitionBytes: 5_000);
            Assert.Equal(1000, result.Summary.RowsRead);
            Assert.Equal(999, result.Summary.RowsUsed);
            var problem = Assert.Single(result.Problems);
            Assert.Equal((51L, DossierProblemCodes.RowTooLong), (problem.Line!.Value, problem.Code));
            Assert.Contains("1,048,576 bytes", problem.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("MaxBufferSize", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void D8_DevZero_StopsAtTheHeaderLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var result = DossierReader.ReadCsvFile("/dev/zero");
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.LimitExceeded, 1L), (problem.Code, problem.Line));
        Assert.Contains("65,536 bytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D8_NoLineEnd_StopsAtTheHeaderLimit_WithBoundedMemory()
    {
        // 20 MB without a line end: only the first 64 KiB of the header are read before the problem.
        string path = TempFile(new string('a', 20_000_000));
        try
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var result = DossierReader.ReadCsvFile(path, new DossierOptions(parallelism: 1));
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(ProblemCodes.LimitExceeded, Assert.Single(result.Problems).Code);
            Assert.True(allocated < 8_000_000, allocated.ToString(CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Parallelisms))]
    public void D8_CarriageReturnLineEnds_ReadAsLines(int parallelism)
    {
        // The same 3,000 rows with CR, CRLF and LF line ends give the same figures; the bad row (data row 1,000,
        // line 1,001) is at the same line.
        var lines = Csv(DossierGenerator.Generate(3, 3000).ToArray()).TrimEnd('\n').Split('\n');
        lines[1000] = lines[1000].Replace(",2025-", ",2025-13-", StringComparison.Ordinal);
        string lf = string.Join('\n', lines) + "\n";
        var expected = DossierReader.ReadCsv(new StringReader(lf), null, "x");
        Assert.Equal(1001L, Assert.Single(expected.Problems).Line);
        foreach (string end in new[] { "\r", "\r\n" })
        {
            string path = TempFile(string.Join(end, lines) + end);
            try
            {
                var result = DossierReader.ReadCsvFile(path, new DossierOptions(parallelism: parallelism), null, default, minPartitionBytes: 20_000);
                Assert.Equal(Describe(expected), Describe(result).Replace(path, "x", StringComparison.Ordinal));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public void D3_YearsNoPeriodHolds_RejectedRows_InCsv()
    {
        // Years 0001 and 9999 are outside ReportingPeriod's years (2 to 9998): rejected at their lines, A counted.
        string csv = "id,unit,received_at,due_at,finished_at\nA,VP,2025-03-02,2025-03-07,\nB,VP,9999-12-01,9999-12-02,\nC,VP,0001-01-01,0001-01-02,\nD,VP,2025-03-02,2025-03-07,9999-01-01\n";
        string path = TempFile(csv);
        try
        {
            foreach (var result in new[] { DossierReader.ReadCsv(new StringReader(csv), null, path), DossierReader.ReadCsvFile(path) })
            {
                Assert.Equal(1, result.Summary.RowsUsed);
                Assert.Equal(
                    [(3L, "received_at"), (4L, "received_at"), (5L, "finished_at")],
                    result.Problems.Select(p => (p.Line!.Value, p.Path!)).ToArray());
                Assert.All(result.Problems, p => Assert.Equal(DossierProblemCodes.DateOutOfRange, p.Code));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void D3_YearsNoPeriodHolds_RejectedRows_InADatabase()
    {
        var table = new DataTable();
        foreach (string name in new[] { "id", "unit", "received_at", "due_at" })
        {
            table.Columns.Add(name, typeof(string));
        }

        table.Rows.Add("A", "VP", "2025-03-02", "2025-03-07");
        table.Rows.Add("B", "VP", "9999-12-01", "9999-12-02");
        table.Rows.Add("C", "VP", "0001-01-01", "0001-01-02");
        using var reader = table.CreateDataReader();
        var result = DossierReader.ReadDatabase(reader, null, "db");
        Assert.Equal(1, result.Summary.RowsUsed);
        Assert.Equal([2L, 3L], result.Problems.Select(p => p.Line!.Value).ToArray());
        Assert.All(result.Problems, p => Assert.Equal(DossierProblemCodes.DateOutOfRange, p.Code));
    }

    [Fact]
    public void D3_YearsNoPeriodHolds_Add_ReturnsFalseWithAProblem()
    {
        var acc = new DossierAccumulator();
        Assert.False(acc.Add(Dossier("9999-12-01T00:00", "9999-12-02T00:00"), 7, "list"));
        Assert.False(acc.Add(Dossier("0001-01-01T00:00", "0001-01-02T00:00"), 8, "list"));
        Assert.True(acc.Add(Dossier("2025-03-02T08:00", "2025-03-07T17:00")));
        var metrics = acc.ToMetrics();
        Assert.Equal([7L, 8L], metrics.Problems.Select(p => p.Line!.Value).ToArray());
        Assert.All(metrics.Problems, p => Assert.Equal(DossierProblemCodes.DateOutOfRange, p.Code));
        Assert.Equal(1, metrics.Summary.RowsUsed);
    }

    [Fact]
    public void D3_CutoffCalendar_DateInAPeriodPastYear9998_Rejected()
    {
        // With cut-off day 28, 9998-12-30 belongs to the year 9999, which no period holds.
        var options = new DossierOptions(calendar: ReportingCalendar.WithCutoff(28));
        var result = DossierReader.ReadCsv(new StringReader("id,unit,received_at,due_at\nA,VP,9998-12-30,9998-12-31\nB,VP,2025-03-02,2025-03-07\n"), options, "c.csv");
        Assert.Equal(1, result.Summary.RowsUsed);
        Assert.Equal((2L, DossierProblemCodes.DateOutOfRange), (Assert.Single(result.Problems).Line!.Value, result.Problems[0].Code));
    }

    [Fact]
    public void D12_InvalidUtf8_RowRejectedAtLineAndColumn()
    {
        // The report's file: cp1258 "Phòng" (0xF2) and "Phóng" (0xF3) would both have become "Ph\uFFFDng".
        byte[] bytes = [.. "id,unit,received_at,due_at\nA,Ph"u8, 0xF2, .. "ng,2025-03-02,2025-03-07\nB,Ph"u8, 0xF3, .. "ng,2025-03-02,2025-03-07\nC,VP,2025-03-02,2025-03-07\n"u8];
        string path = Path.Combine(Path.GetTempPath(), "cchc-enc-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var result = DossierReader.ReadCsvFile(path);
            Assert.Equal(1, result.Summary.RowsUsed);
            Assert.Equal(["VP"], result.Results.Select(r => r.UnitId).ToArray());
            Assert.Equal(
                [(2L, DossierProblemCodes.InvalidEncoding, "unit"), (3L, DossierProblemCodes.InvalidEncoding, "unit")],
                result.Problems.Select(p => (p.Line!.Value, p.Code, p.Path!)).ToArray());
            Assert.Contains("0xF2 at byte 3", result.Problems[0].Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void D12_LoneSurrogateInText_RowRejected()
    {
        var result = DossierReader.ReadCsv(new StringReader("id,unit,received_at,due_at\nA,Ph\uD800ng,2025-03-02,2025-03-07\n"), null, "t");
        Assert.Equal((2L, DossierProblemCodes.InvalidEncoding), (Assert.Single(result.Problems).Line!.Value, result.Problems[0].Code));
        Assert.Empty(result.Results);
    }

    [Fact]
    public void D21_ProcessingBeyondTheIntRange_Rejected()
    {
        // 0002-01-01 → 9998-12-30 is about 9,997 years ≈ 5.26e9 minutes > 2,147,483,647.
        var result = DossierReader.ReadCsv(new StringReader("id,unit,received_at,due_at,finished_at\nA,VP,0002-01-01,9998-12-31,9998-12-30\n"), null, "s");
        var problem = Assert.Single(result.Problems);
        Assert.Equal((DossierProblemCodes.DurationOutOfRange, "finished_at"), (problem.Code, problem.Path));
        Assert.Equal(0, result.Summary.RowsUsed);
    }

    [Fact]
    public void D21_PaddedCells_ReadTheSameInCsvAndDatabase()
    {
        string csv = "id,unit,received_at,due_at,channel\nA, VP , 2025-03-02T08:00 ,2025-03-07T17:00, online \n\" B \",\" VP\",2025-03-02,2025-03-07,\n";
        var fromCsv = DossierReader.ReadCsv(new StringReader(csv), null, "p");
        var table = new DataTable();
        foreach (string name in new[] { "id", "unit", "received_at", "due_at", "channel" })
        {
            table.Columns.Add(name, typeof(string));
        }

        table.Rows.Add("A", " VP ", " 2025-03-02T08:00 ", "2025-03-07T17:00", " online ");
        table.Rows.Add(" B ", " VP", "2025-03-02", "2025-03-07", string.Empty);
        using var reader = table.CreateDataReader();
        var fromDb = DossierReader.ReadDatabase(reader, null, "p");
        Assert.Equal(["VP"], fromCsv.Results.Select(r => r.UnitId).ToArray());
        Assert.Equal(2, fromCsv.Summary.RowsUsed);
        Assert.Equal(Figures(fromCsv), Figures(fromDb));
    }

    [Fact]
    public void D21_DuplicateColumn_IsAProblem_NothingRead()
    {
        var result = DossierReader.ReadCsv(new StringReader("id,unit,received_at,due_at,UNIT\nA,VP,2025-03-02,2025-03-07,SO\n"), null, "d.csv");
        var problem = Assert.Single(result.Problems);
        Assert.Equal((DossierProblemCodes.DuplicateColumn, 1L), (problem.Code, problem.Line));
        Assert.Contains("unit", problem.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Summary.RowsRead);
    }

    [Fact]
    public void D9_ScatteredDurations_MemoryBounded_StatisticsExact()
    {
        // 40,000 rows with random waiting minutes 0 to 999,999,999 (the report's file). Before: one 32 KB page per
        // row (about 1.3 GB). Now about 24 bytes per distinct long duration.
        ulong state = 7;
        var waits = Enumerable.Range(0, 40_000).Select(_ => Next(ref state, 1_000_000_000)).ToArray();
        var text = new StringBuilder("id,unit,received_at,due_at,finished_at,status,waiting_minutes\n");
        for (int i = 0; i < waits.Length; i++)
        {
            text.Append('H').Append(i.ToString(CultureInfo.InvariantCulture)).Append(",VP,2025-03-02T08:00,2025-03-07T17:00,2025-03-05T10:00,finished,")
                .Append(waits[i].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        string csv = text.ToString();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = DossierReader.ReadCsv(new StringReader(csv), new DossierOptions(parallelism: 1), "w.csv");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 64_000_000, "allocated " + allocated.ToString("N0", CultureInfo.InvariantCulture) + " bytes");

        // Exact: the median of 40,000 values is the mean of the 20,000th and 20,001st; the 90th percentile by
        // nearest rank is the 36,000th.
        var sorted = waits.Order().ToArray();
        var stats = Single(result).WaitingTime;
        Assert.Equal(40_000, stats.Count);
        Assert.Equal(waits.Sum(w => (long)w), stats.TotalMinutes);
        Assert.Equal((sorted[19_999] + (decimal)sorted[20_000]) / 2m, stats.Median);
        Assert.Equal(sorted[35_999], stats.Percentile90);
    }

    [Fact]
    public void D9_Histogram_FootprintDoesNotGrowWithRows()
    {
        var histogram = new MinuteHistogram();
        ulong state = 11;
        for (int i = 0; i < 100_000; i++)
        {
            histogram.Add(Next(ref state, MinuteHistogram.DenseMinutes));
        }

        // Dense minutes: at most 64 pages of 4,096 counters (2 MiB plus the page table), however many rows.
        Assert.True(histogram.Footprint <= (64 * 4096 * 8) + (64 * 8), histogram.Footprint.ToString(CultureInfo.InvariantCulture));
        long dense = histogram.Footprint;
        for (int i = 0; i < 100_000; i++)
        {
            histogram.Add(Next(ref state, 100));
        }

        Assert.Equal(dense, histogram.Footprint);
    }

    /// <summary>A reproducible pseudo-random number from 0 to <paramref name="below"/> − 1 (SplitMix64).</summary>
    private static int Next(ref ulong state, int below)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            ulong z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)below);
        }
    }
}
