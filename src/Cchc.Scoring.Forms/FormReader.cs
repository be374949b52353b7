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
internal sealed class FormReader : WorkbookReader
{
    private readonly Dictionary<Submission, (string Sheet, long Row, Dictionary<string, int> Columns)> _where = new(ReferenceEqualityComparer.Instance);
    private FormReader(Framework framework, string? source, FormReadOptions options)
        : base(framework, source, options)
    {
    }

    /// <inheritdoc/>
    protected override string Format => FormLayout.Format;

    /// <inheritdoc/>
    protected override string FormatVersion => FormLayout.FormatVersion;

    /// <inheritdoc/>
    protected override string NotAFormHint => "write the forms with 'cchc form', or give figures as JSON or CSV (docs/collecting.md).";

    /// <inheritdoc/>
    protected override string? OtherFormat(string format) => format == AssessmentLayout.Format
        ? "This workbook is an assessment form (self-assessment, appraisal or explanation), not a form of figures: give it to --records, or read it with AssessmentForm.Read (docs/appraisal.md)."
        : null;

    public static ValidationResult<SubmissionSet> Read(byte[] bytes, Framework framework, string? source, FormReadOptions options)
    {
        var reader = new FormReader(framework, source, options);
        var set = reader.Run(bytes, reader.Read);
        return new ValidationResult<SubmissionSet>(reader._problems.Any(p => p.Severity == Severity.Error) ? null : set, reader._problems);
    }

    private SubmissionSet? Read(Xlsx xlsx)
    {
        _xlsxPercent = xlsx.IsPercent;
        var opened = Open(xlsx, FormLayout.RowKeyPrefix);
        if (opened is null)
        {
            return null;
        }

        var (meta, unit, period, header, dataRows) = opened.Value;

        var columns = Columns(header, FormLayout.ColumnsKey, FormLayout.Columns);
        if (columns is null)
        {
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
        if (meta.Code(code, 2) != FormWriter.MeasureName(kind))
        {
            Error(FormProblemCodes.FormMismatch, At(columns["code"], row), "Indicator " + code + " is a " + meta.Code(code, 2) + " in the form but a " + FormWriter.MeasureName(kind) + " in the framework: the form was written for another version.");
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
            yes = Answer(Cell("value"), At(columns["value"], row), FormTexts.For(_vietnamese ? Language.Vi : Language.En), ref ok);
        }

        bool notApplicable = Answer(Cell("notApplicable"), At(columns["notApplicable"], row), FormTexts.For(_vietnamese ? Language.Vi : Language.En), ref ok) == true;
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

}
