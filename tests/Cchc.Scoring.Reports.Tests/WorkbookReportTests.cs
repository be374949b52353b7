using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

public sealed class WorkbookReportTests
{
    [Fact]
    public void Render_Twice_SameBytes()
    {
        byte[] first = WorkbookReport.Render(ScoringSummary.Create(Sample.Score(), Sample.Submissions));
        byte[] second = WorkbookReport.Render(ScoringSummary.Create(Sample.Score(), Sample.Submissions));
        Assert.Equal(first, second);
        Assert.Equal((byte)'P', first[0]);
        Assert.Equal((byte)'K', first[1]);
    }

    [Fact]
    public void Render_Sheets_SummaryUnitsIndicatorsSubmissions()
    {
        var result = Sample.Score();
        var book = Book.Read(WorkbookReport.Render(ScoringSummary.Create(result, Sample.Submissions)));
        var expected = new List<string> { "Tổng hợp" };
        expected.AddRange(result.Scorecards.Select(c => c.UnitId));
        expected.AddRange(result.Framework.Indicators.Select(i => i.Code));
        expected.Add("Số liệu đã dùng");
        Assert.Equal(expected, book.Names);

        var en = Book.Read(WorkbookReport.Render(ScoringSummary.Create(result, Sample.Submissions), new ReportOptions(Language.En)));
        Assert.Equal("Summary", en.Names[0]);
        Assert.Equal("Submissions used", en.Names[^1]);
    }

    [Fact]
    public void Render_Summary_RankingEqualsTheScorecards()
    {
        var result = Sample.Score();
        var so = Sample.Department(result);
        var sheet = Book.Read(WorkbookReport.Render(ScoringSummary.Create(result, Sample.Submissions))).Sheet("Tổng hợp");

        Assert.Equal("SO", sheet.Text("B6"));
        Assert.Equal(so.Index, sheet.Number("B7"));
        Assert.Equal(so.Class!.Name.Vi, sheet.Text("B8"));
        Assert.Equal(so.Points, sheet.Number("B9"));
        Assert.Equal(so.MaxPoints, sheet.Number("D9"));

        // Row 12 holds the headers; the ranking follows, one row per unit.
        Assert.Equal("Hạng", sheet.Text("A12"));
        var ranking = Ranking.Rank(result.Scorecards);
        for (int i = 0; i < ranking.Count; i++)
        {
            int row = 13 + i;
            var r = ranking[i];
            Assert.Equal(r.Rank, (int?)sheet.Number("A" + row));
            Assert.Equal(r.Scorecard.UnitId, sheet.Text("B" + row));
            Assert.Equal(r.Scorecard.Points, sheet.Number("E" + row));
            Assert.Equal(r.Scorecard.MaxPoints, sheet.Number("F" + row));
            Assert.Equal(r.Index, sheet.Number("G" + row));
            for (int a = 0; a < r.Scorecard.Areas.Count; a++)
            {
                Assert.Equal(r.Scorecard.Areas[a].Points, sheet.Number(Column(8 + a) + row));
            }
        }

        // Numbers are numbers with a number format, not text.
        var index = sheet.Cell("G13");
        Assert.Null(index.InlineString);
        Assert.True(index.DataType is null || index.DataType.Value == CellValues.Number);
        Assert.NotNull(index.StyleIndex);
        Assert.Equal("0.00", sheet.FormatCode(index));
    }

    [Fact]
    public void Render_UnitAndIndicatorSheets_EqualTheScorecards()
    {
        var result = Sample.Score(rollUp: true);
        var book = Book.Read(WorkbookReport.Render(ScoringSummary.Create(result, Sample.Submissions)));
        foreach (var card in result.Scorecards)
        {
            var sheet = book.Sheet(card.UnitId);
            var rows = sheet.RowsAfter("Chỉ tiêu", column: "B");
            var scores = card.Indicators.ToArray();
            Assert.Equal(scores.Length, rows.Count);
            for (int i = 0; i < scores.Length; i++)
            {
                int row = rows[i];
                Assert.Equal(scores[i].Indicator.Code, sheet.Text("B" + row));
                Assert.Equal(scores[i].Value, sheet.Number("D" + row));
                Assert.Equal(scores[i].Points, sheet.Number("F" + row));
                Assert.Equal(scores[i].MaxPoints, sheet.Number("G" + row));
            }
        }

        foreach (var indicator in result.Framework.Indicators)
        {
            var sheet = book.Sheet(indicator.Code);
            var rows = sheet.RowsAfter("Đơn vị", column: "A");
            Assert.Equal(result.Scorecards.Count, rows.Count);
            for (int i = 0; i < rows.Count; i++)
            {
                var card = result.Scorecards[i];
                var score = card.Indicators.Single(s => s.Indicator.Code == indicator.Code);
                Assert.Equal(card.UnitId + (card.IsRollUp ? "*" : string.Empty), sheet.Text("A" + rows[i]));
                Assert.Equal(score.Value, sheet.Number("C" + rows[i]));
                Assert.Equal(score.Points, sheet.Number("E" + rows[i]));
            }
        }
    }

