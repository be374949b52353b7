using System.Collections.Generic;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring.Reports;

/// <summary>
/// What the periodic report document needs beyond the scores: the language, the letterhead (the parent agency, the
/// issuing agency and its abbreviation, the number, the place and the date), the period compared with, the follow-up
/// of reporting, the recipients and the signature. Everything is optional: what is not given is read from the unit in
/// focus (see <see cref="DocxReport"/>) or left as dots to fill in by hand.
/// </summary>
public sealed class DocxReportOptions
{
    /// <summary>The options by default: Vietnamese, everything read from the unit in focus.</summary>
    public static DocxReportOptions Default { get; } = new();

    /// <summary>The language of the text (Vietnamese by default). Numbers are always written in the vi-VN style.</summary>
    public Language Language { get; init; } = Language.Vi;

    /// <summary>
    /// The parent agency (cơ quan chủ quản), e.g. <c>UBND tỉnh Tiền Giang</c>, written in capitals above the issuing
    /// agency; null to read it from the agency's name (<c>… tỉnh Tiền Giang</c> gives <c>UBND tỉnh Tiền Giang</c>),
    /// empty for none.
    /// </summary>
    public string? ParentAgency { get; init; }

    /// <summary>
    /// The issuing agency, e.g. <c>Sở Giao thông vận tải</c>, written in bold capitals; null for the name of the unit in
    /// focus without its locality (<c>Sở Giao thông vận tải tỉnh Tiền Giang</c> gives <c>Sở Giao thông vận tải</c>).
    /// </summary>
    public string? Agency { get; init; }

    /// <summary>
    /// The agency's abbreviation in the number line (<c>Số: …/BC-SGTVT</c>); null for the initials of the agency's words
    /// (<c>Sở Giao thông vận tải</c> gives <c>SGTVT</c>).
    /// </summary>
    public string? AgencyCode { get; init; }

    /// <summary>The document's number (<c>15</c> in <c>Số: 15/BC-SGTVT</c>); null to leave dots for the clerk.</summary>
    public string? Number { get; init; }

    /// <summary>The place in the date line (<c>Tiền Giang</c>); null for the locality of the agency's name, else dots.</summary>
    public string? Place { get; init; }

    /// <summary>The date of the document; null to leave dots (<c>ngày … tháng … năm …</c>). The report never reads a clock.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>
    /// The scoring of the period compared with (the same quarter or half-year of the year before, the year before; see
    /// <see cref="ReportingPeriod.InYear"/>), or null for no comparison (an ad hoc report).
    /// </summary>
    public ScoringSummary? Previous { get; init; }

    /// <summary>
    /// Who has reported and who still owes figures (e.g. <see cref="ReportingFollowUp.From(ReportingStatus)"/>); null to
    /// read it from the summary's reporting status when it has one (<see cref="ScoringSummary.ReportingStatus"/>), else
    /// from the scorecards (<see cref="ReportingFollowUp.FromScorecards"/>).
    /// </summary>
    public ReportingFollowUp? FollowUp { get; init; }

    /// <summary>
    /// The recipients (Nơi nhận), one per line without the leading dash and the closing punctuation; null for the
    /// parent agency through the Department of Home Affairs and the archive (<c>Lưu: VT, VP</c>).
    /// </summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    /// <summary>
    /// The signing authority, one or more lines (<c>KT. GIÁM ĐỐC</c>, <c>PHÓ GIÁM ĐỐC</c>); null for the head of the agency
    /// (<c>GIÁM ĐỐC</c> for a <c>Sở</c>).
    /// </summary>
    public IReadOnlyList<string>? SignatureTitle { get; init; }

    /// <summary>The signer's full name; null to leave the place empty.</summary>
    public string? Signer { get; init; }
}
