using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Cchc.Scoring;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Reports;

/// <summary>
/// Writes a scoring result as an Excel workbook (.xlsx, with DocumentFormat.OpenXml): a summary sheet (the unit in
/// focus and every unit ranked, with area points), one sheet per unit (its indicators), one sheet per indicator
/// (every unit's figures) and the submissions used. Numbers are stored as numbers with number formats, instants as
/// Excel dates; the same inputs give the same bytes (fixed relationship identifiers and zip timestamps).
/// </summary>
public static class WorkbookReport
{
    /// <summary>The fixed time stamp of every zip entry (1980-01-01, the earliest a zip file can hold).</summary>

    // Cell formats of the style sheet, by index.
    private const uint General = 0;
    private const uint Bold = 1;
    private const uint TwoDecimals = 2;
    private const uint Grouped = 3;
    private const uint DateTimeFormat = 4;
    private const uint Whole = 5;

    /// <summary>Renders the workbook.</summary>
    /// <param name="summary">The scoring result ranked, with the unit in focus and its trajectories.</param>
    /// <param name="options">The language; null for Vietnamese.</param>
    /// <returns>The .xlsx file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static byte[] Render(ScoringSummary summary, ReportOptions? options = null)
    {
        var model = ReportModel.Create(summary, options);
        using var raw = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            Build(document, model);
        }

