using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Forms;

/// <summary>Reads a filled assessment form back (see <see cref="AssessmentForm.Read(byte[], Framework, string?, FormReadOptions?, AssessmentRecords?)"/>).</summary>
internal sealed class AssessmentFormReader : WorkbookReader
{
    private readonly AssessmentRecords _existing;

    private AssessmentFormReader(Framework framework, string? source, FormReadOptions options, AssessmentRecords existing)
        : base(framework, source, options)
    {
        _existing = existing;
    }

    /// <inheritdoc/>
    protected override string Format => AssessmentLayout.Format;

    /// <inheritdoc/>
    protected override string FormatVersion => AssessmentLayout.FormatVersion;

    /// <inheritdoc/>
    protected override string NotAFormHint => "write assessment forms with 'cchc form --assessment', or give the records as JSON (docs/appraisal.md).";

    /// <inheritdoc/>
    protected override string? OtherFormat(string format) => format == FormLayout.Format
        ? "This workbook is a form of figures, not an assessment form: give it to --submissions, or read it with SubmissionForm.Read (docs/collecting.md)."
        : null;

    public static ValidationResult<AssessmentRecords> Read(byte[] bytes, Framework framework, string? source, FormReadOptions options, AssessmentRecords existing)
    {
        var reader = new AssessmentFormReader(framework, source, options, existing);
        var records = reader.Run(bytes, reader.Read);
        return new ValidationResult<AssessmentRecords>(reader.HasErrors ? null : records, reader._problems);
    }

    /// <summary>Where an entry read from the form is: its row, and the rows of its evidence.</summary>
    private sealed record Place(long Row, List<long> EvidenceRows);

    private Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _evidenceColumns;

