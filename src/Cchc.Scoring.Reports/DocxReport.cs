using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Reports;

/// <summary>
/// Writes the periodic report the department's office sends up (quarterly, half-yearly, yearly or ad hoc) as a Word
/// document (.docx, DocumentFormat.OpenXml), laid out as Vietnamese administrative documents are (Decree
/// 30/2020/NĐ-CP): A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman 14 pt; the parent
/// agency above the issuing agency on the left and the national name and motto on the right, the number and the
/// place-and-date lines; the title "BÁO CÁO" and the subject with the period; the overall result compared with the
/// comparable period, the status of each target against its value for the plan's end by task area, the units'
/// indices, classes and ranks, the follow-up of reporting, what to improve, the recipients and the signature, and an
/// appendix table of every indicator. Numbers are written in the vi-VN style (93,76; 96,55 %). The same inputs give
/// the same bytes: no clock, fixed part identifiers and zip time stamps, no time in the document's properties.
/// </summary>
public static class DocxReport
{
    /// <summary>Renders the document.</summary>
    /// <param name="summary">The scoring result ranked, with the unit in focus (the agency that reports).</param>
    /// <param name="options">The letterhead, date, comparison, follow-up, recipients and signature; null for the defaults.</param>
    /// <returns>The .docx file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">A line of <see cref="DocxReportOptions.Recipients"/> or <see cref="DocxReportOptions.SignatureTitle"/> is null.</exception>
    public static byte[] Render(ScoringSummary summary, DocxReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        options ??= DocxReportOptions.Default;
        if (options.Recipients?.Any(line => line is null) == true || options.SignatureTitle?.Any(line => line is null) == true)
        {
            throw new ArgumentException("A line of the recipients or of the signature title is null.", nameof(options));
        }

        using var raw = new MemoryStream();
        using (var document = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document))
        {
            new DocxWriter(summary, options).Build(document);
        }

        return OfficePackage.Normalize(raw.ToArray());
    }

    /// <summary>Writes the document to a stream.</summary>
    /// <param name="summary">The scoring result ranked, with the unit in focus.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="options">The letterhead, date, comparison, follow-up, recipients and signature; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">A line of <see cref="DocxReportOptions.Recipients"/> or <see cref="DocxReportOptions.SignatureTitle"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(ScoringSummary summary, Stream output, DocxReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        byte[] bytes = Render(summary, options);
        output.Write(bytes, 0, bytes.Length);
    }
}

/// <summary>Builds the document's parts from a summary and the options.</summary>
internal sealed class DocxWriter
{
    // Sizes in half-points and lengths in twentieths of a point (twips): 1 mm = 56.7 twips.
    private const int Body = 28;
    private const int Small = 26;
    private const int TableText = 22;
    private const int Note = 22;
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1134;
    private const int MarginBottom = 1134;
    private const int MarginLeft = 1701;
    private const int MarginRight = 850;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;
    private const string Font = "Times New Roman";

    private readonly ScoringSummary _summary;
    private readonly DocxReportOptions _o;
    private readonly DocxTexts _t;
    private readonly Scorecard _focus;
    private readonly Letterhead _head;
    private readonly List<OpenXmlElement> _body = [];

    public DocxWriter(ScoringSummary summary, DocxReportOptions options)
    {
        _summary = summary;
        _o = options;
        _t = DocxTexts.For(options.Language);
        _focus = summary.Focus;
        _head = Letterhead.Of(_focus, options, _t);
    }

    private Language Lang => _t.Language;

    private ReportingPeriod Period => _summary.Result.Request.Period;

    private ReportingPeriod? PreviousPeriod => _o.Previous?.Result.Request.Period;