        return OfficePackage.Normalize(raw.ToArray());
    }

    /// <summary>Writes the workbook to a stream.</summary>
    /// <param name="summary">The scoring result ranked, with the unit in focus and its trajectories.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="options">The language; null for Vietnamese.</param>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(ScoringSummary summary, Stream output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        byte[] bytes = Render(summary, options);
        output.Write(bytes, 0, bytes.Length);
    }

    private static void Build(SpreadsheetDocument document, ReportModel m)
    {
        var t = m.Texts;
        var lang = m.Language;
        // A fixed relationship identifier: AddWorkbookPart() would draw a random one.
        var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = Stylesheet();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint sheetId = 0;

        void AddSheet(string wanted, Sheet sheet, double[] widths)
        {
            sheetId++;
            string id = "rId" + sheetId.ToString(CultureInfo.InvariantCulture);
            var part = workbookPart.AddNewPart<WorksheetPart>(id);
            var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));

            // The rows are written to the part as they are, one after another, rather than kept in a document tree
            // that is saved when the package closes: the work and the memory follow the rows, with no tree of the
            // whole workbook held at once.
            using (var writer = OpenXmlWriter.Create(part, new UTF8Encoding(false)))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(columns);
                writer.WriteStartElement(new SheetData());
                foreach (var row in sheet.Rows)
                {
                    writer.WriteElement(row);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = id, SheetId = sheetId, Name = SheetName(wanted, names) });
        }

        var result = m.Result;
        var framework = result.Framework;
        var focus = m.Focus;
        var period = result.Request.Period;

        // Summary.
        var summary = new Sheet();
        summary.Row(Text(t.Title, Bold));
        summary.Row(Text(t.Framework), Text(framework.Name.Get(lang) + " (" + framework.Id + ", " + t.VersionWord + " " + framework.Version + ")"));
        summary.Row(Text(t.Period), Text(period.ToString()), Text(LocalDatePattern.Iso.Format(period.Start) + ".." + LocalDatePattern.Iso.Format(period.End)));
        summary.Row(Text(t.AsOf), result.Request.AsOf is Instant at ? Date(at) : Text(t.Latest));
        summary.Row(Text(t.Fingerprint), Text(result.Fingerprint));
        summary.Row(Text(t.Unit), Text(focus.UnitId), Text(focus.Unit?.Name.Get(lang)));
        summary.Row(Text(t.Index), Number(focus.Index, TwoDecimals));
        summary.Row(Text(t.Class), Text(focus.Class?.Name.Get(lang)));
        summary.Row(Text(t.Points), Number(focus.Points, TwoDecimals), Text(t.Max), Number(focus.MaxPoints, TwoDecimals));
        summary.Row();
        summary.Row(Text(t.Ranking, Bold));
        var areas = framework.Areas;
        summary.Row(new[] { t.Rank, t.Unit, t.Name, t.Kind, t.Points, t.Max, t.Index, t.Class }.Concat(areas.Select(a => t.Area + " " + a.Code)).Select(h => Text(h, Bold)).ToArray());
        foreach (var r in m.Ranking)
        {
            var card = r.Scorecard;
            var cells = new List<Cell>
            {
                r.Rank is int rank ? Number(rank, Whole) : Empty(),
                Text(card.UnitId + (card.IsRollUp ? "*" : string.Empty) + (card.Coverage.IsPartial ? " ~" : string.Empty)),
                Text(card.Unit?.Name.Get(lang)),
                Text(card.Unit?.Kind),
                Number(card.Points, TwoDecimals),
                Number(card.MaxPoints, TwoDecimals),
                Number(card.Index, TwoDecimals),
                Text(card.Class?.Name.Get(lang)),
            };
            cells.AddRange(areas.Select(a => Number(card.Areas.FirstOrDefault(x => x.Area.Code == a.Code)?.Points, TwoDecimals)));
            summary.Row(cells.ToArray());
        }

        if (m.Ranking.Any(r => r.Scorecard.IsRollUp))
        {
            summary.Row();
            summary.Row(Text("* " + t.RollUpNote));
        }

        if (m.Ranking.Any(r => r.Scorecard.Coverage.IsPartial))
        {
            // An index on partial data is never silently comparable with a complete one.
            summary.Row();
            summary.Row(Text(StatusReportTexts.For(lang).PartialFootnote));
        }

        AddSheet(t.Summary, summary, [24, 14, 44, 14, 10, 10, 10, 14, .. areas.Select(_ => 12.0)]);
        if (m.Sensitivity is SensitivityResult sensitivity)
        {
            AddSheet(lang == Language.Vi ? "Độ nhạy" : "Sensitivity", SensitivitySheet(sensitivity, lang), [14, 12, 10, 10, 10, 10, 10, 10, 22, .. sensitivity.Nominal.Framework.Bands.Select(_ => 10.0), .. sensitivity.Inputs.Select(_ => 12.0)]);
        }

        // One sheet per unit.
        foreach (var card in result.Scorecards)
        {
            var sheet = new Sheet();
            sheet.Row(Text(t.Unit), Text(card.UnitId), Text(card.Unit?.Name.Get(lang)));
            if (card.IsRollUp)
            {
                sheet.Row(Text(string.Empty), Text(t.RollUpNote));
            }

            sheet.Row(Text(t.Points), Number(card.Points, TwoDecimals));
            sheet.Row(Text(t.Max), Number(card.MaxPoints, TwoDecimals));
            sheet.Row(Text(t.Index), Number(card.Index, TwoDecimals), card.Coverage.IsPartial ? Text(StatusReportTexts.For(lang).PartialFootnote) : Empty());
            sheet.Row(Text(t.Class), Text(card.Class?.Name.Get(lang)));
            sheet.Row(Text(t.Bonus), Number(card.Bonus, TwoDecimals), Text(t.Deduction), Number(card.Deduction, TwoDecimals));
            sheet.Row(Text(t.Fingerprint), Text(card.Fingerprint));
            sheet.Row();
            bool stages = ReportModel.HasAssessments(card);
            sheet.Row((stages
                ? new[] { t.Area, t.Indicator, t.Name, t.Value, t.Target, t.Points, t.Max, t.Status, Glossary.Stage.Get(lang), t.Explanation }
                : new[] { t.Area, t.Indicator, t.Name, t.Value, t.Target, t.Points, t.Max, t.Status, t.Explanation }).Select(h => Text(h, Bold)).ToArray());
            foreach (var area in card.Areas)
            {
                foreach (var s in area.Indicators)
                {
                    var cells = new List<Cell>
                    {
                        Text(area.Area.Code),
                        Text(s.Indicator.Code),
                        Text(s.Indicator.Name.Get(lang)),
                        Number(s.Value, Grouped),
                        Number(ReportModel.EffectiveTarget(s), Grouped),
                        Number(s.Points, TwoDecimals),
                        Number(s.MaxPoints, TwoDecimals),
                        Text(t.StatusWord(s.Status)),
                    };
                    if (stages)
                    {
                        cells.Add(Text(ReportModel.Stage(s, lang)));
                    }

                    cells.Add(Text(s.Explanation));
                    sheet.Row([.. cells]);
                }
            }

            AddSheet(card.UnitId, sheet, stages ? [22, 10, 60, 12, 12, 10, 10, 16, 36, 80] : [22, 10, 60, 12, 12, 10, 10, 16, 80]);
        }

        // One sheet per indicator, across units.
        foreach (var indicator in framework.Indicators)
        {
            var sheet = new Sheet();
            sheet.Row(Text(t.Indicator), Text(indicator.Code), Text(indicator.Name.Get(lang)));
            sheet.Row(Text(t.Target), Text(indicator.Target.Comparison switch
            {
                Rules.Comparison.AtLeast => ">=",
                Rules.Comparison.GreaterThan => ">",
                Rules.Comparison.AtMost => "<=",
                Rules.Comparison.LessThan => "<",
                _ => "=",
            }), Number(indicator.Target.IsBaselineRelative ? null : indicator.Target.Value, Grouped), Text(indicator.UnitOfMeasure));
            sheet.Row(Text(t.Max), Number(indicator.MaxPoints, TwoDecimals));
            sheet.Row();
            sheet.Row(new[] { t.Unit, t.Name, t.Value, t.Target, t.Points, t.Max, t.Status }.Select(h => Text(h, Bold)).ToArray());
            foreach (var card in result.Scorecards)
            {
                var s = card.Indicators.FirstOrDefault(x => x.Indicator.Code == indicator.Code);
                if (s is null)
                {
                    continue;
                }

                sheet.Row(
                    Text(card.UnitId + (card.IsRollUp ? "*" : string.Empty) + (card.Coverage.IsPartial ? " ~" : string.Empty)),
                    Text(card.Unit?.Name.Get(lang)),
                    Number(s.Value, Grouped),
                    Number(ReportModel.EffectiveTarget(s), Grouped),
                    Number(s.Points, TwoDecimals),
                    Number(s.MaxPoints, TwoDecimals),
                    Text(t.StatusWord(s.Status)));
            }

            AddSheet(indicator.Code, sheet, [16, 44, 12, 12, 10, 10, 16]);
        }

        // The submissions used.
        var used = new Sheet();
        used.Row(new[]
        {
            t.Unit, t.Period, t.Indicator, t.Measure, t.Value, t.Numerator, t.Denominator, t.Excluded, t.Count, t.Applicable,
            t.RecordedAt, t.Revision, t.Note, t.Evidence, t.SelfAssessed, t.Appraised,
        }.Select(h => Text(h, Bold)).ToArray());
        foreach (var source in m.Used)
        {
            var s = source.Submission;
            var f = s.Measurement;
            bool ratio = f.Kind == MeasureKind.Ratio;
            used.Row(
                Text(s.UnitId),
                Text(s.Period.ToString()),
                Text(s.IndicatorCode),
                Text(KindName(f.Kind)),
                Number(f.ComparableValue, Grouped),
                ratio && f.IsApplicable ? Number(f.Numerator, Grouped) : Empty(),
                ratio && f.IsApplicable ? Number(f.Denominator, Grouped) : Empty(),
                ratio && f.IsApplicable ? Number(f.Excluded, Grouped) : Empty(),
                Number(f.Count, Grouped),
                Text(f.IsApplicable ? t.Yes : t.No),
                Date(s.RecordedAt),
                Text(ViNumber.Invariant(source.Revision) + "/" + ViNumber.Invariant(source.Revisions)),
                Text(s.Note),
                Text(s.Evidence),
                Number(s.SelfAssessedPoints, TwoDecimals),
                Number(s.AppraisedPoints, TwoDecimals));
        }

        AddSheet(t.Submissions, used, [10, 12, 10, 12, 12, 12, 12, 10, 10, 10, 20, 10, 30, 30, 12, 12]);
        workbookPart.Workbook.Save();
    }

    /// <summary>
    /// A sheet name Excel accepts: at most 31 characters (a surrogate pair is never cut in two), none of
    /// <c>[]:*?/\</c> nor a control character, no character XML cannot hold (see <see cref="XmlSafe"/>), not
    /// "History" (which Excel keeps for itself), unique (case-insensitive).
    /// </summary>
    internal static string SheetName(string wanted, HashSet<string> taken)
    {
        var chars = XmlSafe.Clean(wanted).Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '_' : c).ToArray();
        string name = new string(chars).Trim('\'');
        if (name.Length == 0)
        {
            name = "_";
        }

        taken.Add("History");
        name = XmlSafe.Truncate(name, 31);
        string candidate = name;
        for (int n = 2; !taken.Add(candidate); n++)
        {
            string suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            candidate = XmlSafe.Truncate(name, 31 - suffix.Length) + suffix;
        }

        return candidate;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm:ss" })
        { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 2, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The sensitivity sheet: per unit the nominal rank, the median, the 5th–95th percentile interval, class probabilities and variance shares.</summary>
    private static Sheet SensitivitySheet(SensitivityResult r, Language lang)
    {
        bool vi = lang == Language.Vi;
        var bands = r.Nominal.Framework.Bands;
        var sheet = new Sheet();
        sheet.Row(Text(vi ? "Phân tích độ nhạy của thứ hạng (docs/sensitivity.md)" : "Sensitivity of the ranks (docs/sensitivity.md)", Bold));
        sheet.Row(Text(vi ? "Số mẫu" : "Samples"), Number(r.Samples, Whole), Text(vi ? "Hạt giống" : "Seed"), Text(r.Seed.ToString(CultureInfo.InvariantCulture)));
        sheet.Row(Text(vi ? "Thay đổi" : "Varied"), Text(r.Inputs.Count == 0 ? (vi ? "không có" : "nothing") : string.Join(", ", r.Inputs)));
        sheet.Row();
        sheet.Row(new[] { vi ? "Đơn vị" : "Unit", vi ? "Hạng" : "Rank", vi ? "Chỉ số" : "Index", vi ? "Trung vị" : "Median", "P5", "P95", vi ? "Tốt nhất" : "Best", vi ? "Kém nhất" : "Worst", vi ? "Ảnh hưởng nhiều nhất" : "Moves the rank most" }
            .Concat(bands.Select(b => "P(" + b.Code + ")"))
            .Concat(r.Inputs.Select(i => "S(" + i + ")"))
            .Select(h => Text(h, Bold)).ToArray());
        foreach (var u in r.Units)
        {
            var cells = new List<Cell>
            {
                Text(u.UnitId),
                u.NominalRank is int rank ? Number(rank, Whole) : Empty(),
                Number(u.NominalIndex, TwoDecimals),
                Number(u.MedianRank, General),
                u.RankLow is int low ? Number(low, Whole) : Empty(),
                u.RankHigh is int high ? Number(high, Whole) : Empty(),
                u.BestRank is int best ? Number(best, Whole) : Empty(),
                u.WorstRank is int worst ? Number(worst, Whole) : Empty(),
                Text(u.MostInfluential),
            };
            cells.AddRange(bands.Select(b => Number(u.ClassProbabilities.FirstOrDefault(c => c.Class == b.Code).Probability, General)));
            cells.AddRange(u.VarianceShares.Select(s => Number(s.Share, General)));
            sheet.Row(cells.ToArray());
        }

        return sheet;
    }

    private static Cell Text(string? text, uint style = General) => text is null or ""
        ? Empty()
        : new Cell(new InlineString(new Text(XmlSafe.Clean(text)) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style == General ? null : style };

    private static Cell Number(decimal? value, uint style) => value is decimal v
        ? new Cell(new CellValue(ViNumber.Invariant(v))) { DataType = CellValues.Number, StyleIndex = style }
        : Empty();

    private static Cell Number(int value, uint style) => new(new CellValue(ViNumber.Invariant(value))) { DataType = CellValues.Number, StyleIndex = style };

    /// <summary>An instant as an Excel date (days since 1899-12-30, UTC), shown as yyyy-mm-dd hh:mm:ss.</summary>
    private static Cell Date(Instant instant) => Number(ExcelDate(instant), DateTimeFormat);

    internal static decimal ExcelDate(Instant instant) => 25569m + (decimal)instant.ToUnixTimeTicks() / NodaConstants.TicksPerDay;

    private static Cell Empty() => new();

    /// <summary>The name of a measure kind as written in submission files.</summary>
    private static string KindName(MeasureKind kind) => kind switch
    {
        MeasureKind.Ratio => "ratio",
        MeasureKind.Quantity => "quantity",
        MeasureKind.Duration => "duration",
        MeasureKind.Percentage => "percentage",
        _ => "yesNo",
    };

    /// <summary>Rows being built for one worksheet; cell references are set from the position.</summary>
    private sealed class Sheet
    {
        private readonly List<Row> _rows = [];

        /// <summary>The rows, in order.</summary>
        public IReadOnlyList<Row> Rows => _rows;

        public void Row(params Cell[] cells)
        {
            // The row number is the count kept here (counting the children of a SheetData walked every row appended
            // so far, which made building a sheet quadratic in its rows).
            uint index = (uint)_rows.Count + 1;
            var row = new Row { RowIndex = index };
            for (int c = 0; c < cells.Length; c++)
            {
                if (cells[c].CellValue is null && cells[c].InlineString is null)
                {
                    continue;
                }

                cells[c].CellReference = Column(c) + index.ToString(CultureInfo.InvariantCulture);
                row.Append(cells[c]);
            }

            _rows.Add(row);
        }

        internal static string Column(int index)
        {
            string name = string.Empty;
            for (int n = index + 1; n > 0; n = (n - 1) / 26)
            {
                name = (char)('A' + ((n - 1) % 26)) + name;
            }

            return name;
        }
    }
}

