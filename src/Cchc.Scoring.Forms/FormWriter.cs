using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Forms;

/// <summary>Writes a fill-in form (see <see cref="SubmissionForm"/>).</summary>
internal static class FormWriter
{

    // Cell formats of the style sheet, by index.
    internal const uint Plain = 0;
    internal const uint Bold = 1;
    internal const uint Input = 2;
    internal const uint Closed = 3;
    internal const uint Wrap = 4;
    internal const uint HeaderStyle = 5;

    /// <summary>The first row of indicators (1-based); the rows above are the header block.</summary>
    private const int FirstDataRow = 10;

    public static byte[] Write(Framework framework, ReportingPeriod period, Unit unit, FormOptions options)
    {
        using var raw = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            Build(document, framework, period, unit, options);
        }

        return OfficePackage.Normalize(raw.ToArray());
    }

    /// <summary>The indicators a unit reports: those that apply to its kind, in the framework's order.</summary>
    public static IReadOnlyList<(Area Area, Indicator Indicator)> Due(Framework framework, Unit unit) =>
        framework.Areas.SelectMany(a => a.Indicators.Select(i => (a, i))).Where(x => framework.AppliesTo(x.i, unit.Kind)).ToArray();

    private static void Build(SpreadsheetDocument document, Framework framework, ReportingPeriod period, Unit unit, FormOptions options)
    {
        var t = FormTexts.For(options.Language);
        string periodText = period.ToString();
        var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = Stylesheet();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());

        var due = Due(framework, unit);
        var rows = new SheetRows();
        Row NewRow(params Cell?[] cells) => rows.Add(cells);

        string? deadline = framework.Deadline is SubmissionDeadline d ? LocalDatePattern.Iso.Format(d.DueDate(period)) : null;
        var filled = Filled(options.Filled, unit.Id, period, due);
        Instant? recordedAt = filled.Count > 0 ? filled.Values.Max(s => s.RecordedAt) : null;

        NewRow(Text(FormLayout.TitleKey), Text(t.Title, Bold));
        NewRow(Text(FormLayout.FrameworkKey), Text(t.Framework, Bold), Text(framework.Id), Text(t.Version + " " + framework.Version), Text(framework.Name.Get(options.Language)));
        NewRow(Text(FormLayout.UnitKey), Text(t.Unit, Bold), Text(unit.Id), Text(unit.Name.Get(options.Language)));
        NewRow(Text(FormLayout.PeriodKey), Text(t.Period, Bold), Text(periodText), Text(LocalDatePattern.Iso.Format(period.Start) + ".." + LocalDatePattern.Iso.Format(period.End)));
        NewRow(Text(FormLayout.DeadlineKey), Text(t.Deadline, Bold), Text(deadline ?? t.NoDeadline));
        NewRow(Text(FormLayout.RecordedAtKey), Text(t.RecordedAt, Bold), recordedAt is Instant at ? Text(InstantPattern.ExtendedIso.Format(at), Input) : Blank(Input), Text(t.RecordedAtHint, Wrap));
        NewRow();
        var machine = NewRow([Text(FormLayout.ColumnsKey), .. FormLayout.Columns.Select(c => Text(c))]);
        machine.Hidden = true;
        NewRow([null, .. FormLayout.Columns.Select(c => Text(t.Header(c), HeaderStyle))]);

        var wholeCells = new List<string>();
        var decimalCells = new List<string>();
        var percentCells = new List<string>();
        var yesNoCells = new List<string>();
        foreach (var (area, indicator) in due)
        {
            int r = rows.Count + 1;
            filled.TryGetValue(indicator.Code, out var s);
            var f = s?.Measurement;
            bool na = f is Measurement m0 && !m0.IsApplicable;
            var kind = indicator.Measure;
            Cell Figure(MeasureKind forKind, Func<Measurement, decimal?> pick, List<string> validation, int column)
            {
                if (kind != forKind)
                {
                    return Blank(Closed);
                }

                validation.Add(FormLayout.CellName(column, r));
                return f is Measurement m && m.IsApplicable && pick(m) is decimal v ? Number(v, Input) : Blank(Input);
            }

            Cell value = kind switch
            {
                MeasureKind.Ratio => Blank(Closed),
                MeasureKind.YesNo => Register(yesNoCells, 8, r, f is Measurement m && m.IsApplicable ? Text(m.Answer ? t.Yes : t.No, Input) : Blank(Input)),
                MeasureKind.Percentage => Register(percentCells, 8, r, f is Measurement m && m.IsApplicable ? Number(m.Value, Input) : Blank(Input)),
                _ => Register(decimalCells, 8, r, f is Measurement m && m.IsApplicable ? Number(m.Value, Input) : Blank(Input)),
            };
            NewRow(
                Text(FormLayout.RowKey(framework.Id, framework.Version, unit.Id, periodText, indicator.Code)),
                Text(area.Code, Closed),
                Text(indicator.Code, Closed),
                Text(indicator.Name.Vi + (options.Language == Language.En ? " (" + indicator.Name.En + ")" : string.Empty), Wrap),
                Text(indicator.UnitOfMeasure, Closed),
                Text(indicator.Target.ToString() + (indicator.Target.Due is LocalDate due2 ? " (" + LocalDatePattern.Iso.Format(due2) + ")" : string.Empty), Wrap),
                Text(t.Enter(kind), Wrap),
                Text(PreviousValue(options.Previous, unit.Id, period, indicator, t), Closed),
                value,
                Figure(MeasureKind.Ratio, m => m.Numerator, wholeCells, 9),
                Figure(MeasureKind.Ratio, m => m.Denominator, wholeCells, 10),
                Figure(MeasureKind.Ratio, m => m.Excluded == 0 ? null : m.Excluded, wholeCells, 11),
                Figure(MeasureKind.Duration, m => m.Count, wholeCells, 12),
                Register(yesNoCells, 13, r, na ? Text(t.Yes, Input) : Blank(Input)),
                s?.Note is string note ? Text(note, Input) : Blank(Input),
                s?.Evidence is string evidence ? Text(evidence, Input) : Blank(Input));
        }

        var validations = new List<DataValidation>();
        if (wholeCells.Count > 0)
        {
            validations.Add(Validation(DataValidationValues.Whole, DataValidationOperatorValues.GreaterThanOrEqual, "0", null, wholeCells));
        }

        if (decimalCells.Count > 0)
        {
            validations.Add(Validation(DataValidationValues.Decimal, DataValidationOperatorValues.GreaterThanOrEqual, "0", null, decimalCells));
        }

        if (percentCells.Count > 0)
        {
            validations.Add(Validation(DataValidationValues.Decimal, DataValidationOperatorValues.Between, "0", "100", percentCells));
        }

        if (yesNoCells.Count > 0)
        {
            validations.Add(Validation(DataValidationValues.List, null, "\"" + t.Yes + "," + t.No + "\"", null, yesNoCells));
        }

        workbookPart.AddNewPart<WorksheetPart>("rId1").Worksheet = FormSheet([1.0, 8, 8, 48, 12, 22, 26, 16, 14, 12, 12, 10, 12, 12, 28, 24], rows, validations);
        sheets.Append(new Sheet { Id = "rId1", SheetId = 1, Name = periodText });

        // The hidden metadata: what the form is for, and a check over it.
        var meta = new List<IReadOnlyList<string>>
        {
            new[] { "format", FormLayout.Format, FormLayout.FormatVersion },
            new[] { "framework", framework.Id, framework.Version },
            new[] { "period", periodText },
            new[] { "language", options.Language == Language.Vi ? "vi" : "en" },
        };
        foreach (var u in Lineage(unit, options.Units))
        {
            meta.Add(new[] { "unit", u.Id, u.Name.Vi, u.Name.En, u.Kind, u.ParentId ?? string.Empty });
        }

        foreach (var (_, indicator) in due)
        {
            meta.Add(new[] { "code", indicator.Code, MeasureName(indicator.Measure) });
        }

        AddMetadata(workbookPart, sheets, meta, 2);
        workbookPart.Workbook.Save();
    }

    /// <summary>Adds the hidden, protected metadata sheet: <paramref name="meta"/> and a check over it.</summary>
    internal static void AddMetadata(WorkbookPart workbookPart, Sheets sheets, List<IReadOnlyList<string>> meta, uint sheetId)
    {
        string rid = "rId" + sheetId.ToString(CultureInfo.InvariantCulture);
        meta.Add(new[] { "check", FormLayout.MetadataCheck(meta) });
        var metaPart = workbookPart.AddNewPart<WorksheetPart>(rid);
        var metaRows = meta.Select((cells, i) =>
        {
            var row = new Row { RowIndex = (uint)(i + 1) };
            for (int c = 0; c < cells.Count; c++)
            {
                if (cells[c].Length > 0)
                {
                    var cell = Text(cells[c]);
                    cell.CellReference = FormLayout.CellName(c, i + 1);
                    row.Append(cell);
                }
            }

            return row;
        });
        metaPart.Worksheet = new Worksheet(new SheetData(metaRows), new SheetProtection { Sheet = true, Objects = true, Scenarios = true });
        sheets.Append(new Sheet { Id = rid, SheetId = sheetId, Name = FormLayout.MetadataSheet, State = SheetStateValues.Hidden });
    }

    internal static string MeasureName(MeasureKind kind) => kind switch
    {
        MeasureKind.Ratio => "ratio",
        MeasureKind.Quantity => "quantity",
        MeasureKind.Duration => "duration",
        MeasureKind.Percentage => "percentage",
        _ => "yesNo",
    };

    /// <summary>The unit and its ancestors as declared in <paramref name="units"/> (the unit first); a parent not declared there is left out.</summary>
    internal static IReadOnlyList<Unit> Lineage(Unit unit, UnitHierarchy? units)
    {
        var list = new List<Unit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Unit? current = unit;
        while (current is not null && seen.Add(current.Id))
        {
            var parent = current.ParentId is string p ? units?.Find(p) : null;
            list.Add(parent is null && current.ParentId is not null ? new Unit(current.Id, current.Name, current.Kind) : current);
            current = parent;
        }

        return list;
    }

    private static Dictionary<string, Submission> Filled(SubmissionSet? set, string unitId, ReportingPeriod period, IReadOnlyList<(Area Area, Indicator Indicator)> due)
    {
        var map = new Dictionary<string, Submission>(StringComparer.Ordinal);
        if (set is null)
        {
            return map;
        }

        foreach (var (_, indicator) in due)
        {
            if (set.Select(unitId, period, indicator.Code) is Submission s)
            {
                map[indicator.Code] = s;
            }
        }

        return map;
    }

    private static string? PreviousValue(SubmissionSet? set, string unitId, ReportingPeriod period, Indicator indicator, FormTexts t)
    {
        if (set is null)
        {
            return null;
        }

        var before = set.History(unitId, indicator.Code)
            .Where(s => s.Period.Kind == period.Kind && s.Period < period)
            .Select(s => s.Period)
            .DefaultIfEmpty()
            .Max();
        if (before == default || set.Select(unitId, before, indicator.Code) is not Submission last)
        {
            return null;
        }

        var m = last.Measurement;
        string shown = !m.IsApplicable ? t.Header("notApplicable")
            : m.Kind == MeasureKind.YesNo ? (m.Answer ? t.Yes : t.No)
            : m.Kind == MeasureKind.Ratio && m.ComparableValue is decimal pct ? m.ToString() + " = " + Math.Round(pct, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + " %"
            : m.ToString();
        return before.ToString() + ": " + shown;
    }

    private static Cell Register(List<string> cells, int column, int row, Cell cell)
    {
        cells.Add(FormLayout.CellName(column, row));
        return cell;
    }

    internal static DataValidation Validation(DataValidationValues type, DataValidationOperatorValues? op, string formula1, string? formula2, List<string> cells)
    {
        var v = new DataValidation
        {
            Type = type,
            AllowBlank = true,
            ShowErrorMessage = true,
            SequenceOfReferences = new ListValue<StringValue>(cells.Select(c => new StringValue(c))),
        };
        if (op is DataValidationOperatorValues o)
        {
            v.Operator = o;
        }

        v.Append(new Formula1(formula1));
        if (formula2 is not null)
        {
            v.Append(new Formula2(formula2));
        }

        return v;
    }

    internal static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }))
        { Count = 4 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Rgb = "FF999999" }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Rgb = "FF999999" }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Rgb = "FF999999" }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Rgb = "FF999999" }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Protection { Locked = false }) { NumberFormatId = 0, FontId = 0, FillId = 2, BorderId = 1, FormatId = 0, ApplyFill = true, ApplyBorder = true, ApplyProtection = true },
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 3, BorderId = 1, FormatId = 0, ApplyFill = true, ApplyBorder = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyAlignment = true, ApplyBorder = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 0, FontId = 1, FillId = 3, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true })
        { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    internal static Cell Text(string? text, uint style = Plain) => text is null or ""
        ? Blank(style)
        : new Cell(new InlineString(new Text(XmlSafe.Clean(text)) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style == Plain ? null : style };

    /// <summary>
    /// A form's sheet: column A (the hidden row keys) and the other columns at <paramref name="widths"/>, the rows, the
    /// protection (only the input cells, unlocked by their style, can be edited), the data validations, then the print
    /// setup — A4 landscape, every column on one page wide (as many pages tall as it takes), narrow margins — so that a
    /// printed form keeps each row on one sheet of paper.
    /// </summary>
    internal static Worksheet FormSheet(double[] widths, SheetRows rows, List<DataValidation> validations)
    {
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0, Pane = null }),
            new Columns(widths.Select((w, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = w,
                CustomWidth = true,
                Hidden = i == 0 ? true : null,
            })),
            new SheetData(rows.Rows),
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false, Sort = false, AutoFilter = false });
        if (validations.Count > 0)
        {
            worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        worksheet.Append(
            new PageMargins { Left = 0.4D, Right = 0.4D, Top = 0.5D, Bottom = 0.5D, Header = 0.3D, Footer = 0.3D },
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        return worksheet;
    }

    internal static Cell Number(decimal value, uint style) =>
        new(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = style };

    internal static Cell Blank(uint style) => new() { StyleIndex = style == Plain ? null : style };

}

/// <summary>The rows of a form's sheet, numbered from 1 as they are added; each cell's reference comes from its column.</summary>
internal sealed class SheetRows
{
    /// <summary>The rows, in order.</summary>
    public List<Row> Rows { get; } = [];

    /// <summary>How many rows there are: the number of the last.</summary>
    public int Count => Rows.Count;

    /// <summary>Adds a row of cells, column A first; a null cell leaves its column empty.</summary>
    public Row Add(params Cell?[] cells)
    {
        int number = Rows.Count + 1;
        var row = new Row { RowIndex = (uint)number };
        for (int c = 0; c < cells.Length; c++)
        {
            if (cells[c] is Cell cell)
            {
                cell.CellReference = FormLayout.CellName(c, number);
                row.Append(cell);
            }
        }

        Rows.Add(row);
        return row;
    }
}
