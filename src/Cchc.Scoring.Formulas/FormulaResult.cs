namespace Cchc.Scoring.Formulas;

/// <summary>The points a formula gives for some inputs, and whether they were computed or are 0 for a reason.</summary>
public readonly struct FormulaResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="points">The points (0 unless <paramref name="status"/> is <see cref="FormulaStatus.Computed"/>).</param>
    /// <param name="status">How the points were obtained.</param>
    public FormulaResult(decimal points, FormulaStatus status)
    {
        Points = points;
        Status = status;
    }

    /// <summary>The points, unrounded and unclamped (the scorer clamps them to [0, maximum]).</summary>
    public decimal Points { get; }

    /// <summary>How the points were obtained.</summary>
    public FormulaStatus Status { get; }
}