    private AssessmentRecords? Read(Xlsx xlsx)
    {
        var opened = Open(xlsx, FormLayout.RowKeyPrefix + "|" + AssessmentLayout.EvidenceKeyPrefix);
        if (opened is null)
        {
            return null;
        }

        var (meta, unit, period, header, dataRows) = opened.Value;
        string stageTag = meta.Rows.FirstOrDefault(r => r.Count > 1 && r[0] == "stage") is { } s ? s[1] : string.Empty;
        if (AssessmentLayout.ParseStage(stageTag) is not var (stage, round, appraiser))
        {
            Error(FormProblemCodes.NotAForm, FormLayout.MetadataSheet, "The assessment form does not say which stage it is for: fill a new form from 'cchc form --assessment'.");
            return null;
        }

        var columns = Columns(header, FormLayout.ColumnsKey, AssessmentLayout.Columns);
        if (columns is null)
        {
            return null;
        }

        _columns = columns;
        if (AssessmentFormWriter.HasEvidence(stage))
        {
            _evidenceColumns = Columns(header, AssessmentLayout.EvidenceColumnsKey, AssessmentLayout.EvidenceColumns);
            if (_evidenceColumns is null)
            {
                return null;
            }
        }

        var recordedAt = RecordedAt(xlsx, header, _options.OffsetFor(_framework));
        var t = AssessmentTexts.For(_vietnamese ? Language.Vi : Language.En);

        // The evidence rows first: they belong to the criteria by the code typed in them.
        var evidence = new Dictionary<string, List<(EvidenceReference Reference, long Row)>>(StringComparer.Ordinal);
        var evidenceSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, keyColumn, key, cells) in dataRows.Where(r => r.Key.StartsWith(AssessmentLayout.EvidenceKeyPrefix, StringComparison.Ordinal)).OrderBy(r => r.Row))
        {
            if (EvidenceRow(row, keyColumn, key, cells, meta, unit.Id, stageTag, evidenceSeen) is (string code, EvidenceReference reference))
            {
                if (!evidence.TryGetValue(code, out var list))
                {
                    evidence[code] = list = [];
                }

                list.Add((reference, row));
            }
        }

        var read = new List<(AssessmentEntry Entry, Place Place)>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (row, keyColumn, key, cells) in dataRows.Where(r => r.Key.StartsWith(FormLayout.RowKeyPrefix, StringComparison.Ordinal)).OrderBy(r => r.Row))
        {
            string rest = key[FormLayout.RowKeyPrefix.Length..];
            int colon = rest.LastIndexOf(':');
            string code = colon < 0 ? rest : rest[..colon];
            string check = colon < 0 ? string.Empty : rest[(colon + 1)..];
            string keyAt = At(keyColumn, row);
            if (check != FormLayout.RowCheck(meta.FrameworkId, meta.Version, unit.Id, meta.Period + "|" + stageTag, code) || !meta.Codes.ContainsKey(code))
            {
                Error(FormProblemCodes.FormTampered, keyAt, "The hidden key of row " + Num(row) + " does not belong to this form (a row pasted from another form or stage?): it is not read; fill the form's own row.");
                continue;
            }

            string shownCode = Cell(cells, "code") is XCell cc ? cc.Text.Trim() : string.Empty;
            if (!string.Equals(shownCode, code, StringComparison.Ordinal))
            {
                Error(FormProblemCodes.FormTampered, At(_columns["code"], row), "The row is for criterion " + code + " (its hidden key), but its code cell says '" + shownCode + "': the row was renamed or the cells were pasted over; put the code back or fill a new form.");
                continue;
            }

            if (seen.TryGetValue(code, out long first))
            {
                Error(ProblemCodes.Duplicate, keyAt, "Criterion " + code + " has two rows in the form (rows " + Num(first) + " and " + Num(row) + "): delete the copy.");
                continue;
            }

            seen.Add(code, row);
            if (_framework.FindIndicator(code) is not Indicator indicator)
            {
                Error(FormProblemCodes.FormMismatch, At(_columns["code"], row), "The framework " + _framework.Id + " " + _framework.Version + " has no criterion " + code + ": the form was written for another version.");
                continue;
            }

            if (meta.Code(code, 2) != indicator.MaxPoints.ToString(CultureInfo.InvariantCulture) || (meta.Code(code, 3) == "surveyOnly") != indicator.IsSurveyOnly)
            {
                Error(FormProblemCodes.FormMismatch, At(_columns["code"], row), "Criterion " + code + " has " + meta.Code(code, 2) + " points" + (meta.Code(code, 3) == "surveyOnly" ? " from surveys" : string.Empty) + " in the form but " + indicator.MaxPoints.ToString(CultureInfo.InvariantCulture) + (indicator.IsSurveyOnly ? " from surveys" : string.Empty) + " in the framework: the form was written for another version.");
                continue;
            }

            bool ok = true;
            string pointsAt = At(_columns["points"], row), textAt = At(_columns["text"], row), acceptedAt = At(_columns["accepted"], row);
            decimal? points = Points(Cell(cells, "points"), pointsAt, indicator, ref ok);
            string? text = Text(Cell(cells, "text"), textAt, ref ok);
            if (text is not null && text.Trim().Length == 0)
            {
                text = null;
            }

            bool? accepted = Answer(Cell(cells, "accepted"), acceptedAt, t.Form, ref ok);
            evidence.TryGetValue(code, out var given);
            given ??= [];
            if (!ok)
            {
                continue;
            }

            var at = recordedAt ?? default;
            var place = new Place(row, given.Select(g => g.Row).ToList());
            var references = given.Select(g => g.Reference).ToArray();
            AssessmentEntry? entry = null;
            if (accepted is not null && stage != AssessmentFormStage.Explanation)
            {
                Warning(ProblemCodes.InvalidValue, acceptedAt, "Only an explanation is accepted or not: this cell of a " + (stage == AssessmentFormStage.Appraisal ? "appraisal" : "self-assessment") + " form is not read.");
            }

            switch (stage)
            {
                case AssessmentFormStage.SelfAssessment:
                    if (indicator.IsSurveyOnly)
                    {
                        if (points is not null || text is not null || given.Count > 0)
                        {
                            Warning(AssessmentProblemCodes.SurveySelfAssessed, pointsAt, "Criterion " + code + " is scored from survey results only: a unit does not self-assess it; what was entered for it is ignored.");
                        }

                        break;
                    }

                    if (points is null)
                    {
                        if (text is not null || given.Count > 0)
                        {
                            Error(ProblemCodes.MissingField, pointsAt, "Criterion " + code + " has a note or evidence but no self-assessed points: enter the points (0 to " + Num(indicator.MaxPoints) + "), or clear the row.");
                        }
                        else
                        {
                            Warning(ProblemCodes.MissingField, pointsAt, "Criterion " + code + " (" + indicator.Name.Get(t.Language) + ") is not self-assessed: enter its points, 0 to " + Num(indicator.MaxPoints) + ".");
                        }

                        break;
                    }

                    var kind = Withdrawn(unit.Id, period, code) ? AssessmentEntryKind.Resubmission : AssessmentEntryKind.SelfAssessment;
                    entry = new AssessmentEntry(unit.Id, period, code, kind, at, AssessorRole.Unit, points, text: text, evidence: references);
                    var missing = indicator.RequiredEvidence.Where(item => !references.Any(r => r.Meets == item)).ToArray();
                    if (points > 0 && missing.Length > 0)
                    {
                        Warning(AssessmentProblemCodes.MissingEvidence, pointsAt, "Criterion " + code + " claims " + Num(points.Value) + " points without the evidence it requires: " + string.Join(", ", missing) + "; the claim counts 0 unless an explanation is accepted. Give each in the evidence table with its code in 'meets'.");
                    }

                    break;
                case AssessmentFormStage.Appraisal:
                    if (points is null)
                    {
                        if (text is not null)
                        {
                            Error(ProblemCodes.MissingField, pointsAt, "Criterion " + code + " has a comment but no points of round " + Num(round) + ": enter the points, or clear the comment.");
                        }
                        else if (round == 1)
                        {
                            Warning(ProblemCodes.MissingField, pointsAt, "Criterion " + code + " (" + indicator.Name.Get(t.Language) + ") is not appraised in round 1: enter its points, 0 to " + Num(indicator.MaxPoints) + ".");
                        }

                        break;
                    }

                    entry = new AssessmentEntry(unit.Id, period, code, AssessmentEntryKind.Appraisal, at, appraiser, points, round, text);
                    break;
                default:
                    if (points is not null)
                    {
                        Warning(ProblemCodes.InvalidValue, pointsAt, "An explanation carries no points: this cell is not read.");
                    }

                    if (text is null)
                    {
                        if (accepted is not null || given.Count > 0)
                        {
                            Error(ProblemCodes.MissingField, textAt, "Criterion " + code + " has evidence or a decision but no explanation: write the explanation, or clear the row.");
                        }

                        break;
                    }

                    entry = new AssessmentEntry(unit.Id, period, code, AssessmentEntryKind.Explanation, at, AssessorRole.Unit, text: text, evidence: references, accepted: accepted);
                    break;
            }

            if (entry is not null)
            {
                read.Add((entry, place));
            }
            else if (given.Count > 0 && !(stage == AssessmentFormStage.SelfAssessment && indicator.IsSurveyOnly))
            {
                // Reported above at the row; the evidence rows are named too, so that nothing is left unread in silence.
                foreach (var (_, evidenceRow) in given)
                {
                    Warning(ProblemCodes.InvalidValue, At(_evidenceColumns!["code"], evidenceRow), "This evidence is for criterion " + code + ", which has no entry in this form: it is not read.");
                }
            }
        }

        foreach (var (code, list) in evidence.Where(e => !seen.ContainsKey(e.Key)))
        {
            foreach (var (_, evidenceRow) in list)
            {
                Error(ProblemCodes.UnknownIndicator, At(_evidenceColumns!["code"], evidenceRow), "'" + code + "' is not a criterion of this form: give the code of one of its rows.");
            }
        }

        if (recordedAt is null || HasErrors)
        {
            return null;
        }

        // Append: an entry already in the records is not added again; the sequence rules are checked on the whole.
        var fresh = read.Where(r => !_existing.History(r.Entry.UnitId, r.Entry.Period, r.Entry.IndicatorCode).Any(e => Same(e, r.Entry))).ToList();
        var records = new AssessmentRecords(_existing.Entries.Concat(fresh.Select(r => r.Entry)));
        var places = fresh.ToDictionary(r => r.Entry.UnitId + "/" + r.Entry.IndicatorCode + "/" + r.Entry.Period.ToString() + "@" + InstantPattern.ExtendedIso.Format(r.Entry.RecordedAt), r => r.Place, StringComparer.Ordinal);
        var before = fresh.Count == 0 ? [] : _existing.Validate().Select(p => p.Code + "|" + p.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var p in records.Validate())
        {
            if (Relocate(p.Path) is string where)
            {
                _problems.Add(new Problem(p.Code, p.Message, where, _source, severity: p.Severity));
            }
            else if (fresh.Count > 0 && !before.Contains(p.Code + "|" + p.Path))
            {
                // An entry already recorded that the form's entries make illegal (a form dated before it): named where it is.
                _problems.Add(new Problem(p.Code, "With the entries of this form appended: " + p.Message, p.Path, _source, severity: p.Severity));
            }
        }

        return records;

        string? Relocate(string? path)
        {
            if (path is null)
            {
                return null;
            }

            int dot = path.IndexOf('.', path.IndexOf('@', StringComparison.Ordinal) + 1);
            string entryPath = dot < 0 ? path : path[..dot];
            string field = dot < 0 ? string.Empty : path[(dot + 1)..];
            if (!places.TryGetValue(entryPath, out var place))
            {
                return null;
            }

            if (field.StartsWith("evidence[", StringComparison.Ordinal) && _evidenceColumns is not null)
            {
                int close = field.IndexOf(']', StringComparison.Ordinal);
                if (close > 0 && int.TryParse(field.AsSpan(9, close - 9), NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < place.EvidenceRows.Count)
                {
                    string sub = close + 2 < field.Length ? field[(close + 2)..] : "title";
                    string column = sub switch { "sha256" => "sha256", "file" => "file", "url" => "url", "documentNumber" => "documentNumber", "documentDate" => "documentDate", "meets" => "meets", _ => "title" };
                    return At(_evidenceColumns[column], place.EvidenceRows[i]);
                }
            }

            string main = field switch { "text" => "text", "accepted" => "accepted", "points" => "points", _ => stage == AssessmentFormStage.Explanation ? "text" : "points" };
            return At(_columns[main], place.Row);
        }
    }

    /// <summary>True when the unit's latest entry of its own before now is a withdrawal: what the form gives is then a resubmission.</summary>
    private bool Withdrawn(string unitId, ReportingPeriod period, string code) =>
        _existing.History(unitId, period, code).LastOrDefault(e => e.Kind is AssessmentEntryKind.SelfAssessment or AssessmentEntryKind.Resubmission or AssessmentEntryKind.Withdrawal)?.Kind == AssessmentEntryKind.Withdrawal;

    private static bool Same(AssessmentEntry a, AssessmentEntry b) =>
        a.Kind == b.Kind && a.RecordedAt == b.RecordedAt && a.Author == b.Author && a.Points == b.Points && a.Round == b.Round
        && string.Equals(a.Text, b.Text, StringComparison.Ordinal) && a.Accepted == b.Accepted && a.Evidence.SequenceEqual(b.Evidence);

    private (string Code, EvidenceReference Reference)? EvidenceRow(long row, int keyColumn, string key, List<XCell> cells, Meta meta, string unitId, string stageTag, HashSet<string> seen)
    {
        if (_evidenceColumns is null)
        {
            Error(FormProblemCodes.FormTampered, At(keyColumn, row), "An evidence row in a form without evidence (a row pasted from another form?): it is not read.");
            return null;
        }

        string rest = key[AssessmentLayout.EvidenceKeyPrefix.Length..];
        int colon = rest.IndexOf(':', StringComparison.Ordinal);
        bool keyOk = colon > 0 && int.TryParse(rest.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            && key == AssessmentLayout.EvidenceKey(meta.FrameworkId, meta.Version, unitId, meta.Period, stageTag, number);
        if (!keyOk)
        {
            Error(FormProblemCodes.FormTampered, At(keyColumn, row), "The hidden key of row " + Num(row) + " does not belong to this form (a row pasted from another form or stage?): it is not read.");
            return null;
        }

        if (!seen.Add(key))
        {
            Error(ProblemCodes.Duplicate, At(keyColumn, row), "Row " + Num(row) + " is a copy of another evidence row of the form: delete the copy.");
            return null;
        }

        bool ok = true;
        string? Field(string name)
        {
            string? value = Text(Cell(cells, name, _evidenceColumns), At(_evidenceColumns[name], row), ref ok)?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        string? code = Field("code"), meets = Field("meets"), title = Field("title"), number2 = Field("documentNumber"), file = Field("file"), sha = Field("sha256"), url = Field("url");
        LocalDate? date = Date(Cell(cells, "documentDate", _evidenceColumns), At(_evidenceColumns["documentDate"], row), ref ok);
        if (!ok)
        {
            return null;
        }

        if (title is null && number2 is null && date is null && file is null && sha is null && url is null)
        {
            // An unused row (perhaps with its criterion and required item written in already).
            return null;
        }

        if (code is null)
        {
            Error(ProblemCodes.MissingField, At(_evidenceColumns["code"], row), "Which criterion is this evidence for? Enter its code.");
            return null;
        }

        return (code, new EvidenceReference(title ?? string.Empty, number2, date, file, sha, url, meets));
    }

    private XCell? Cell(List<XCell> cells, string name, Dictionary<string, int>? columns = null)
    {
        int c = (columns ?? _columns)[name];
        foreach (var x in cells)
        {
            if (x.Column == c)
            {
                return x;
            }
        }

        return null;
    }

    private decimal? Points(XCell? cell, string at, Indicator indicator, ref bool ok)
    {
        if (cell is not XCell c || c.Kind == CellKind.Empty || (c.Kind == CellKind.Text && c.Text.Trim().Length == 0))
        {
            return null;
        }

        decimal? value = null;
        switch (c.Kind)
        {
            case CellKind.Error:
                Error(FormProblemCodes.FormulaError, at, "The cell holds the formula error " + c.Text + ": enter the points as a number.");
                break;
            case CellKind.Boolean:
                Error(ProblemCodes.InvalidValue, at, "The cell holds TRUE or FALSE: enter the points as a number.");
                break;
            case CellKind.Number:
                value = FigureText.Stored(c.Text);
                if (value is null)
                {
                    Error(ProblemCodes.InvalidValue, at, "The cell holds '" + c.Text + "', not a number a decimal can hold.");
                }

                break;
            default:
                value = FigureText.Typed(c.Text, _vietnamese, false, out string? why, out string? accepted);
                if (value is null)
                {
                    Error(ProblemCodes.InvalidValue, at, why!);
                }
                else if (accepted is not null)
                {
                    Warning(ProblemCodes.InvalidValue, at, accepted);
                }

                break;
        }

        if (value is decimal v && (v < 0 || v > indicator.MaxPoints))
        {
            Error(ProblemCodes.OutOfRange, at, "Criterion " + indicator.Code + " has " + Num(indicator.MaxPoints) + " points at most; " + Num(v) + " is out of range: enter 0 to " + Num(indicator.MaxPoints) + ".");
            value = null;
        }

        ok &= value is not null;
        return value;
    }

    private LocalDate? Date(XCell? cell, string at, ref bool ok)
    {
        if (cell is not XCell c || c.Kind == CellKind.Empty || (c.Kind == CellKind.Text && c.Text.Trim().Length == 0))
        {
            return null;
        }

        if (c.Kind == CellKind.Number && FigureText.Stored(c.Text) is decimal serial && serial == decimal.Truncate(serial) && FigureText.Serial(serial, Offset.Zero) is Instant i)
        {
            return i.InUtc().Date;
        }

        if (c.Kind == CellKind.Text && LocalDatePattern.Iso.Parse(c.Text.Trim()) is { Success: true } d)
        {
            return d.Value;
        }

        Error(ProblemCodes.InvalidValue, at, "'" + c.Text + "' is not a date: write the document's date as yyyy-mm-dd, such as 2025-03-15.");
        ok = false;
        return null;
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
