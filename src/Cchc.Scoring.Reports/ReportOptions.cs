using System;

namespace Cchc.Scoring.Reports;

/// <summary>What a report shows and in which language.</summary>
public sealed class ReportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="language">The language of labels and names (Vietnamese by default). Numbers are always written in the vi-VN style in HTML.</param>
    /// <param name="unitId">
    /// The unit the report is about (its index, class, indicators and trajectories are shown in detail); null for the
    /// department: the one declared unit without a parent that has units reporting to it, else the first unit.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is empty.</exception>
    public ReportOptions(Language language = Language.Vi, string? unitId = null)
    {
        if (unitId is not null && unitId.Length == 0)
        {
            throw new ArgumentException("The unit identifier is empty.", nameof(unitId));
        }

        Language = language;
        UnitId = unitId;
    }

    /// <summary>The options by default: Vietnamese, the department.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The language.</summary>
    public Language Language { get; }

    /// <summary>The unit asked for, or null for the department.</summary>
    public string? UnitId { get; }
}
