using System;
using Cchc.Scoring.Serialization;
using NodaTime;

namespace Cchc.Scoring.Forms;

/// <summary>How a fill-in form is written (<see cref="SubmissionForm.Render(Framework, ReportingPeriod, Unit, FormOptions?)"/>).</summary>
public sealed class FormOptions
{
    /// <summary>The language of the labels; Vietnamese by default. Indicator names are always given in Vietnamese, and in English too when the form is in English.</summary>
    public Language Language { get; init; } = Language.Vi;

    /// <summary>
    /// Submissions from which the unit's previous value of each indicator is shown for reference (the figure of the
    /// latest period of the same kind before the form's period, as last revised); null for none.
    /// </summary>
    public SubmissionSet? Previous { get; init; }

    /// <summary>
    /// Submissions to fill the form with (sample or already known figures): the latest revision of each indicator for
    /// the unit and period is entered, and the latest of their recorded-at instants; null for an empty form.
    /// </summary>
    public SubmissionSet? Filled { get; init; }

    /// <summary>The unit's ancestors, declared in the form so that a form read back carries the hierarchy; null for none.</summary>
    public UnitHierarchy? Units { get; init; }
}

/// <summary>How forms and CSV files are read.</summary>
public sealed class FormReadOptions
{
    /// <summary>The default options.</summary>
    public static FormReadOptions Default { get; } = new();

    /// <summary>The bounds of the reader: <see cref="ReadLimits.MaxDocumentBytes"/> bounds the file and the bytes decompressed from it, <see cref="ReadLimits.MaxSubmissions"/> the rows, <see cref="ReadLimits.MaxTextLength"/> a cell's text.</summary>
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>When given, a form for another period is a <c>form-mismatch</c> error.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>
    /// The offset of local time used for dates and times that carry none (a date typed into a form, a CSV
    /// <c>recordedAt</c> without <c>Z</c>); null for the framework's deadline offset (+07:00 by default).
    /// </summary>
    public Offset? UtcOffset { get; init; }

    /// <summary>The most shared strings a workbook may hold (default 1,000,000); more is <c>limit-exceeded</c>.</summary>
    public int MaxSharedStrings { get; init; } = 1_000_000;

    /// <summary>The most characters all shared strings of a workbook may hold together (default 16,777,216); more is <c>limit-exceeded</c>.</summary>
    public long MaxSharedStringChars { get; init; } = 16L * 1024 * 1024;

    internal Offset OffsetFor(Framework framework) =>
        UtcOffset ?? framework.Deadline?.UtcOffset ?? SubmissionDeadline.VietnamOffset;
}
