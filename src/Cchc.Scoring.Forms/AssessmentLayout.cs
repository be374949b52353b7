using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime.Text;

namespace Cchc.Scoring.Forms;

/// <summary>The layout of an assessment form: the keys and columns of <see cref="FormLayout"/>, with a stage and an evidence table.</summary>
internal static class AssessmentLayout
{
    public const string Format = "cchc-assessment-form";
    public const string FormatVersion = "1";
    public const string StageKey = "cchc:stage";
    public const string EvidenceColumnsKey = "cchc:evidenceColumns";
    public const string EvidenceKeyPrefix = "cchc:evidence:";

    /// <summary>The machine names of the criteria columns, in the order written (column B onwards).</summary>
    public static readonly string[] Columns = ["area", "code", "name", "maxPoints", "requiredEvidence", "self", "history", "points", "text", "accepted"];

    /// <summary>The machine names of the evidence columns, in the order written (column B onwards).</summary>
    public static readonly string[] EvidenceColumns = ["code", "meets", "title", "documentNumber", "documentDate", "file", "sha256", "url"];

    /// <summary>The stage as the metadata and the keys name it: <c>self</c>, <c>appraisal:2:council</c>, <c>explanation:1</c>.</summary>
    public static string StageTag(AssessmentFormStage stage, int round, AssessorRole appraiser) => stage switch
    {
        AssessmentFormStage.SelfAssessment => "self",
        AssessmentFormStage.Appraisal => "appraisal:" + round.ToString(CultureInfo.InvariantCulture) + ":" + (appraiser == AssessorRole.Council ? "council" : "appraisalTeam"),
        _ => "explanation:" + round.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a stage tag back, or null when it is not one.</summary>
    public static (AssessmentFormStage Stage, int Round, AssessorRole Appraiser)? ParseStage(string tag)
    {
        string[] parts = tag.Split(':');
        int round = 1;
        if (parts.Length > 1 && !(int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out round) && round is >= 1 and <= 100))
        {
            return null;
        }

        return (parts[0], parts.Length) switch
        {
            ("self", 1) => (AssessmentFormStage.SelfAssessment, 1, AssessorRole.Unit),
            ("appraisal", 3) when parts[2] is "council" or "appraisalTeam" => (AssessmentFormStage.Appraisal, round, parts[2] == "council" ? AssessorRole.Council : AssessorRole.AppraisalTeam),
            ("explanation", 2) => (AssessmentFormStage.Explanation, round, AssessorRole.Unit),
            _ => null,
        };
    }

    /// <summary>The key of a criterion's row: its code and a check of the form and stage it belongs to.</summary>
    public static string RowKey(string frameworkId, string version, string unitId, string period, string stage, string code) =>
        FormLayout.RowKeyPrefix + code + ":" + FormLayout.RowCheck(frameworkId, version, unitId, period + "|" + stage, code);

    /// <summary>The key of the evidence row <paramref name="number"/> (from 1).</summary>
    public static string EvidenceKey(string frameworkId, string version, string unitId, string period, string stage, int number) =>
        EvidenceKeyPrefix + number.ToString(CultureInfo.InvariantCulture) + ":" + FormLayout.RowCheck(frameworkId, version, unitId, period + "|" + stage, "#" + number.ToString(CultureInfo.InvariantCulture));

    /// <summary>The criteria of a unit's assessment: those with points that apply to its kind, in the framework's order.</summary>
    public static IReadOnlyList<(Area Area, Indicator Indicator)> Criteria(Framework framework, Unit unit) =>
        FormWriter.Due(framework, unit).Where(x => !x.Indicator.IsTrackedOnly).ToArray();
}

/// <summary>The words of an assessment form, in Vietnamese and English.</summary>
internal sealed class AssessmentTexts
{
    private readonly FormTexts _form;

    private AssessmentTexts(Language language)
    {
        Language = language;
        _form = FormTexts.For(language);
    }

    public Language Language { get; }

    public FormTexts Form => _form;

    public static AssessmentTexts For(Language language) => new(language);

    private string T(string vi, string en) => Language == Language.Vi ? vi : en;

    public string Title(AssessmentFormStage stage) => stage switch
    {
        AssessmentFormStage.SelfAssessment => T("PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CẢI CÁCH HÀNH CHÍNH", "ADMINISTRATIVE REFORM SELF-ASSESSMENT FORM"),
        AssessmentFormStage.Appraisal => T("PHIẾU THẨM ĐỊNH KẾT QUẢ TỰ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH", "ADMINISTRATIVE REFORM APPRAISAL FORM"),
        _ => T("PHIẾU GIẢI TRÌNH KẾT QUẢ THẨM ĐỊNH", "EXPLANATION OF THE APPRAISAL RESULT"),
    };

