using System;
using System.Linq;
using System.Text;
using Xunit;
using static Cchc.Scoring.Forms.Tests.Workbooks;

namespace Cchc.Scoring.Forms.Tests;

public sealed class CsvTests
{
    private static ValidationResult<SubmissionSet> Read(string text, string source = "so-lieu.csv") =>
        SubmissionCsv.ReadUtf8(Encoding.UTF8.GetBytes(text), Gtvt, source);

    [Fact]
    public void The_sample_round_trips_with_either_separator_and_with_or_without_a_byte_order_mark()
    {
        var sample = new SubmissionSet(Sample.Submissions);
        foreach (char separator in new[] { ',', ';' })
        {
            foreach (bool bom in new[] { true, false })
            {
                var bytes = SubmissionCsv.Write(sample, separator, bom);
                Assert.Equal(bom, bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
                var read = SubmissionCsv.ReadUtf8(bytes, Gtvt, "s.csv");
                Assert.True(read.IsValid, Show(read));
                Assert.Equal(FormTests.Describe(sample), FormTests.Describe(read.Value!));
            }
        }
    }

    [Fact]
    public void Every_problem_has_its_line_and_column()
    {
        var read = Read(
            "unit,period,indicator,numerator,denominator,value,recordedAt\n" +
            "VP,2025-Q1,T01,95,100,,2026-01-10T02:00:00Z\n" +
            "VP,2025-Q5,T01,95,100,,2026-01-10T02:00:00Z\n" +
            "VP,2025-Q1,T0l,95,100,,2026-01-10T02:00:00Z\n" +
            "VP,2025-Q1,T02,95,,,10/01/2026\n" +
            "VP,2025-Q1,T10,,,\"3,5\",2026-01-10\n" +
            "VP,2025-Q1,T03,120,100,,2026-01-10\n" +
            "VP,2025-Q1,T04,1,2\n");
        Assert.False(read.IsValid);
        string[] expected =
        [
            "so-lieu.csv:3: column 2 (period): error invalid-period",
            "so-lieu.csv:4: column 3 (indicator): error unknown-indicator",
            "so-lieu.csv:5: column 7 (recordedAt): error invalid-value",
            "so-lieu.csv:6: column 6 (value): error invalid-value",
            "so-lieu.csv:8: error invalid-csv",
        ];
        var shown = read.Problems.Select(p => p.ToString()).ToArray();
        foreach (string e in expected)
        {
            Assert.Contains(shown, s => s.StartsWith(e, StringComparison.Ordinal));
        }

        Assert.Contains("write 3.5", read.Problems.Single(p => p.Line == 6).Message, StringComparison.Ordinal);
        Assert.Contains("'T01'", read.Problems.Single(p => p.Line == 4).Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-10", read.Problems.Single(p => p.Line == 5).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_located_at_its_line_and_column()
    {
        var read = Read("unit;period;indicator;numerator;denominator;recordedAt\r\nVP;2025-Q1;T03;120;100;2026-01-10\r\n");
        var p = Assert.Single(read.Problems);
        Assert.Equal(ProblemCodes.NumeratorExceedsDenominator, p.Code);
        Assert.Equal(2, p.Line);
        Assert.Equal("column 4 (numerator)", p.Path);
    }

    [Fact]
    public void A_header_with_an_unknown_a_repeated_or_a_missing_column_is_refused()
    {
        var read = Read("unit,period,indicater,unit,numerator\nVP,2025,T01,VP,1\n");
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.UnknownField && p.Path == "column 3 (indicater)" && p.Message.Contains("'indicator'", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.Duplicate && p.Path == "column 4 (unit)");
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.MissingField && p.Message.Contains("recordedAt", StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_and_an_unclosed_quote_are_invalid_csv_at_their_line()
    {
        var latin1 = Encoding.Latin1.GetBytes("unit,period,indicator,value,recordedAt\nVP,2025,T10,3,2026-01-10\nVP,2025,T10,3,\"Hà\"\n");
        var p = Assert.Single(SubmissionCsv.ReadUtf8(latin1, Gtvt).Problems);
        Assert.Equal(FormProblemCodes.InvalidCsv, p.Code);
        Assert.Equal(3, p.Line);

        var unclosed = Read("unit,period,indicator,value,recordedAt,note\nVP,2025,T10,3,2026-01-10,\"open\n");
        var q = Assert.Single(unclosed.Problems, p => p.Severity == Severity.Error);
        Assert.Equal(FormProblemCodes.InvalidCsv, q.Code);
        Assert.Equal(2, q.Line);
    }

    [Fact]
    public void Semicolon_files_take_comma_decimals_and_quoted_fields_keep_separators_and_line_breaks()
    {
        var read = Read("\uFEFFunit;period;indicator;value;recordedAt;note\nVP;2025-Q1;T21;95,5;2026-01-10;\"a; b\nc \"\"d\"\"\"\n");
        Assert.True(read.IsValid, Show(read));
        var s = Assert.Single(read.Value!.Submissions);
        Assert.Equal(Measurement.Percentage(95.5m), s.Measurement);
        Assert.Equal("a; b\nc \"d\"", s.Note);
    }
}
