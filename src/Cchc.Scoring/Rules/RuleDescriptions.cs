using System;
using System.Linq;

namespace Cchc.Scoring.Rules;

/// <summary>
/// What a scoring rule does, in words a person reads, in Vietnamese and English: <c>tỉ lệ thuận với mức đạt</c> /
/// <c>proportional to attainment</c>, goalposts with their floor, steps and breakpoints with their points. Numbers are
/// written the way each language writes them. A rule kind the library does not know is described by its kind and its
/// parameters as written in the framework file.
/// </summary>
public static class RuleDescriptions
{
    /// <summary>Describes a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The description in both languages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static LocalizedText Of(IScoringRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new LocalizedText(Describe(rule, Language.Vi), Describe(rule, Language.En));
    }

    /// <summary>A rule's short name inside a sentence (<c>tỉ lệ thuận</c> / <c>proportional</c>): the kind for English and for kinds the library does not know.</summary>
    internal static string ShortName(IScoringRule rule, Language language) => language != Language.Vi ? rule.Kind : rule switch
    {
        ThresholdRule => "đạt hay không đạt",
        ProportionalRule => "tỉ lệ thuận",
        GoalpostsRule => "tuyến tính từ mức sàn",
        StepsRule => "theo bậc",
        PiecewiseRule => "theo các mốc",
        YesNoRule => "có/không",
        TrackedRule => "chỉ theo dõi",
        _ => rule.Kind,
    };

    private static string Describe(IScoringRule rule, Language lang)
    {
        bool vi = lang == Language.Vi;
        string P(decimal points) => Num.Format(points, lang) + (vi ? " điểm" : points == 1 ? " point" : " points");
        string Points(System.Collections.Generic.IEnumerable<Breakpoint> list) =>
            string.Join("; ", list.Select(b => Num.Format(b.At, lang) + " → " + P(b.Points)));
        return rule switch
        {
            ThresholdRule => vi ? "đạt mục tiêu được điểm tối đa, không đạt được 0 điểm" : "all or nothing: full points when the target is met, else 0",
            ProportionalRule => vi ? "tỉ lệ thuận với mức đạt" : "proportional to attainment",
            GoalpostsRule { FloorIsBaseline: true } => vi
                ? "tuyến tính từ giá trị gốc (0 điểm) đến mục tiêu (điểm tối đa)"
                : "linear from the baseline (0 points) to the target (full points)",
            GoalpostsRule g => vi
                ? "tuyến tính từ mức sàn " + Num.Format(g.Floor, lang) + " (0 điểm) đến mục tiêu (điểm tối đa)"
                : "linear from the floor " + Num.Format(g.Floor, lang) + " (0 points) to the target (full points)",
            StepsRule s => (vi ? "theo bậc: " : "steps: ") + Points(s.Steps),
            PiecewiseRule { Interpolation: Interpolation.Step } p => (vi ? "bậc thang qua các mốc: " : "stairs through the breakpoints: ") + Points(p.Breakpoints),
            PiecewiseRule p => (vi ? "tuyến tính qua các mốc: " : "linear through the breakpoints: ") + Points(p.Breakpoints),
            YesNoRule => vi ? "câu trả lời đúng yêu cầu được điểm tối đa, sai được 0 điểm" : "full points for the answer asked for, else 0",
            TrackedRule => vi ? "chỉ theo dõi, không tính điểm" : "tracked only, earns no points",
            _ => rule.Kind + " " + RuleParameters.Write(rule),
        };
    }
}