    public string StageLabel => T("Giai đoạn", "Stage");

    public string Stage(AssessmentFormStage stage, int round, AssessorRole appraiser) => stage switch
    {
        AssessmentFormStage.SelfAssessment => T("Tự đánh giá của đơn vị", "The unit's self-assessment"),
        AssessmentFormStage.Appraisal => T("Thẩm định vòng ", "Appraisal round ") + Num(round) + " (" + Role(appraiser) + ")",
        _ => T("Giải trình sau thẩm định vòng ", "Explanation after appraisal round ") + Num(round),
    };

    public string Role(AssessorRole role) => role switch
    {
        AssessorRole.Unit => T("đơn vị", "unit"),
        AssessorRole.AppraisalTeam => T("tổ thẩm định", "appraisal team"),
        _ => T("hội đồng thẩm định", "council"),
    };

    public string Header(string column, AssessmentFormStage stage, int round) => column switch
    {
        "area" => Glossary.Area.Get(Language),
        "code" => T("Mã", "Code"),
        "criterion" => T("Mã tiêu chí", "Criterion code"),
        "name" => T("Tiêu chí", "Criterion"),
        "maxPoints" => T("Điểm tối đa", "Maximum points"),
        "requiredEvidence" => T("Tài liệu kiểm chứng yêu cầu", "Evidence required"),
        "self" => T("Điểm tự đánh giá", "Self-assessed points"),
        "history" => T("Các vòng trước", "Earlier rounds"),
        "points" => stage switch
        {
            AssessmentFormStage.SelfAssessment => T("Điểm tự chấm", "Points (self-assessed)"),
            AssessmentFormStage.Appraisal => T("Điểm thẩm định vòng ", "Points of round ") + Num(round),
            _ => T("Điểm (không nhập)", "Points (not entered)"),
        },
        "text" => stage switch
        {
            AssessmentFormStage.SelfAssessment => T("Thuyết minh, ghi chú", "Explanation, note"),
            AssessmentFormStage.Appraisal => T("Nhận xét của đoàn thẩm định", "The appraisers' comment"),
            _ => T("Nội dung giải trình", "The explanation"),
        },
        "accepted" => T("Chấp nhận giải trình (Có/Không)", "Explanation accepted (Yes/No)"),
        "meets" => T("Đáp ứng yêu cầu (mã)", "Meets (required item)"),
        "title" => T("Tên tài liệu", "Title"),
        "documentNumber" => T("Số, ký hiệu văn bản", "Document number"),
        "documentDate" => T("Ngày văn bản (yyyy-mm-dd)", "Document date (yyyy-mm-dd)"),
        "file" => T("Tên tệp", "File name"),
        "sha256" => T("Mã băm SHA-256 (cchc evidence hash)", "SHA-256 (cchc evidence hash)"),
        "url" => T("Đường dẫn (http/https)", "Link (http/https)"),
        _ => column,
    };

    public string EvidenceTitle => T("TÀI LIỆU KIỂM CHỨNG (mỗi dòng một tài liệu; ghi mã tiêu chí)", "EVIDENCE (one reference per line; give the criterion's code)");

    public string SurveyOnly => T("Chấm từ kết quả khảo sát, đơn vị không tự chấm", "Scored from survey results; not self-assessed");

    public string None => T("(không)", "(none)");

    public string Entry(AssessmentEntry e)
    {
        string what = e.Kind switch
        {
            AssessmentEntryKind.SelfAssessment => T("Tự đánh giá", "Self-assessment"),
            AssessmentEntryKind.Withdrawal => T("Rút lại", "Withdrawal"),
            AssessmentEntryKind.Resubmission => T("Nộp lại", "Resubmission"),
            AssessmentEntryKind.Appraisal => T("Vòng ", "Round ") + Num(e.Round ?? 0) + " (" + Role(e.Author) + ")",
            AssessmentEntryKind.Explanation => T("Giải trình", "Explanation") + (e.Accepted switch { true => T(" (được chấp nhận)", " (accepted)"), false => T(" (không chấp nhận)", " (not accepted)"), _ => string.Empty }),
            AssessmentEntryKind.FinalDecision => T("Quyết định cuối cùng", "Final decision"),
            _ => T("Công bố", "Publication"),
        };
        return InstantPattern.General.Format(e.RecordedAt)[..10] + " " + what
            + (e.Points is decimal p ? ": " + Num(p) : string.Empty)
            + (string.IsNullOrEmpty(e.Text) ? string.Empty : " — " + e.Text);
    }

    public static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
