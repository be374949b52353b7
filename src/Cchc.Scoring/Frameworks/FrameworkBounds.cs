using System;

namespace Cchc.Scoring;

/// <summary>
/// The bounds of every number a framework holds (<c>docs/formats.md</c>, "Bounds of framework numbers"), chosen so that
/// no sum, product or resolution in validation, scoring, baselines or trajectories can overflow <see cref="decimal"/>:
/// points within 10^6, target, baseline and milestone values within ±10^15 like submission figures, a relative change
/// within 10,000 %. <see cref="Framework.Validate()"/> reports a number beyond them as <see cref="ProblemCodes.OutOfRange"/>
/// at its path; the scorer and the trajectories refuse such a framework (built in code) with the same problems.
/// </summary>
internal static class FrameworkBounds
{
    /// <summary>The largest points: an indicator's, the declared total, a cap, a band's lowest index, an adjustment.</summary>
    public const decimal MaxPoints = 1_000_000m;

    /// <summary>The largest magnitude of a target, baseline, milestone or rule parameter value (as for submission figures).</summary>
    public const decimal MaxValue = MeasurementChecks.MaxMagnitude;

    /// <summary>The largest relative change of a target or milestone, in percent.</summary>
    public const decimal MaxPercentChange = 10_000m;

    /// <summary>Reports <paramref name="value"/> when its magnitude passes <paramref name="max"/>; true when it is within.</summary>
    public static bool Check(decimal value, decimal max, string path, string what, ProblemBag bag)
    {
        if (Math.Abs(value) <= max)
        {
            return true;
        }

        bag.Error(ProblemCodes.OutOfRange, path, what + " " + Num.Format(value) + " is beyond the bound of ±" + Num.Format(max) + " for framework numbers (docs/formats.md): no real plan needs it, and sums and products of it could not be computed.");
        return false;
    }

    /// <summary>Every number of <paramref name="framework"/> beyond its bound, reported at its path; true when all are within.</summary>
    public static bool Check(Framework framework, ProblemBag bag)
    {
        bool ok = Check(framework.TotalPoints, MaxPoints, "$.totalPoints", "The total", bag);
        ok &= Check(framework.MaxBonus, MaxPoints, "$.adjustmentCaps.maxBonus", "The bonus cap", bag);
        ok &= Check(framework.MaxDeduction, MaxPoints, "$.adjustmentCaps.maxDeduction", "The deduction cap", bag);
        for (int b = 0; b < framework.Bands.Count; b++)
        {
            ok &= Check(framework.Bands[b].MinIndex, MaxPoints, ProblemBag.Index("$.bands", b) + ".min", "The lowest index", bag);
        }

        for (int a = 0; a < framework.Areas.Count; a++)
        {
            for (int i = 0; i < framework.Areas[a].Indicators.Count; i++)
            {
                ok &= Check(framework.Areas[a].Indicators[i], ProblemBag.Index(ProblemBag.Index("$.areas", a) + ".indicators", i), bag);
            }
        }

        return ok;
    }

    private static bool Check(Indicator indicator, string path, ProblemBag bag)
    {
        var target = indicator.Target;
        bool relative = target.Change is TargetChange.RelativeIncrease or TargetChange.RelativeReduction;
        decimal valueMax = relative ? MaxPercentChange : MaxValue;
        string valueWhat = relative ? "The relative change (%)" : "The value";
        bool ok = Check(indicator.MaxPoints, MaxPoints, path + ".points", "The points", bag);
        ok &= Check(target.Value, valueMax, path + ".target.value", valueWhat, bag);
        if (target.Baseline?.Value is decimal baseline)
        {
            ok &= Check(baseline, MaxValue, path + ".target.baseline.value", "The baseline", bag);
        }

        for (int m = 0; m < target.Milestones.Count; m++)
        {
            ok &= Check(target.Milestones[m].Value, valueMax, ProblemBag.Index(path + ".target.milestones", m) + ".value", valueWhat, bag);
        }

        return ok;
    }
}