    [Fact]
    public void Render_Submissions_EveryRevisionUsed()
    {
        var result = Sample.Score();
        var used = result.Scorecards.SelectMany(c => c.Indicators).SelectMany(s => s.Trace.Sources.Concat(s.Trace.BaselineSources)).Select(s => s.Submission).Distinct().ToArray();
        var sheet = Book.Read(WorkbookReport.Render(ScoringSummary.Create(result, Sample.Submissions))).Sheet("Số liệu đã dùng");
        var rows = sheet.RowsAfter("Đơn vị", column: "A");
        Assert.True(rows.Count >= used.Length && used.Length > 0, rows.Count + " rows for " + used.Length + " submissions");
        var first = used.OrderBy(s => s.UnitId, StringComparer.Ordinal).ThenBy(s => s.IndicatorCode, StringComparer.Ordinal).ThenBy(s => s.Period.Start).ThenBy(s => s.RecordedAt).First();
        int row = rows[0];
        Assert.Equal(first.UnitId, sheet.Text("A" + row));
        Assert.Equal(first.IndicatorCode, sheet.Text("C" + row));
        Assert.Equal(first.Measurement.ComparableValue, sheet.Number("E" + row));

        // The instant recorded is an Excel date: days since 1899-12-30 (UTC), shown with a date format.
        decimal days = sheet.Number("K" + row)!.Value;
        Assert.Equal(first.RecordedAt, Instant.FromUnixTimeTicks((long)((days - 25569m) * NodaConstants.TicksPerDay)));
        Assert.Equal("yyyy-mm-dd hh:mm:ss", sheet.FormatCode(sheet.Cell("K" + row)));
    }

    [Fact]
    public void ExcelDate_KnownInstant()
    {
        // 2024-03-01T12:00:00Z: 45352 days after 1899-12-30, plus half a day.
        Assert.Equal(45352.5m, WorkbookReport.ExcelDate(Instant.FromUtc(2024, 3, 1, 12, 0)));
    }

    [Theory]
    [InlineData("SO", "SO")]
    [InlineData("a/b:c", "a_b_c")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("0123456789012345678901234567890123", "0123456789012345678901234567890")]
    public void SheetName_ValidForExcel(string wanted, string expected) => Assert.Equal(expected, WorkbookReport.SheetName(wanted, new HashSet<string>(StringComparer.OrdinalIgnoreCase)));

    [Fact]
    public void SheetName_Taken_NumberedCopy()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "T01" };
        Assert.Equal("t01 (2)", WorkbookReport.SheetName("t01", taken));
        Assert.Equal("T01 (3)", WorkbookReport.SheetName("T01", taken));
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();

    /// <summary>A workbook read back with DocumentFormat.OpenXml.</summary>
    internal sealed class Book
    {
        private readonly Dictionary<string, SheetView> _sheets;

        private Book(List<string> names, Dictionary<string, SheetView> sheets)
        {
            Names = names;
            _sheets = sheets;
        }

        public List<string> Names { get; }

        public SheetView Sheet(string name) => _sheets[name];

        public static Book Read(byte[] bytes)
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var workbook = document.WorkbookPart!;
            var formats = workbook.WorkbookStylesPart!.Stylesheet!;
            var names = new List<string>();
            var sheets = new Dictionary<string, SheetView>(StringComparer.Ordinal);
            foreach (var sheet in workbook.Workbook!.Sheets!.Elements<Sheet>())
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
                names.Add(sheet.Name!.Value!);
                var cells = part.Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => (Cell)c.CloneNode(true));
                sheets[sheet.Name!.Value!] = new SheetView(cells, (Stylesheet)formats.CloneNode(true));
            }

            return new Book(names, sheets);
        }
    }

    internal sealed class SheetView(Dictionary<string, Cell> cells, Stylesheet styles)
    {
        public Cell Cell(string reference) => cells[reference];

        public string? Text(string reference) => cells.TryGetValue(reference, out var c) ? c.InlineString?.Text?.Text : null;

        public decimal? Number(string reference)
        {
            if (!cells.TryGetValue(reference, out var c))
            {
                return null;
            }

            Assert.True(c.InlineString is null, reference + " is text, not a number");
            return decimal.Parse(c.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        /// <summary>The rows below the header row whose <paramref name="column"/> cell reads <paramref name="header"/>, up to the first empty row.</summary>
        public List<int> RowsAfter(string header, string column)
        {
            int start = cells.Where(kv => kv.Key.StartsWith(column, StringComparison.Ordinal) && char.IsDigit(kv.Key[column.Length]) && kv.Value.InlineString?.Text?.Text == header)
                .Select(kv => int.Parse(kv.Key[column.Length..], CultureInfo.InvariantCulture)).Min();
            var rows = new List<int>();
            for (int row = start + 1; cells.ContainsKey(column + row.ToString(CultureInfo.InvariantCulture)); row++)
            {
                rows.Add(row);
            }

            return rows;
        }

        public string FormatCode(Cell cell)
        {
            var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
            uint id = format.NumberFormatId!.Value;
            return id switch
            {
                2 => "0.00",
                4 => "#,##0.00",
                1 => "0",
                _ => styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!,
            };
        }
    }
}
