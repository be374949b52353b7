using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using NodaTime.Text;
using static Cchc.Scoring.Forms.FormWriter;

namespace Cchc.Scoring.Forms;

/// <summary>Writes an assessment form (see <see cref="AssessmentForm"/>) with the cells, styles, validations, metadata and package of <see cref="FormWriter"/>.</summary>
internal static class AssessmentFormWriter
{
    public static byte[] Write(Framework framework, ReportingPeriod period, Unit unit, AssessmentFormOptions options)
    {
        using var raw = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            Build(document, framework, period, unit, options);
        }

        return OfficePackage.Normalize(raw.ToArray());
    }

    /// <summary>True when the stage's form has the evidence table.</summary>
    public static bool HasEvidence(AssessmentFormStage stage) => stage != AssessmentFormStage.Appraisal;

    /// <summary>The entry of the form's own stage in a criterion's history, which fills its input cells; null for none.</summary>
    public static AssessmentEntry? Own(IReadOnlyList<AssessmentEntry> history, AssessmentFormOptions options)
    {
        switch (options.Stage)
        {
            case AssessmentFormStage.SelfAssessment:
                // After a withdrawal nothing is in force: the form is for the resubmission, empty (and with no
                // recorded-at instant of the past to be taken over by mistake).
                return SelfInForce(history);
            case AssessmentFormStage.Appraisal:
                return history.LastOrDefault(e => e.Kind == AssessmentEntryKind.Appraisal && e.Round == options.Round);
            default:
                var round = history.FirstOrDefault(e => e.Kind == AssessmentEntryKind.Appraisal && e.Round == options.Round);
                return history.LastOrDefault(e => e.Kind == AssessmentEntryKind.Explanation && (round is null || e.RecordedAt > round.RecordedAt));
        }
    }

    /// <summary>The unit's self-assessment in force in a history (none after a withdrawal).</summary>
    private static AssessmentEntry? SelfInForce(IReadOnlyList<AssessmentEntry> history)
    {
        AssessmentEntry? self = null;
        foreach (var e in history)
        {
            self = e.Kind switch
            {
                AssessmentEntryKind.SelfAssessment or AssessmentEntryKind.Resubmission => e,
                AssessmentEntryKind.Withdrawal => null,
                _ => self,
            };
        }

        return self;
    }

    private static void Build(SpreadsheetDocument document, Framework framework, ReportingPeriod period, Unit unit, AssessmentFormOptions options)
    {
        var t = AssessmentTexts.For(options.Language);
        var stage = options.Stage;
        string stageTag = AssessmentLayout.StageTag(stage, options.Round, options.Appraiser);
        string periodText = period.ToString();
        var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = Stylesheet();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());

        var criteria = AssessmentLayout.Criteria(framework, unit);
        var histories = criteria.ToDictionary(
            c => c.Indicator.Code,
            c => options.Records?.History(unit.Id, period, c.Indicator.Code) ?? [],
            StringComparer.Ordinal);
        var own = criteria.Select(c => (c.Indicator, Entry: Own(histories[c.Indicator.Code], options))).Where(x => x.Entry is not null).ToDictionary(x => x.Indicator.Code, x => x.Entry!, StringComparer.Ordinal);
        Instant? recordedAt = own.Count > 0 ? own.Values.Max(e => e.RecordedAt) : null;
        bool selfStage = stage == AssessmentFormStage.SelfAssessment;

        var rows = new SheetRows();
        Row NewRow(params Cell?[] cells) => rows.Add(cells);

        var f = t.Form;
        NewRow(Text(FormLayout.TitleKey), Text(t.Title(stage), FormWriter.Bold));
        NewRow(Text(FormLayout.FrameworkKey), Text(f.Framework, FormWriter.Bold), Text(framework.Id), Text(f.Version + " " + framework.Version), Text(framework.Name.Get(options.Language)));
        NewRow(Text(FormLayout.UnitKey), Text(f.Unit, FormWriter.Bold), Text(unit.Id), Text(unit.Name.Get(options.Language)));
        NewRow(Text(FormLayout.PeriodKey), Text(f.Period, FormWriter.Bold), Text(periodText), Text(LocalDatePattern.Iso.Format(period.Start) + ".." + LocalDatePattern.Iso.Format(period.End)));
        NewRow(Text(AssessmentLayout.StageKey), Text(t.StageLabel, FormWriter.Bold), Text(t.Stage(stage, options.Round, options.Appraiser)));
        NewRow(Text(FormLayout.RecordedAtKey), Text(f.RecordedAt, FormWriter.Bold), recordedAt is Instant at ? Text(InstantPattern.ExtendedIso.Format(at), Input) : Blank(Input), Text(f.RecordedAtHint, Wrap));
        NewRow();
        NewRow([Text(FormLayout.ColumnsKey), .. AssessmentLayout.Columns.Select(c => Text(c))]).Hidden = true;
        NewRow([null, .. AssessmentLayout.Columns.Select(c => Text(t.Header(c, stage, options.Round), HeaderStyle))]);

        var pointCells = new SortedDictionary<decimal, List<string>>();
        var yesNoCells = new List<string>();
        foreach (var (area, indicator) in criteria)
        {
            int r = rows.Count + 1;
            var history = histories[indicator.Code];
            own.TryGetValue(indicator.Code, out var mine);
            bool pointsOpen = stage == AssessmentFormStage.Appraisal || (selfStage && !indicator.IsSurveyOnly);
            Cell points = Blank(Closed);
            if (pointsOpen)
            {
                if (!pointCells.TryGetValue(indicator.MaxPoints, out var list))
                {
                    pointCells[indicator.MaxPoints] = list = [];
                }

                list.Add(FormLayout.CellName(8, r));
                points = mine?.Points is decimal p ? Number(p, Input) : Blank(Input);
            }

            Cell accepted = Blank(Closed);
            if (stage == AssessmentFormStage.Explanation)
            {
                yesNoCells.Add(FormLayout.CellName(10, r));
                accepted = mine?.Accepted is bool a ? Text(a ? f.Yes : f.No, Input) : Blank(Input);
            }

            var self = selfStage ? null : SelfInForce(history);
            string earlier = string.Join("\n", history.Where(e => !ReferenceEquals(e, mine)).Select(t.Entry));
            string required = indicator.IsSurveyOnly && selfStage ? t.SurveyOnly
                : indicator.RequiredEvidence.Count == 0 ? t.None
                : string.Join(", ", indicator.RequiredEvidence);
            NewRow(
                Text(AssessmentLayout.RowKey(framework.Id, framework.Version, unit.Id, periodText, stageTag, indicator.Code)),
                Text(area.Code, Closed),
                Text(indicator.Code, Closed),
                Text(indicator.Name.Vi + (options.Language == Language.En ? " (" + indicator.Name.En + ")" : string.Empty), Wrap),
                Number(indicator.MaxPoints, Closed),
                Text(required, Wrap),
                self?.Points is decimal sp ? Number(sp, Closed) : Blank(Closed),
                Text(earlier, Wrap),
                points,
                mine?.Text is string text ? Text(text, Input) : Blank(Input),
                accepted);
        }

        if (HasEvidence(stage))
        {
            NewRow();
            NewRow(null, Text(t.EvidenceTitle, FormWriter.Bold));
            NewRow([Text(AssessmentLayout.EvidenceColumnsKey), .. AssessmentLayout.EvidenceColumns.Select(c => Text(c))]).Hidden = true;
            NewRow([null, .. AssessmentLayout.EvidenceColumns.Select(c => Text(t.Header(c == "code" ? "criterion" : c, stage, options.Round), HeaderStyle))]);
            int number = 0;
            Row EvidenceRow(string? code, string? meets, EvidenceReference? e)
            {
                number++;
                return NewRow(
                    Text(AssessmentLayout.EvidenceKey(framework.Id, framework.Version, unit.Id, periodText, stageTag, number)),
                    Text(code, Input),
                    Text(meets, Input),
                    Text(e?.Title, Input),
                    Text(e?.DocumentNumber, Input),
                    Text(e?.DocumentDate is LocalDate d ? LocalDatePattern.Iso.Format(d) : null, Input),
                    Text(e?.FileName, Input),
                    Text(e?.Sha256, Input),
                    Text(e?.Url, Input));
            }

            foreach (var (_, indicator) in criteria)
            {
                if (selfStage && indicator.IsSurveyOnly)
                {
                    continue;
                }

                own.TryGetValue(indicator.Code, out var mine);
                var given = mine?.Evidence ?? [];
                foreach (var e in given)
                {
                    EvidenceRow(indicator.Code, e.Meets, e);
                }

                foreach (string item in indicator.RequiredEvidence.Where(item => !given.Any(e => e.Meets == item)))
                {
                    EvidenceRow(indicator.Code, item, null);
                }
            }

            for (int i = 0; i < options.EvidenceRows; i++)
            {
                EvidenceRow(null, null, null);
            }
        }

        var validations = new List<DataValidation>();
        foreach (var (max, cells) in pointCells)
        {
            validations.Add(Validation(DataValidationValues.Decimal, DataValidationOperatorValues.Between, "0", max.ToString(CultureInfo.InvariantCulture), cells));
        }

        if (yesNoCells.Count > 0)
        {
            validations.Add(Validation(DataValidationValues.List, null, "\"" + f.Yes + "," + f.No + "\"", null, yesNoCells));
        }

        workbookPart.AddNewPart<WorksheetPart>("rId1").Worksheet = FormSheet([1.0, 10, 10, 48, 12, 24, 14, 40, 14, 40, 16], rows, validations);
        sheets.Append(new Sheet { Id = "rId1", SheetId = 1, Name = periodText });

        var meta = new List<IReadOnlyList<string>>
        {
            new[] { "format", AssessmentLayout.Format, AssessmentLayout.FormatVersion },
            new[] { "framework", framework.Id, framework.Version },
            new[] { "period", periodText },
            new[] { "language", options.Language == Language.Vi ? "vi" : "en" },
            new[] { "stage", stageTag },
        };
        foreach (var u in Lineage(unit, options.Units))
        {
            meta.Add(new[] { "unit", u.Id, u.Name.Vi, u.Name.En, u.Kind, u.ParentId ?? string.Empty });
        }

        foreach (var (_, indicator) in criteria)
        {
            meta.Add(new[] { "code", indicator.Code, indicator.MaxPoints.ToString(CultureInfo.InvariantCulture), indicator.IsSurveyOnly ? "surveyOnly" : "-", string.Join(" ", indicator.RequiredEvidence) });
        }

        AddMetadata(workbookPart, sheets, meta, 2);
        workbookPart.Workbook.Save();
    }
}