    public void Build(WordprocessingDocument document)
    {
        // Fixed relationship identifiers: the SDK's own would be drawn at random.
        var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
        var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        styles.Styles = Styles();
        var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        settings.Settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new ThemeFontLanguages { Val = _t.LangTag });
        var header = main.AddNewPart<HeaderPart>("rIdHeader");
        header.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(Props(Small), new Text("2"))) { Instruction = " PAGE " }));

        LetterheadTable();
        Title();
        Introduction();
        Overall();
        Tasks();
        UnitsTable();
        FollowUp();
        Improve();
        Closing();
        Signature();
        Appendix();

        _body.Add(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage()));
        main.Document = new Document(new DocumentFormat.OpenXml.Wordprocessing.Body(_body));
        main.Document.Save();

        var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>" + XmlText(_t.Report + " " + SubjectLine()) + "</dc:title>"
                + "<dc:creator>" + XmlText(_head.Agency) + "</dc:creator>"
                + "<dc:language>" + _t.LangTag + "</dc:language>"
                + "</cp:coreProperties>");
        }
    }

    private static string XmlText(string text) =>
        XmlSafe.Clean(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    // ---------------------------------------------------------------- the parts of the document

    private void LetterheadTable()
    {
        // Two columns without borders: the agencies, the number on the left; the nation, the motto, the place and date on the right.
        const int left = 3686;
        const int right = TextWidth - left;
        var leftCell = new List<OpenXmlElement>();
        if (_head.Parent.Length > 0)
        {
            leftCell.Add(Para(Center(), Run(Upper(_head.Parent), Small)));
        }

        leftCell.Add(Para(Center(), Run(Upper(_head.Agency), Small, bold: true)));
        leftCell.Add(Rule(1300));
        var rightCell = new List<OpenXmlElement>
        {
            // The national name at 12 pt (the decree allows 12 to 13 pt) keeps it on one line in the right column.
            Para(Center(), Run(_t.Nation, Small - 2, bold: true)),
            Para(Center(), Run(_t.Motto, Body, bold: true)),
            Rule(1050),
        };
        var top = new TableRow(Cell(left, leftCell, top: true), Cell(right, rightCell, top: true));
        var numbers = new TableRow(
            Cell(left, [Para(Center(120), Run(_t.NumberWord + (_o.Number ?? _t.Dots) + "/BC-" + _head.Code, Small))]),
            Cell(right, [Para(Center(120), Run(_head.Place + ", " + DateText(_o.Date), Body, italic: true))]));
        _body.Add(Table([left, right], borders: false, top, numbers));
    }

    private void Title()
    {
        _body.Add(Para(Center(360, 0), Run(_t.Report, Body, bold: true)));
        _body.Add(Para(Center(0, 0), Run(SubjectLine(), Body, bold: true)));
        _body.Add(Rule((TextWidth - 1700) / 2, before: 120));
    }

    private void Introduction()
    {
        var result = _summary.Result;
        string plan = result.Framework.Name.Get(Lang);
        _body.Add(Text(_t.Implementing + plan + ", " + _head.Agency + _t.Reports + PeriodPhrase(Period) + _t.AsFollows));
        _body.Add(Text(_t.DataFrom + ViNumber.Integer(result.Scorecards.Count) + _t.UnitsWord + Dates(Period)
            + (result.Request.AsOf is Instant at ? _t.AsOfWord + InstantPattern.ExtendedIso.Format(at) : _t.LatestWord) + "."));
        _body.Add(Text(PreviousPeriod is ReportingPeriod p
            ? _t.ComparedWith + ComparedPhrase(p) + " (" + Dates(p) + ")."
            : _t.NotCompared));
    }

    private void Overall()
    {
        _body.Add(Heading("I. " + _t.Overall));
        var card = _focus;
        string text = _t.IndexSentence + Index(card.Index) + " (" + ViNumber.Fixed(card.Points, 2) + _t.PointsSentence + ViNumber.Fixed(card.MaxPoints, 2) + _t.PointsWord
            + _t.ClassSentence + (card.Class?.Name.Get(Lang) ?? "–");
        if (Rank(_summary, card.UnitId) is int rank)
        {
            text += ", " + _t.Rank.ToLowerInvariant() + " " + ViNumber.Integer(rank) + "/" + ViNumber.Integer(_summary.Ranking.Count);
        }

        if (PreviousPeriod is ReportingPeriod p)
        {
            text += "; " + (card.Index is decimal now && Previous(card.UnitId)?.Index is decimal before
                ? ChangeText(now, before) + _t.So + ComparedPhrase(p)
                : _t.NoPrevious + ComparedPhrase(p) + _t.NoPreviousTail);
        }

        _body.Add(Text(text + "."));
        var c = card.Coverage;
        _body.Add(Text(_t.CoverageSentence + ViNumber.Integer(c.Scored) + _t.CoverageOf + ViNumber.Integer(c.Applicable) + _t.CoverageTail
            + (card.IsRollUp ? " (" + card.UnitId + ": " + _t.RollUpNote + ")" : string.Empty)
            + (c.NoData > 0 ? "; " + ViNumber.Integer(c.NoData) + _t.NoDataCounted : string.Empty)
            + (c.Partial > 0 ? "; " + ViNumber.Integer(c.Partial) + _t.PartialCounted : string.Empty) + "."));
        if (ReportModel.HasAssessments(card))
        {
            // Which stage of the appraisal the points stand at: a result before the final decision is provisional.
            _body.Add(Text(Glossary.Stage.Get(Lang) + ": " + ReportModel.StageCounts(card, Lang) + "."));
        }
    }

    private void Tasks()
    {
        _body.Add(Heading("II. " + _t.Tasks));
        int n = 0;
        foreach (var area in _focus.Areas)
        {
            n++;
            _body.Add(SubHeading(ViNumber.Integer(n) + ". " + area.Area.Name.Get(Lang)));
            _body.Add(Text(_t.AreaReached + ViNumber.Fixed(area.Points, 2) + "/" + ViNumber.Fixed(area.MaxPoints, 2)
                + (area.MaxPoints > 0 ? " (" + ViNumber.Percent(area.Points * 100 / area.MaxPoints) + ")" : string.Empty) + "."));
            foreach (var s in area.Indicators)
            {
                string line = "- " + s.Indicator.Code + ". " + s.Indicator.Name.Get(Lang) + _t.ResultWord + (s.Value is decimal v ? Value(s.Indicator, v) : "–")
                    + _t.TargetOf + DueYear(s.Indicator) + ": " + TargetText(s) + _t.Assessment + _t.StatusWord(s.Status);
                if (PreviousPeriod is ReportingPeriod p)
                {
                    var before = Previous(_focus.UnitId)?.Indicators.FirstOrDefault(x => x.Indicator.Code == s.Indicator.Code);
                    line += _t.SameAs + ComparedPhrase(p) + ": " + (before?.Value is decimal b ? Value(s.Indicator, b) : "–");
                }

                _body.Add(Text(line + "."));
            }
        }
    }

    private void UnitsTable()
    {
        _body.Add(Heading("III. " + _t.UnitsTable));
        bool compare = PreviousPeriod is not null;
        // 11 pt in tables: STT, unit, points, maximum, index, class, rank (and the index compared with, the change).
        var headers = new List<string> { _t.Ordinal, _t.Unit, _t.Points, _t.Max, _t.Index, _t.Class, _t.Rank };
        var widths = new List<int> { 600, 0, 850, 850, 850, 1050, 750 };
        if (compare)
        {
            headers.Add(_t.Index + " " + ComparedPhrase(PreviousPeriod!.Value));
            headers.Add(_t.Change);
            widths.Add(1000);
            widths.Add(900);
        }

        widths[1] = TextWidth - widths.Sum();
        var rows = new List<TableRow> { HeaderRow(widths, headers) };
        int n = 0;
        foreach (var r in _summary.Ranking)
        {
            n++;
            var card = r.Scorecard;
            var cells = new List<(string Text, bool Right)>
            {
                (ViNumber.Integer(n), false),
                (card.UnitId + (card.IsRollUp ? "*" : string.Empty) + " – " + (card.Unit?.Name.Get(Lang) ?? card.UnitId), false),
                (ViNumber.Fixed(card.Points, 2), true),
                (ViNumber.Fixed(card.MaxPoints, 2), true),
                (Index(card.Index), true),
                (card.Class?.Name.Get(Lang) ?? "–", false),
                (r.Rank is int rank ? ViNumber.Integer(rank) : "–", true),
            };
            if (compare)
            {
                decimal? before = Previous(card.UnitId)?.Index;
                cells.Add((Index(before), true));
                cells.Add((Signed(card.Index, before), true));
            }

            rows.Add(DataRow(widths, cells, bold: ReferenceEquals(card, _focus)));
        }

        _body.Add(Table(widths, borders: true, [.. rows]));
        if (_summary.Ranking.Any(r => r.Scorecard.IsRollUp))
        {
            _body.Add(Para(Plain(0, 60), Run("* " + _t.RollUpNote, Note, italic: true)));
        }
    }

    private void FollowUp()
    {
        _body.Add(Heading("IV. " + _t.FollowUp));
        var follow = _o.FollowUp
            ?? (_summary.ReportingStatus is ReportingStatus status ? ReportingFollowUp.From(status) : ReportingFollowUp.FromScorecards(_summary.Result.Scorecards));
        int complete = follow.Units.Count(u => u.Missing.Count == 0);
        int owing = follow.Units.Count - complete;
        int missing = follow.Units.Sum(u => u.Missing.Count);
        int late = follow.Units.Sum(u => u.Late.Count);
        int partial = follow.Units.Sum(u => u.Partial.Count);
        _body.Add(Text(_t.FollowUpIntro + ViNumber.Integer(complete) + "/" + ViNumber.Integer(follow.Units.Count) + _t.FollowUpComplete
            + ViNumber.Integer(owing) + _t.FollowUpMissing + ViNumber.Integer(missing) + _t.FollowUpMissingTail
            + _t.FollowUpLate + ViNumber.Integer(late) + _t.FollowUpLateTail
            + (partial > 0 ? _t.FollowUpPartial + ViNumber.Integer(partial) + _t.FollowUpPartialTail : string.Empty) + "."));
        int[] widths = [600, 2855, 1100, 1100, 1300, 2400];
        var rows = new List<TableRow> { HeaderRow(widths, [_t.Ordinal, _t.Unit, _t.DueColumn, _t.SubmittedColumn, _t.LateColumn, _t.MissingColumn]) };
        int n = 0;
        foreach (var u in follow.Units)
        {
            n++;
            rows.Add(DataRow(widths,
            [
                (ViNumber.Integer(n), false),
                (u.UnitId + " – " + u.Name.Get(Lang), false),
                (ViNumber.Integer(u.Due), true),
                (ViNumber.Integer(u.Submitted), true),
                (u.Late.Count == 0 ? "0" : ViNumber.Integer(u.Late.Count) + " (" + string.Join(", ", u.Late.Select(code => LateCode(u, code))) + ")", false),
                (u.Missing.Count == 0 ? _t.NoneMissing : ViNumber.Integer(u.Missing.Count) + " (" + string.Join(", ", u.Missing) + ")"
                    + (u.OverdueWorkingDays is int overdue && overdue > 0 ? _t.Overdue + WorkingDays(overdue) : string.Empty), false),
            ], bold: false));
        }

        _body.Add(Table(widths, borders: true, [.. rows]));
    }

    /// <summary>A late indicator's code, with its working days late when known: "I2: 1 ngày làm việc".</summary>
    private string LateCode(UnitReporting unit, string code) =>
        unit.WorkingDaysLate.TryGetValue(code, out int days) ? code + ": " + WorkingDays(days) : code;

    private string WorkingDays(int days) => ViNumber.Integer(days) + (days == 1 ? _t.WorkingDay : _t.WorkingDays);

    private void Improve()
    {
        _body.Add(Heading("V. " + _t.Improve));
        var notMet = _focus.Indicators.Where(s => s.Status == IndicatorStatus.NotMet).ToArray();
        var noData = _focus.Indicators.Where(s => s.Status == IndicatorStatus.NoData).ToArray();
        if (notMet.Length == 0 && noData.Length == 0)
        {
            _body.Add(Text(_t.AllMet));
            return;
        }

        if (notMet.Length > 0)
        {
            _body.Add(Text(_t.NotMetIntro));
            foreach (var s in notMet)
            {
                string line = "- " + s.Indicator.Code + ". " + s.Indicator.Name.Get(Lang) + _t.ResultWord + (s.Value is decimal v ? Value(s.Indicator, v) : "–")
                    + _t.TargetWord + TargetText(s);
                decimal? target = ReportModel.EffectiveTarget(s);
                if (s.Indicator.Measure != MeasureKind.YesNo && s.Value is decimal value && target is decimal goal)
                {
                    // A ratio's gap is in percentage points; any other in the indicator's unit of measure.
                    decimal gap = Math.Abs(goal - value);
                    line += "; " + _t.Gap + (IsPercent(s.Indicator) ? ViNumber.Short(gap) + _t.PercentagePoints : Value(s.Indicator, gap));
                }

                var units = _summary.Result.Scorecards
                    .Where(c => !ReferenceEquals(c, _focus) && c.Indicators.Any(x => x.Indicator.Code == s.Indicator.Code && x.Status == IndicatorStatus.NotMet))
                    .Select(c => c.UnitId)
                    .ToArray();
                if (units.Length > 0)
                {
                    line += "; " + _t.UnitsNotMet + string.Join(", ", units);
                }

                _body.Add(Text(line + "."));
            }
        }

        if (noData.Length > 0)
        {
            _body.Add(Text(_t.NoDataIntro + string.Join(", ", noData.Select(s => s.Indicator.Code)) + "."));
        }
    }

    private void Closing()
    {
        // Kept on the page of the signature block, which is one row that never splits.
        var closing = Text(_t.Closing + PeriodPhrase(Period) + _t.ClosingOf + _head.Agency + _t.ClosingEnd);
        closing.ParagraphProperties!.PrependChild(new KeepNext());
        _body.Add(closing);
    }

    private void Signature()
    {
        const int left = 4400;
        const int right = TextWidth - left;
        var recipients = _o.Recipients ?? _head.Recipients;
        var leftCell = new List<OpenXmlElement> { Para(Plain(240, 0), Run(_t.Recipients, 24, bold: true, italic: true)) };
        for (int i = 0; i < recipients.Count; i++)
        {
            leftCell.Add(Para(Plain(0, 0), Run("- " + recipients[i] + (i == recipients.Count - 1 ? "." : ";"), Note)));
        }

        var rightCell = new List<OpenXmlElement>();
        var title = _o.SignatureTitle ?? [_head.Head];
        for (int i = 0; i < title.Count; i++)
        {
            rightCell.Add(Para(Center(i == 0 ? 240 : 0, 0), Run(Upper(title[i]), Body, bold: true)));
        }

        for (int i = 0; i < 4; i++)
        {
            rightCell.Add(Para(Center(0, 0), Run(string.Empty, Body)));
        }

        rightCell.Add(Para(Center(0, 0), Run(_o.Signer ?? string.Empty, Body, bold: true)));
        _body.Add(Table([left, right], borders: false, new TableRow(new TableRowProperties(new CantSplit()), Cell(left, leftCell, top: true), Cell(right, rightCell, top: true))));
    }

    private void Appendix()
    {
        _body.Add(new Paragraph(new ParagraphProperties(new PageBreakBefore(), new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = JustificationValues.Center }), Run(_t.Appendix, Body, bold: true)));
        _body.Add(Para(Center(0, 0), Run(_t.AppendixTitle + PeriodPhrase(Period).ToUpperInvariant(), Body, bold: true)));
        _body.Add(Para(Center(0, 120), Run(_t.AppendixAttached + (_o.Number ?? _t.Dots) + "/BC-" + _head.Code + (_o.Date is LocalDate d ? " " + DateText(d) : string.Empty)
            + _t.AppendixOf + _head.Agency + ")", Small, italic: true)));
        bool compare = PreviousPeriod is not null;
        var headers = new List<string> { _t.Ordinal, _t.Indicator, _t.TargetYear + ViNumber.Invariant(_summary.Result.Framework.Plan.End.Year), _t.Result };
        var widths = new List<int> { 600, 3955, 1300, 1100 };
        if (compare)
        {
            headers.Add(ComparedPhrase(PreviousPeriod!.Value));
            widths.Add(1100);
            widths[1] = 2855;
        }

        headers.Add(_t.Points + "/" + _t.Max.ToLowerInvariant());
        headers.Add(_t.Assess);
        widths.Add(1200);
        widths.Add(1200);
        bool stages = ReportModel.HasAssessments(_focus);
        if (stages)
        {
            // Where the points come from (self-assessment, appraisal round n, final decision). The 1,500 twips come from
            // the number columns, narrowed to what their figures need (target 1,000, result and previous 900, points and
            // assessment 1,100), and the rest from the name, which keeps 3,155 (2,255 beside a comparison).
            headers.Add(Glossary.Stage.Get(Lang));
            int at = 2;
            widths[at++] = 1000;
            widths[at++] = 900;
            if (compare)
            {
                widths[at++] = 900;
            }

            widths[at++] = 1100;
            widths[at] = 1100;
            widths.Add(1500);
            widths[1] = TextWidth - widths.Where((_, i) => i != 1).Sum();
        }

        var rows = new List<TableRow> { HeaderRow(widths, headers) };
        int n = 0;
        foreach (var area in _focus.Areas)
        {
            rows.Add(SpanRow(widths, area.Area.Code + ". " + area.Area.Name.Get(Lang) + " (" + ViNumber.Fixed(area.Points, 2) + "/" + ViNumber.Fixed(area.MaxPoints, 2) + ")"));
            foreach (var s in area.Indicators)
            {
                n++;
                var cells = new List<(string Text, bool Right)>
                {
                    (ViNumber.Integer(n), false),
                    (s.Indicator.Code + ". " + s.Indicator.Name.Get(Lang), false),
                    (TargetText(s), true),
                    (s.Value is decimal v ? Value(s.Indicator, v) : "–", true),
                };
                if (compare)
                {
                    var before = Previous(_focus.UnitId)?.Indicators.FirstOrDefault(x => x.Indicator.Code == s.Indicator.Code);
                    cells.Add((before?.Value is decimal b ? Value(s.Indicator, b) : "–", true));
                }

                cells.Add((ViNumber.Fixed(s.Points, 2) + "/" + ViNumber.Fixed(s.MaxPoints, 2), true));
                cells.Add((_t.StatusWord(s.Status), false));
                if (stages)
                {
                    cells.Add((ReportModel.Stage(s, Lang), false));
                }

                rows.Add(DataRow(widths, cells, bold: false));
            }
        }

        _body.Add(Table(widths, borders: true, [.. rows]));
    }

    // ---------------------------------------------------------------- words and numbers

    /// <summary>The subject under "BÁO CÁO": "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025".</summary>
    internal string SubjectLine() => _t.Subject + PeriodPhrase(Period) + (Period.Kind == PeriodKind.Custom ? _t.AdHoc : string.Empty);

    /// <summary>"quý I năm 2025", "6 tháng đầu năm 2025", "năm 2025", "tháng 3 năm 2025", "từ ngày 01/03/2025 đến ngày 15/04/2025".</summary>
    internal string PeriodPhrase(ReportingPeriod p)
    {
        string year = ViNumber.Invariant(p.Year);
        if (Lang == Language.En)
        {
            return p.Kind switch
            {
                PeriodKind.Year => "in " + year,
                PeriodKind.HalfYear => (p.Number == 1 ? _t.FirstHalf : _t.SecondHalf) + year,
                PeriodKind.Quarter => "in the " + Ordinal(p.Number) + " quarter of " + year,
                PeriodKind.Month => "in " + MonthName(p.Number) + " " + year,
                _ => _t.From + Date(p.Start) + _t.To + Date(p.End),
            };
        }

        return p.Kind switch
        {
            PeriodKind.Year => _t.YearWord + year,
            PeriodKind.HalfYear => (p.Number == 1 ? _t.FirstHalf : _t.SecondHalf) + year,
            PeriodKind.Quarter => _t.QuarterWord + Roman(p.Number) + " " + _t.YearWord + year,
            PeriodKind.Month => _t.MonthWord + ViNumber.Invariant(p.Number) + " " + _t.YearWord + year,
            _ => _t.From + Date(p.Start) + _t.To + Date(p.End),
        };
    }

    /// <summary>The period compared with, as a short phrase: "cùng kỳ năm 2024", "năm 2024", or the period itself.</summary>
    internal string ComparedPhrase(ReportingPeriod p)
    {
        string year = ViNumber.Invariant(p.Year);
        bool sameOfYearBefore = p.Kind is PeriodKind.Quarter or PeriodKind.HalfYear or PeriodKind.Month && p.Kind == Period.Kind && p.Number == Period.Number && p.Year == Period.Year - 1;
        if (sameOfYearBefore)
        {
            return _t.SamePeriodLastYear + year;
        }

        return p.Kind == PeriodKind.Year ? (Lang == Language.Vi ? _t.YearWord + year : year) : PeriodPhrase(p);
    }

    /// <summary>
    /// A date as Decree 30/2020/NĐ-CP writes it: "ngày 05 tháng 01 năm 2025" (a day below 10 and the months 1 and 2 with a
    /// leading zero), dots when there is no date.
    /// </summary>
    internal string DateText(LocalDate? date)
    {
        if (Lang == Language.En)
        {
            return date is LocalDate e ? ViNumber.Invariant(e.Day) + " " + MonthName(e.Month) + " " + ViNumber.Invariant(e.Year) : _t.Dots + "/" + _t.Dots + "/" + _t.Dots;
        }

        if (date is not LocalDate d)
        {
            return _t.DateDay + _t.Dots + _t.DateMonth + _t.Dots + _t.DateYear + _t.Dots;
        }

        string day = d.Day < 10 ? "0" + ViNumber.Invariant(d.Day) : ViNumber.Invariant(d.Day);
        string month = d.Month <= 2 ? "0" + ViNumber.Invariant(d.Month) : ViNumber.Invariant(d.Month);
        return _t.DateDay + day + _t.DateMonth + month + _t.DateYear + ViNumber.Invariant(d.Year);
    }

    private string Dates(ReportingPeriod p) => _t.From + Date(p.Start) + _t.To + Date(p.End);

    private static string Date(LocalDate date) => date.Day.ToString("00", CultureInfo.InvariantCulture) + "/"
        + date.Month.ToString("00", CultureInfo.InvariantCulture) + "/" + ViNumber.Invariant(date.Year);

    private static string Roman(int n) => n switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    };

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => "fourth",
    };

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static string MonthName(int month) => Months[month - 1];

    private static string Index(decimal? index) => index is decimal i ? ViNumber.Fixed(i, 2) : "–";

    /// <summary>The signed change of an index: "+1,20", "−0,35", "0,00"; a dash when either is missing.</summary>
    private static string Signed(decimal? now, decimal? before)
    {
        if (now is not decimal a || before is not decimal b)
        {
            return "–";
        }

        decimal change = a - b;
        return change > 0 ? "+" + ViNumber.Fixed(change, 2) : change < 0 ? "−" + ViNumber.Fixed(-change, 2) : ViNumber.Fixed(0, 2);
    }

    private string ChangeText(decimal now, decimal before)
    {
        decimal change = now - before;
        string was = " (" + ViNumber.Fixed(before, 2) + ")";
        return change > 0 ? _t.Increase + ViNumber.Fixed(change, 2) + was : change < 0 ? _t.DecreaseWord + ViNumber.Fixed(-change, 2) + was : _t.Unchanged + was;
    }

    private int DueYear(Indicator indicator) => indicator.Target.Due?.Year ?? _summary.Result.Framework.Plan.End.Year;

    /// <summary>A value as people read it: yes/no, a percentage, or a number with its unit of measure, in the vi-VN style.</summary>
    private string Value(Indicator indicator, decimal value)
    {
        if (indicator.Measure == MeasureKind.YesNo)
        {
            return value != 0 ? _t.Yes : _t.No;
        }

        if (IsPercent(indicator))
        {
            return ViNumber.Short(value) + " %";
        }

        string unit = _t.Measure(indicator.UnitOfMeasure);
        return ViNumber.Short(value) + (unit.Length == 0 ? string.Empty : " " + unit);
    }

    private static bool IsPercent(Indicator indicator) => indicator.UnitOfMeasure == "%" || indicator.Measure is MeasureKind.Ratio or MeasureKind.Percentage;

    /// <summary>The target for the plan's end: "≥ 90 %", "có", or "giảm tối thiểu 10 % so với 2021 (≤ 45 đơn vị)".</summary>
    private string TargetText(IndicatorScore s)
    {
        var target = s.Indicator.Target;
        if (s.Indicator.Measure == MeasureKind.YesNo)
        {
            return target.Value != 0 ? _t.Yes : _t.No;
        }

        if (!target.IsBaselineRelative)
        {
            return Symbol(target.Comparison) + " " + Value(s.Indicator, target.Value);
        }

        string size = target.Change is TargetChange.RelativeReduction or TargetChange.RelativeIncrease
            ? ViNumber.Short(target.Value) + " %"
            : Value(s.Indicator, target.Value);
        string text = (target.Change is TargetChange.RelativeReduction or TargetChange.AbsoluteReduction ? _t.Reduce : _t.Raise) + size
            + _t.Against + (target.Baseline?.Period is ReportingPeriod b ? ViNumber.Invariant(b.Year) : target.Baseline?.Value is decimal v ? ViNumber.Short(v) : "–");
        return s.Target is decimal effective ? text + " (" + Symbol(target.Comparison) + " " + Value(s.Indicator, effective) + ")" : text;
    }

    private static string Symbol(Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "≥",
        Comparison.GreaterThan => ">",
        Comparison.AtMost => "≤",
        Comparison.LessThan => "<",
        _ => "=",
    };

    /// <summary>The unit's scorecard in the period compared with; null when there is none or it has no figure at all (nothing to compare).</summary>
    private Scorecard? Previous(string unitId) => _o.Previous?.Result.Find(unitId) is { Coverage.HasNoData: false } card ? card : null;

    private static int? Rank(ScoringSummary summary, string unitId) => summary.Ranking.FirstOrDefault(r => r.Scorecard.UnitId == unitId)?.Rank;

    private static string Upper(string text) => text.ToUpperInvariant();

    // ---------------------------------------------------------------- Word elements

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = Body.ToString(CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = Body.ToString(CultureInfo.InvariantCulture) },
                new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle())
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

    private static RunProperties Props(int size, bool bold = false, bool italic = false)
    {
        var props = new RunProperties();
        if (bold)
        {
            props.Append(new Bold(), new BoldComplexScript());
        }

        if (italic)
        {
            props.Append(new Italic(), new ItalicComplexScript());
        }

        props.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) });
        return props;
    }

    private static Run Run(string text, int size, bool bold = false, bool italic = false) =>
        new(Props(size, bold, italic), new Text(XmlSafe.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    private static Paragraph Para(ParagraphProperties props, params OpenXmlElement[] runs)
    {
        var p = new Paragraph(props);
        p.Append(runs);
        return p;
    }

    private static ParagraphProperties Center(int before = 0, int after = 0) => new(
        new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) },
        new Justification { Val = JustificationValues.Center });

    private static ParagraphProperties Plain(int before, int after) => new(
        new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });

    /// <summary>A body paragraph: justified, first line indented 1 cm, 6 pt after, lines at 1.1.</summary>
    private static Paragraph Text(string text) => Para(
        new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "567" },
            new Justification { Val = JustificationValues.Both }),
        Run(text, Body));

    private static Paragraph Heading(string text) => Para(
        new ParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = "120", After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "567" },
            new Justification { Val = JustificationValues.Both }),
        Run(text, Body, bold: true));

    private static Paragraph SubHeading(string text) => Para(
        new ParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = "60", After = "60", Line = "264", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "567" },
            new Justification { Val = JustificationValues.Both }),
        Run(text, Body, bold: true));

    /// <summary>A short horizontal rule: an empty paragraph with a top border, narrowed by equal indents on both sides (it spans the column's width less twice the indent).</summary>
    private static Paragraph Rule(int indent, int before = 60) => new(
        new ParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture), Right = indent.ToString(CultureInfo.InvariantCulture) },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" }, new FontSizeComplexScript { Val = "4" })));

    private static Table Table(IReadOnlyList<int> widths, bool borders, params TableRow[] rows)
    {
        var props = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center });
        if (borders)
        {
            props.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }));
        }

        props.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        props.Append(new TableCellMarginDefault(
            new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }));
        var table = new Table(props, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(rows);
        return table;
    }

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, int span = 1, bool shade = false, bool top = false)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }

        if (shade)
        {
            props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" });
        }

        props.Append(new TableCellVerticalAlignment { Val = top ? TableVerticalAlignmentValues.Top : TableVerticalAlignmentValues.Center });
        var cell = new TableCell(props);
        cell.Append(content);
        return cell;
    }

    private static TableRow HeaderRow(IReadOnlyList<int> widths, IReadOnlyList<string> headers)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (int i = 0; i < headers.Count; i++)
        {
            row.Append(Cell(widths[i], [Para(Center(), Run(headers[i], TableText, bold: true))], shade: true));
        }

        return row;
    }

    private static TableRow DataRow(IReadOnlyList<int> widths, IReadOnlyList<(string Text, bool Right)> cells, bool bold)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (int i = 0; i < cells.Count; i++)
        {
            var props = new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0" },
                new Justification { Val = cells[i].Right ? JustificationValues.Right : i == 0 ? JustificationValues.Center : JustificationValues.Left });
            row.Append(Cell(widths[i], [Para(props, Run(cells[i].Text, TableText, bold))]));
        }

        return row;
    }

    private static TableRow SpanRow(IReadOnlyList<int> widths, string text) => new(
        new TableRowProperties(new CantSplit()),
        Cell(widths.Sum(), [Para(Plain(0, 0), Run(text, TableText, bold: true))], span: widths.Count));
}

