using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Forms;

/// <summary>Reads a filled form back (see <see cref="SubmissionForm.Read(byte[], Framework, string?, FormReadOptions?)"/>).</summary>
internal sealed class FormReader
{
    private readonly Framework _framework;
    private readonly string? _source;
    private readonly FormReadOptions _options;
    private readonly List<Problem> _problems = [];
    private readonly Dictionary<Submission, (string Sheet, long Row, Dictionary<string, int> Columns)> _where = new(ReferenceEqualityComparer.Instance);
    private string _sheet = string.Empty;
    private bool _vietnamese = true;

    private FormReader(Framework framework, string? source, FormReadOptions options)
    {
        _framework = framework;
        _source = source;
        _options = options;
    }

    public static ValidationResult<SubmissionSet> Read(byte[] bytes, Framework framework, string? source, FormReadOptions options)
    {
        var reader = new FormReader(framework, source, options);
        var set = reader.Run(bytes);
        return new ValidationResult<SubmissionSet>(reader._problems.Any(p => p.Severity == Severity.Error) ? null : set, reader._problems);
    }

    /// <summary>Why the bytes are not an .xlsx package, or null when they start like one.</summary>
    public static string? NotAPackage(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
                ? "The workbook is protected with a password (it is encrypted): open it, remove the password (File > Info > Protect Workbook, or Save As without a password) and save it as .xlsx."
                : "This is an Excel 97–2003 file (.xls) or another compound document, not an .xlsx workbook: open it and save it as Excel Workbook (.xlsx).";
        }

