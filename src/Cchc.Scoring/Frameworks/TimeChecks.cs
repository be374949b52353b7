using Cchc.Scoring.Serialization;
using System.Linq;

namespace Cchc.Scoring;

/// <summary>The checks of an indicator's time settings (period roll-up, milestones), called by <see cref="Framework.Validate()"/>.</summary>
internal static class TimeChecks
{
    public static void CheckIndicator(Framework framework, Indicator indicator, string path, ProblemBag bag)
    {
        if (indicator.PeriodRollUp is PeriodRollUpMethod method && !PeriodRollUpMethods.Fits(method, indicator.Measure))
        {
            bag.Error(
                ProblemCodes.RollUpMismatch,
                path + ".periodRollUp",
                "A " + FileNames.Of(indicator.Measure) + " cannot be rolled up by '" + FileNames.Of(method) + "'; use "
                + string.Join(", ", System.Enum.GetValues<PeriodRollUpMethod>().Where(m => PeriodRollUpMethods.Fits(m, indicator.Measure)).Select(m => "'" + FileNames.Of(m) + "'")) + ".");
        }

        var target = indicator.Target;
        if (target.Milestones.Count == 0)
        {
            return;
        }

        int first = framework.BaselineYearOf(indicator);
        int due = framework.DueDateOf(indicator).Year;
        for (int m = 0; m < target.Milestones.Count; m++)
        {
            int year = target.Milestones[m].Year;
            if (year <= first || year >= due)
            {
                bag.Error(ProblemCodes.InvalidTarget, path + ".target.milestones", "A milestone's year lies after the baseline year " + Num.Format(first) + " and before the due year " + Num.Format(due) + " (" + Num.Format(year) + " does not).");
            }
            else if (m > 0 && target.Milestones[m - 1].Year == year)
            {
                bag.Error(ProblemCodes.Duplicate, path + ".target.milestones", "Two milestones for " + Num.Format(year) + ".");
            }
        }
    }
}
