namespace Cchc.Scoring.Reports;

/// <summary>How a report is written: its language. What it shows (the unit in focus) is chosen by <see cref="ScoringSummary.Create"/>.</summary>
public sealed class ReportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="language">The language of labels and names (Vietnamese by default). Numbers are always written in the vi-VN style in HTML.</param>
    public ReportOptions(Language language = Language.Vi)
    {
        Language = language;
    }

    /// <summary>The options by default: Vietnamese.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The language.</summary>
    public Language Language { get; }

    /// <summary>
    /// A sensitivity analysis of the same job (<see cref="SensitivityAnalysis.Run"/>), or null: when given, the HTML
    /// report gets a section of rank intervals and class probabilities (<c>docs/reports.md</c>) and the workbook a sheet
    /// of rank intervals, class probabilities and variance shares. The reports only show it.
    /// </summary>
    public SensitivityResult? Sensitivity { get; init; }
}