        return bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8) ? null : "This is not an .xlsx workbook (not a zip package).";
    }

    private void Error(string code, string? where, string message) => _problems.Add(new Problem(code, message, where, _source));

    private void Warning(string code, string? where, string message) => _problems.Add(new Problem(code, message, where, _source, severity: Severity.Warning));

    private string At(int column, long row) => _sheet + "!" + FormLayout.CellName(column, row);

    private SubmissionSet? Run(byte[] bytes)
    {
        if (bytes.LongLength > _options.Limits.MaxDocumentBytes)
        {
            Error(ProblemCodes.LimitExceeded, null, "The workbook is " + bytes.LongLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes; the limit is " + _options.Limits.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (ReadLimits.MaxDocumentBytes).");
            return null;
        }

        if (NotAPackage(bytes) is string why)
        {
            Error(FormProblemCodes.UnreadableWorkbook, null, why);
            return null;
        }

        Xlsx? xlsx = null;
        try
        {
            xlsx = new Xlsx(new MemoryStream(bytes, writable: false), _options);
            return Read(xlsx);
        }
        catch (LimitException ex)
        {
            Error(ProblemCodes.LimitExceeded, xlsx?.Part, ex.Message);
        }
        catch (BrokenPartException ex)
        {
            Error(FormProblemCodes.UnreadableWorkbook, xlsx?.Part, "The workbook cannot be read: " + ex.Message + ".");
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or NotSupportedException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            Error(FormProblemCodes.UnreadableWorkbook, xlsx?.Part, "The workbook cannot be read (a broken or truncated file?): " + ex.Message);
        }
        finally
        {
            xlsx?.Dispose();
        }

        return null;
    }

    private sealed class Meta
    {
        public string FrameworkId = string.Empty;
        public string Version = string.Empty;
        public string Period = string.Empty;
        public string Language = "vi";
        public readonly List<Unit> Units = [];
        public readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal);
    }

    private SubmissionSet? Read(Xlsx xlsx)
    {
        _xlsxPercent = xlsx.IsPercent;
        var sheets = xlsx.Sheets();
        var metaSheet = sheets.FirstOrDefault(s => s.Name == FormLayout.MetadataSheet);
        if (metaSheet.Path is null)
        {
            Error(FormProblemCodes.NotAForm, null, "This workbook is not a form written by 'cchc form' (it has no hidden sheet " + FormLayout.MetadataSheet + "): write the forms with 'cchc form', or give figures as JSON or CSV (docs/collecting.md).");
            return null;
        }

        var meta = ReadMeta(xlsx, metaSheet.Path);
        if (meta is null)
        {
            return null;
        }

        _vietnamese = meta.Language == "vi";
        if (!string.Equals(meta.FrameworkId, _framework.Id, StringComparison.Ordinal))
        {
            Error(FormProblemCodes.FormMismatch, null, "This form is for the framework '" + meta.FrameworkId + "', not '" + _framework.Id + "': read it with that framework, or send the unit a form of this one.");
            return null;
        }

        if (!string.Equals(meta.Version, _framework.Version, StringComparison.Ordinal))
        {
            Warning(FormProblemCodes.FormMismatch, null, "This form was written for version " + meta.Version + " of '" + meta.FrameworkId + "', and it is read with version " + _framework.Version + ": check that its indicators are still the same, or send a new form.");
        }

        if (!ReportingPeriod.TryParse(meta.Period, _framework.Calendar, out var period))
        {
            Error(ProblemCodes.InvalidPeriod, FormLayout.MetadataSheet, "The form's period '" + meta.Period + "' is not a period of this framework.");
            return null;
        }

        if (_options.Period is ReportingPeriod expected && expected != period)
        {
            Error(FormProblemCodes.FormMismatch, null, "This form is for the period " + period.ToString() + ", not " + expected.ToString() + ".");
            return null;
        }

        var unit = meta.Units[0];

        // The form's sheet: the first with the keyed rows; other sheets with such rows are named, not read.
        Dictionary<string, (long Row, int KeyColumn, List<XCell> Cells)>? header = null;
        var dataRows = new List<(long Row, int KeyColumn, string Key, List<XCell> Cells)>();
        foreach (var sheet in sheets.Where(s => s.Name != FormLayout.MetadataSheet))
        {
            if (header is not null)
            {
                if (xlsx.Rows(sheet.Path).Any(r => KeyOf(r.Cells) is (_, string k) && k == FormLayout.ColumnsKey))
                {
                    Warning(ProblemCodes.InvalidValue, sheet.Name, "The sheet '" + sheet.Name + "' looks like a copy of the form; only the sheet '" + _sheet + "' is read.");
                }

                continue;
            }

            var found = new Dictionary<string, (long, int, List<XCell>)>(StringComparer.Ordinal);
            _sheet = sheet.Name;
            foreach (var (row, cells) in xlsx.Rows(sheet.Path))
            {
                if (KeyOf(cells) is not (int keyColumn, string key))
                {
                    continue;
                }

                if (key.StartsWith(FormLayout.RowKeyPrefix, StringComparison.Ordinal))
                {
                    if (dataRows.Count >= _options.Limits.MaxSubmissions)
                    {
                        throw new LimitException("The form has more than " + _options.Limits.MaxSubmissions.ToString(System.Globalization.CultureInfo.InvariantCulture) + " indicator rows (ReadLimits.MaxSubmissions).");
                    }

                    dataRows.Add((row, keyColumn, key, cells));
                }
                else
                {
                    found.TryAdd(key, (row, keyColumn, cells));
                }
            }

            if (found.ContainsKey(FormLayout.ColumnsKey))
            {
                header = found;
            }
            else
            {
                dataRows.Clear();
            }
        }

        if (header is null)
        {
            Error(FormProblemCodes.NotAForm, null, "No sheet of this workbook has the form's rows (the hidden column A with the row keys was deleted?): fill a new form from 'cchc form'.");
            return null;
        }

        // Columns by their machine names in the hidden row.
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var (columnsRow, _, columnCells) = header[FormLayout.ColumnsKey];
        foreach (var cell in columnCells)
        {
            if (cell.Kind == CellKind.Text && Array.IndexOf(FormLayout.Columns, cell.Text) >= 0)
            {
                columns.TryAdd(cell.Text, cell.Column);
            }
        }

        var missing = FormLayout.Columns.Where(c => !columns.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            Error(FormProblemCodes.FormTampered, _sheet + "!" + columnsRow.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + columnsRow.ToString(System.Globalization.CultureInfo.InvariantCulture), "The form's columns " + string.Join(", ", missing) + " were deleted: fill a new form from 'cchc form'.");
            return null;
        }

        var offset = _options.OffsetFor(_framework);
        var recordedAt = RecordedAt(xlsx, header, offset);

        var submissions = new List<Submission>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (row, keyColumn, key, cells) in dataRows.OrderBy(r => r.Row))
        {
            var s = Row(row, keyColumn, key, cells, columns, meta, unit, period, recordedAt, seen);
            if (s is not null)
            {
                submissions.Add(s);
                _where[s] = (_sheet, row, columns);
            }
        }

        if (recordedAt is null)
        {
            return null;
        }

        var hierarchy = UnitHierarchy.Create(meta.Units);
        foreach (var p in hierarchy.Problems)
        {
            _problems.Add(new Problem(p.Code, p.Message, FormLayout.MetadataSheet, _source, severity: p.Severity));
        }

        if (hierarchy.Value is null)
        {
            return null;
        }

        var set = new SubmissionSet(submissions, hierarchy.Value);
        Checks.Relocate(_framework.Validate(set), set, _source, (s, field) => _where.TryGetValue(s, out var w) ? (Locate(w, field), null) : (null, null), _problems);
        return set;
    }

    private string Locate((string Sheet, long Row, Dictionary<string, int> Columns) w, string? field)
    {
        string column = field switch
        {
            "numerator" or "denominator" or "excluded" or "count" or "value" or "note" or "evidence" => field,
            "selfAssessedPoints" or "appraisedPoints" or null => "code",
            _ => "value",
        };
        return w.Sheet + "!" + FormLayout.CellName(w.Columns[column], w.Row);
    }

    /// <summary>The first cell of a row whose text starts with <c>cchc:</c>, and that text.</summary>
    private static (int Column, string Key)? KeyOf(List<XCell> cells)
    {
        foreach (var c in cells)
        {
            if (c.Kind == CellKind.Text && c.Text.StartsWith(FormLayout.KeyPrefix, StringComparison.Ordinal))
            {
                return (c.Column, c.Text);
            }
        }

        return null;
    }

    private Meta? ReadMeta(Xlsx xlsx, string path)
    {
        var rows = new List<IReadOnlyList<string>>();
        string? check = null;
        long checkRow = 0;
        _sheet = FormLayout.MetadataSheet;
        foreach (var (row, cells) in xlsx.Rows(path))
        {
            if (rows.Count > 100_000)
            {
                throw new LimitException("The form's metadata sheet has more than 100,000 rows.");
            }

            if (cells.Count == 0)
            {
                continue;
            }

            int width = cells.Max(c => c.Column) + 1;
            if (width > 64)
            {
                Error(FormProblemCodes.FormTampered, At(width - 1, row), "The form's metadata was changed: fill a new form from 'cchc form'.");
                return null;
            }

            var values = new string[width];
            Array.Fill(values, string.Empty);
            foreach (var c in cells)
            {
                values[c.Column] = c.Text;
            }

            if (values[0] == "check")
            {
                check = values.Length > 1 ? values[1] : string.Empty;
                checkRow = row;
                break;
            }

            rows.Add(values);
        }

        if (check is null || check != FormLayout.MetadataCheck(rows))
        {
            Error(FormProblemCodes.FormTampered, check is null ? FormLayout.MetadataSheet : At(1, checkRow), "The form's hidden metadata was changed (its check does not match): figures cannot be tied to indicators safely; fill a new form from 'cchc form'.");
            return null;
        }

        var meta = new Meta();
        bool format = false;
        foreach (var r in rows)
        {
            string Get(int i) => i < r.Count ? r[i] : string.Empty;
            switch (Get(0))
            {
                case "format":
                    format = Get(1) == FormLayout.Format;
                    if (format && Get(2) != FormLayout.FormatVersion)
                    {
                        Error(FormProblemCodes.NotAForm, FormLayout.MetadataSheet, "The form is of format version " + Get(2) + "; this reader reads version " + FormLayout.FormatVersion + ": write the form again with this version.");
                        return null;
                    }

                    break;
                case "framework":
                    meta.FrameworkId = Get(1);
                    meta.Version = Get(2);
                    break;
                case "period":
                    meta.Period = Get(1);
                    break;
                case "language":
                    meta.Language = Get(1);
                    break;
                case "unit":
                    meta.Units.Add(new Unit(Get(1), new LocalizedText(Get(2), Get(3)), Get(4), Get(5).Length == 0 ? null : Get(5)));
                    break;
                case "code":
                    meta.Codes.TryAdd(Get(1), Get(2));
                    break;
            }
        }

        if (!format || meta.Units.Count == 0)
        {
            Error(FormProblemCodes.NotAForm, FormLayout.MetadataSheet, "The sheet " + FormLayout.MetadataSheet + " is not the metadata of a form written by 'cchc form'.");
            return null;
        }

        return meta;
    }

    private Instant? RecordedAt(Xlsx xlsx, Dictionary<string, (long Row, int KeyColumn, List<XCell> Cells)> header, Offset offset)
    {
        if (header.TryGetValue(FormLayout.RecordedAtKey, out var h))
        {
            int column = h.KeyColumn + 2;
            var cell = h.Cells.FirstOrDefault(c => c.Column == column);
            string at = At(column, h.Row);
            switch (cell.Kind)
            {
                case CellKind.Number when FigureText.Stored(cell.Text) is decimal serial:
                    if (FigureText.Serial(serial, offset) is Instant i)
                    {
                        return i;
                    }

                    Error(ProblemCodes.InvalidValue, at, "The recorded-at cell holds " + cell.Text + ", which is not a date: enter the date and time the figures were recorded, such as 2026-01-10 09:00.");
                    return null;
                case CellKind.Text when cell.Text.Trim().Length > 0:
                    if (FigureText.Instant(cell.Text, offset, out string? why) is Instant t)
                    {
                        return t;
                    }

                    Error(ProblemCodes.InvalidValue, at, "Recorded at: " + why);
                    return null;
                case CellKind.Error:
                    Error(FormProblemCodes.FormulaError, at, "The recorded-at cell holds the formula error " + cell.Text + ": enter a date and time.");
                    return null;
            }
        }

        string where = header.TryGetValue(FormLayout.RecordedAtKey, out var r) ? At(r.KeyColumn + 2, r.Row) : _sheet;
        if (xlsx.Modified() is string modified)
        {
            if (InstantPattern.ExtendedIso.Parse(modified.Trim()) is { Success: true } m)
            {
                Warning(FormProblemCodes.RecordedAtGuessed, where, "The recorded-at cell is empty: the figures are taken as recorded at " + InstantPattern.ExtendedIso.Format(m.Value) + ", when the workbook was last saved (its modified property); enter the date in the cell to state it.");
                return m.Value;
            }
        }

        Error(ProblemCodes.MissingField, where, "The recorded-at cell is empty and the workbook does not say when it was saved: enter the date and time the figures were recorded, such as 2026-01-10 09:00.");
        return null;
    }

    private Submission? Row(long row, int keyColumn, string key, List<XCell> cells, Dictionary<string, int> columns, Meta meta, Unit unit, ReportingPeriod period, Instant? recordedAt, Dictionary<string, long> seen)
    {
        string rest = key[FormLayout.RowKeyPrefix.Length..];
        int colon = rest.LastIndexOf(':');
        string code = colon < 0 ? rest : rest[..colon];
        string check = colon < 0 ? string.Empty : rest[(colon + 1)..];
        string keyAt = At(keyColumn, row);
        if (check != FormLayout.RowCheck(meta.FrameworkId, meta.Version, unit.Id, meta.Period, code) || !meta.Codes.ContainsKey(code))
        {
            Error(FormProblemCodes.FormTampered, keyAt, "The hidden key of row " + row.ToString(System.Globalization.CultureInfo.InvariantCulture) + " does not belong to this form (a row pasted from another form?): its figures are not read; fill them in the form's own row.");
            return null;
        }

        XCell? Cell(string name)
        {
            int c = columns[name];
            foreach (var x in cells)
            {
                if (x.Column == c)
                {
                    return x;
                }
            }

            return null;
        }

        string shownCode = Cell("code") is XCell cc ? cc.Text.Trim() : string.Empty;
        if (!string.Equals(shownCode, code, StringComparison.Ordinal))
        {
            Error(FormProblemCodes.FormTampered, At(columns["code"], row), "The row is for indicator " + code + " (its hidden key), but its code cell says '" + shownCode + "': the row was renamed or the cells were pasted over; put the code back or fill a new form.");
            return null;
        }

        if (seen.TryGetValue(code, out long first))
        {
            Error(ProblemCodes.Duplicate, keyAt, "Indicator " + code + " has two rows in the form (rows " + first.ToString(System.Globalization.CultureInfo.InvariantCulture) + " and " + row.ToString(System.Globalization.CultureInfo.InvariantCulture) + "): delete the copy.");
            return null;
        }

        seen.Add(code, row);
        if (_framework.FindIndicator(code) is not Indicator indicator)
        {
            Error(FormProblemCodes.FormMismatch, At(columns["code"], row), "The framework " + _framework.Id + " " + _framework.Version + " has no indicator " + code + ": the form was written for another version.");
            return null;
        }

        var kind = indicator.Measure;
        if (meta.Codes[code] != FormWriter.MeasureName(kind))
        {
            Error(FormProblemCodes.FormMismatch, At(columns["code"], row), "Indicator " + code + " is a " + meta.Codes[code] + " in the form but a " + FormWriter.MeasureName(kind) + " in the framework: the form was written for another version.");
            return null;
        }

        bool ok = true;
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (string name in new[] { "value", "numerator", "denominator", "excluded", "count" })
        {
            if (name == "value" && kind == MeasureKind.YesNo)
            {
                continue;
            }

            values[name] = Figure(Cell(name), At(columns[name], row), name, kind, ref ok);
        }

        bool? yes = null;
        if (kind == MeasureKind.YesNo)
        {
            yes = Answer(Cell("value"), At(columns["value"], row), ref ok);
        }

        bool notApplicable = Answer(Cell("notApplicable"), At(columns["notApplicable"], row), ref ok) == true;
        string? note = Text(Cell("note"), At(columns["note"], row), ref ok);
        string? evidence = Text(Cell("evidence"), At(columns["evidence"], row), ref ok);
        if (!ok)
        {
            return null;
        }

        // Without a recorded-at instant nothing is returned (that error is reported once); the rows are still checked.
        var at = recordedAt ?? default;

        bool anyFigure = values.Values.Any(v => v is not null) || yes is not null;
        var options = note is null && evidence is null ? null : new SubmissionOptions { Note = note, Evidence = evidence };
        if (notApplicable)
        {
            if (anyFigure)
            {
                Error(ProblemCodes.MeasureMismatch, At(columns["notApplicable"], row), "Indicator " + code + " is marked not applicable and has figures too: clear one or the other.");
                return null;
            }

            return new Submission(unit.Id, period, code, Measurement.NotApplicable(kind), at, options);
        }

        if (!anyFigure)
        {
            string first2 = kind == MeasureKind.Ratio ? "numerator" : "value";
            Warning(ProblemCodes.MissingField, At(columns[first2], row), "No figure is entered for indicator " + code + " (" + indicator.Name.Get(_vietnamese ? Language.Vi : Language.En) + "): it scores as no data; enter it, or mark it not applicable.");
            return null;
        }

        string[] wrong = kind switch
        {
            MeasureKind.Ratio => ["value", "count"],
            MeasureKind.Duration => ["numerator", "denominator", "excluded"],
            _ => ["numerator", "denominator", "excluded", "count"],
        };
        foreach (string w in wrong.Where(w => values.TryGetValue(w, out var v) && v is not null))
        {
            Error(ProblemCodes.MeasureMismatch, At(columns[w], row), "Indicator " + code + " is a " + FormWriter.MeasureName(kind) + ": it has no " + w + "; " + FormTexts.For(_vietnamese ? Language.Vi : Language.En).Enter(kind) + ".");
            ok = false;
        }

        string[] required = kind switch
        {
            MeasureKind.Ratio => ["numerator", "denominator"],
            MeasureKind.YesNo => [],
            _ => ["value"],
        };
        foreach (string r in required.Where(r => values[r] is null))
        {
            Error(ProblemCodes.MissingField, At(columns[r], row), "Indicator " + code + " needs its " + r + " too: the cell is empty.");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var measurement = kind switch
        {
            MeasureKind.Ratio => Measurement.Ratio(values["numerator"]!.Value, values["denominator"]!.Value, values["excluded"] ?? 0),
            MeasureKind.Duration => values["count"] is decimal n ? Measurement.Duration(values["value"]!.Value, n) : Measurement.Duration(values["value"]!.Value),
            MeasureKind.Percentage => Measurement.Percentage(values["value"]!.Value),
            MeasureKind.YesNo => Measurement.YesNo(yes!.Value),
            _ => Measurement.Quantity(values["value"]!.Value),
        };
        return new Submission(unit.Id, period, code, measurement, at, options);
    }

    private decimal? Figure(XCell? cell, string at, string name, MeasureKind kind, ref bool ok)
    {
        if (cell is not XCell c || c.Kind == CellKind.Empty)
        {
            return null;
        }

        bool count = name is "numerator" or "denominator" or "excluded" or "count";
        switch (c.Kind)
        {
            case CellKind.Error:
                Error(FormProblemCodes.FormulaError, at, "The cell holds the formula error " + c.Text + (c.Formula ? " (its formula cannot be computed, e.g. a division by zero)" : string.Empty) + ": enter the " + name + " as a number.");
                ok = false;
                return null;
            case CellKind.Boolean:
                Error(ProblemCodes.InvalidValue, at, "The cell holds TRUE or FALSE: enter the " + name + " as a number.");
                ok = false;
                return null;
            case CellKind.Number:
                if (FigureText.Stored(c.Text) is not decimal d)
                {
                    Error(ProblemCodes.InvalidValue, at, "The cell holds '" + c.Text + "', not a number a decimal can hold.");
                    ok = false;
                    return null;
                }

                if (c.Style > 0 && _xlsxPercent(c.Style))
                {
                    if (count)
                    {
                        Error(ProblemCodes.InvalidValue, at, "The cell is formatted as a percent (" + FigureText.Stored((d * 100).ToString(System.Globalization.CultureInfo.InvariantCulture)) + " %), but a count is asked here: enter the number of items, not the rate.");
                        ok = false;
                        return null;
                    }

                    if (kind == MeasureKind.Percentage)
                    {
                        decimal percent = d * 100;
                        Warning(ProblemCodes.InvalidValue, at, "The cell is formatted as a percent and holds " + c.Text + ": it is read as " + percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (%); enter the percentage as a plain number to be sure.");
                        return percent / 1.0000000000000000000000000000m;
                    }
                }

                return d;
            default:
                if (c.Text.Trim().Length == 0)
                {
                    return null;
                }

                if (FigureText.Typed(c.Text, _vietnamese, count, out string? why, out string? accepted) is decimal v)
                {
                    if (accepted is not null)
                    {
                        Warning(ProblemCodes.InvalidValue, at, accepted);
                    }

                    return v;
                }

                Error(ProblemCodes.InvalidValue, at, why!);
                ok = false;
                return null;
        }
    }

    private Func<int, bool> _xlsxPercent = _ => false;

    private bool? Answer(XCell? cell, string at, ref bool ok)
    {
        if (cell is not XCell c || c.Kind == CellKind.Empty || (c.Kind == CellKind.Text && c.Text.Trim().Length == 0))
        {
            return null;
        }

        if (c.Kind == CellKind.Error)
        {
            Error(FormProblemCodes.FormulaError, at, "The cell holds the formula error " + c.Text + ": choose yes or no.");
            ok = false;
            return null;
        }

        if (FigureText.Answer(c.Text) is bool b)
        {
            return b;
        }

        var t = FormTexts.For(_vietnamese ? Language.Vi : Language.En);
        Error(ProblemCodes.InvalidValue, at, "'" + c.Text + "' is not an answer: choose " + t.Yes + " or " + t.No + ".");
        ok = false;
        return null;
    }

    private string? Text(XCell? cell, string at, ref bool ok)
    {
        if (cell is not XCell c || c.Kind == CellKind.Empty)
        {
            return null;
        }

        if (c.Text.Length > _options.Limits.MaxTextLength)
        {
            Error(ProblemCodes.LimitExceeded, at, "The text is longer than " + _options.Limits.MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters (ReadLimits.MaxTextLength).");
            ok = false;
            return null;
        }

        return c.Text.Length == 0 ? null : c.Text;
    }
}
