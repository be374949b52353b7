using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Forms;

/// <summary>
/// What the readers of forms share: opening the package within the limits, the hidden metadata and its check, the
/// keyed rows, the recorded-at cell, located problems. <see cref="FormReader"/> reads figures, <see cref="AssessmentFormReader"/> assessment entries.
/// </summary>
internal abstract class WorkbookReader
{
    protected readonly Framework _framework;
    protected readonly string? _source;
    protected readonly FormReadOptions _options;
    protected readonly List<Problem> _problems = [];
    protected string _sheet = string.Empty;
    protected bool _vietnamese = true;

    protected WorkbookReader(Framework framework, string? source, FormReadOptions options)
    {
        _framework = framework;
        _source = source;
        _options = options;
    }

    /// <summary>The metadata's <c>format</c> this reader reads.</summary>
    protected abstract string Format { get; }

    /// <summary>The metadata's format version this reader reads.</summary>
    protected abstract string FormatVersion { get; }

    /// <summary>What to do with a workbook that is not a form at all.</summary>
    protected abstract string NotAFormHint { get; }

    /// <summary>What to say when the metadata names another known format, or null.</summary>
    protected abstract string? OtherFormat(string format);
    protected bool HasErrors => _problems.Any(p => p.Severity == Severity.Error);

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

    /// <summary>A yes/no cell: yes, no (in either language), empty (null); a formula error or another text is a located problem.</summary>
    protected bool? Answer(XCell? cell, string at, FormTexts words, ref bool ok)
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

        Error(ProblemCodes.InvalidValue, at, "'" + c.Text + "' is not an answer: choose " + words.Yes + " or " + words.No + ".");
        ok = false;
        return null;
    }

    protected void Error(string code, string? where, string message) => _problems.Add(new Problem(code, message, where, _source));

    protected void Warning(string code, string? where, string message) => _problems.Add(new Problem(code, message, where, _source, severity: Severity.Warning));

    protected string At(int column, long row) => _sheet + "!" + FormLayout.CellName(column, row);

    protected T? Run<T>(byte[] bytes, Func<Xlsx, T?> read)
        where T : class
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
            return read(xlsx);
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

    /// <summary>
    /// Reads the metadata and checks it against the framework and the period asked for, then finds the form's sheet:
    /// the first with the keyed rows (other sheets with such rows are named, not read). Rows whose key starts with one
    /// of <paramref name="dataPrefix"/> (separated by <c>|</c>) are data rows; the other keyed rows are the header.
    /// </summary>
    protected (Meta Meta, Unit Unit, ReportingPeriod Period, Dictionary<string, (long Row, int KeyColumn, List<XCell> Cells)> Header, List<(long Row, int KeyColumn, string Key, List<XCell> Cells)> Rows)? Open(Xlsx xlsx, string dataPrefix)
    {
        var sheets = xlsx.Sheets();
        var metaSheet = sheets.FirstOrDefault(s => s.Name == FormLayout.MetadataSheet);
        if (metaSheet.Path is null)
        {
            Error(FormProblemCodes.NotAForm, null, "This workbook is not a form written by 'cchc form' (it has no hidden sheet " + FormLayout.MetadataSheet + "): " + NotAFormHint);
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

                if (IsDataKey(key, dataPrefix))
                {
                    if (dataRows.Count >= _options.Limits.MaxSubmissions)
                    {
                        throw new LimitException("The form has more than " + _options.Limits.MaxSubmissions.ToString(System.Globalization.CultureInfo.InvariantCulture) + " data rows (ReadLimits.MaxSubmissions).");
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

        return (meta, unit, period, header, dataRows);
    }

    private static bool IsDataKey(string key, string prefixes)
    {
        foreach (var prefix in prefixes.Split('|'))
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The columns named in the hidden row <paramref name="key"/>, by machine name; null (with the problem) when one of <paramref name="names"/> is missing.</summary>
    protected Dictionary<string, int>? Columns(Dictionary<string, (long Row, int KeyColumn, List<XCell> Cells)> header, string key, string[] names)
    {
        if (!header.TryGetValue(key, out var columnsHeader))
        {
            Error(FormProblemCodes.FormTampered, _sheet, "The form's hidden row " + key + " was deleted: fill a new form.");
            return null;
        }

        // Columns by their machine names in the hidden row.
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var (columnsRow, _, columnCells) = columnsHeader;
        foreach (var cell in columnCells)
        {
            if (cell.Kind == CellKind.Text && Array.IndexOf(names, cell.Text) >= 0)
            {
                columns.TryAdd(cell.Text, cell.Column);
            }
        }

        var missing = names.Where(c => !columns.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            Error(FormProblemCodes.FormTampered, _sheet + "!" + columnsRow.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + columnsRow.ToString(System.Globalization.CultureInfo.InvariantCulture), "The form's columns " + string.Join(", ", missing) + " were deleted: fill a new form from 'cchc form'.");
            return null;
        }

        return columns;
    }


    /// <summary>What the hidden metadata sheet says.</summary>
    protected sealed class Meta
    {
        public string FrameworkId = string.Empty;
        public string Version = string.Empty;
        public string Period = string.Empty;
        public string Language = "vi";
        public readonly List<Unit> Units = [];

        /// <summary>The rows of the codes (<c>code</c>, the code, then what the form says of it), by code.</summary>
        public readonly Dictionary<string, IReadOnlyList<string>> Codes = new(StringComparer.Ordinal);

        /// <summary>The other rows, in order.</summary>
        public readonly List<IReadOnlyList<string>> Rows = [];

        /// <summary>The cell <paramref name="index"/> of the row of <paramref name="code"/>, or empty.</summary>
        public string Code(string code, int index) => Codes.TryGetValue(code, out var r) && index < r.Count ? r[index] : string.Empty;
    }

    /// <summary>The first cell of a row whose text starts with <c>cchc:</c>, and that text.</summary>
    protected static (int Column, string Key)? KeyOf(List<XCell> cells)
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

    protected Meta? ReadMeta(Xlsx xlsx, string path)
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
                    format = Get(1) == Format;
                    if (!format && OtherFormat(Get(1)) is string other)
                    {
                        Error(FormProblemCodes.NotAForm, FormLayout.MetadataSheet, other);
                        return null;
                    }

                    if (format && Get(2) != FormatVersion)
                    {
                        Error(FormProblemCodes.NotAForm, FormLayout.MetadataSheet, "The form is of format version " + Get(2) + "; this reader reads version " + FormatVersion + ": write the form again with this version.");
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
                    meta.Codes.TryAdd(Get(1), r);
                    break;
                default:
                    meta.Rows.Add(r);
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

    protected Instant? RecordedAt(Xlsx xlsx, Dictionary<string, (long Row, int KeyColumn, List<XCell> Cells)> header, Offset offset)
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


    protected string? Text(XCell? cell, string at, ref bool ok)
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