/// <summary>The letterhead's names, from the options or read from the unit in focus's Vietnamese name.</summary>
internal sealed class Letterhead
{
    private static readonly string[] Localities = [" thành phố ", " tỉnh "];

    private Letterhead(string parent, string agency, string code, string place, string head, IReadOnlyList<string> recipients)
    {
        Parent = parent;
        Agency = agency;
        Code = code;
        Place = place;
        Head = head;
        Recipients = recipients;
    }

    public string Parent { get; }

    public string Agency { get; }

    public string Code { get; }

    public string Place { get; }

    public string Head { get; }

    public IReadOnlyList<string> Recipients { get; }

    public static Letterhead Of(Scorecard focus, DocxReportOptions o, DocxTexts t)
    {
        string vi = focus.Unit?.Name.Vi ?? focus.UnitId;
        var (viAgency, marker, locality) = Split(vi);
        string agency = o.Agency ?? (t.Language == Language.Vi ? viAgency : focus.Unit?.Name.En ?? focus.UnitId);
        string parent = o.ParentAgency ?? (locality is null ? string.Empty
            : t.Language == Language.Vi ? t.InferredParent + marker + " " + locality
            : locality + (marker == "tỉnh" ? " Provincial" : " City") + " People's Committee");
        string code = o.AgencyCode ?? Initials(o.Agency ?? viAgency);
        string place = o.Place ?? locality ?? t.Dots;
        bool department = (o.Agency ?? viAgency).StartsWith("Sở ", StringComparison.Ordinal);
        string[] recipients = parent.Length > 0 ? [parent + t.Through, t.Archive] : [t.HomeAffairs, t.Archive];
        return new Letterhead(parent, agency, code, place, department ? t.Head : t.HeadOther, recipients);
    }

    /// <summary>"Sở Giao thông vận tải tỉnh Tiền Giang" → ("Sở Giao thông vận tải", "tỉnh", "Tiền Giang"); a name without a locality as it is.</summary>
    internal static (string Agency, string? Marker, string? Locality) Split(string name)
    {
        foreach (string marker in Localities)
        {
            int at = name.LastIndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at + marker.Length < name.Length)
            {
                return (name[..at].Trim(), marker.Trim(), name[(at + marker.Length)..].Trim());
            }
        }

        return (name.Trim(), null, null);
    }

    /// <summary>The initials of the words, in capitals: "Sở Giao thông vận tải" → "SGTVT"; "Văn phòng Sở" → "VPS".</summary>
    internal static string Initials(string name)
    {
        var letters = name.Split([' ', '-', '–', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetter(w[0]))
            .Select(w => char.ToUpperInvariant(w[0]))
            .ToArray();
        return letters.Length == 0 ? "…" : new string(letters);
    }
}
