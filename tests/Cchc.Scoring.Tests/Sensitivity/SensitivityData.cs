using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Sensitivity;

/// <summary>Frameworks and submissions for sensitivity tests and benchmarks, generated deterministically.</summary>
internal static class SensitivityData
{
    /// <summary>
    /// A framework of <paramref name="areas"/> areas of <paramref name="perArea"/> ratio indicators each, equal points
    /// adding up to 100, target ≥ 100 %, proportional rule (points = percentage × points ÷ 100).
    /// </summary>
    public static Framework Framework(int areas, int perArea, RoundingPolicy? rounding = null)
    {
        int count = areas * perArea;
        decimal points = 100m / count;
        var list = Enumerable.Range(0, areas).Select(a => new Area(
            "A" + (a + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Text("A"),
            Enumerable.Range(0, perArea).Select(i => new Indicator(
                Code(a, i, perArea),
                Text("I"),
                MeasureKind.Ratio,
                "%",
                new Target(Comparison.AtLeast, 100),
                ProportionalRule.Instance,
                points)))).ToArray();
        return TestData.Framework(rounding, list);
    }

    /// <summary>
    /// <see cref="Framework(int, int, RoundingPolicy?)"/> whose last indicator is survey-only, with the survey
    /// optional (<see cref="FrameworkOptions.SurveyOptional"/>) unless <paramref name="optional"/> is false.
    /// </summary>
    public static Framework SurveyFramework(int areas, int perArea, RoundingPolicy? rounding = null, bool optional = true)
    {
        var f = Framework(areas, perArea, rounding);
        string last = f.Indicators.Last().Code;
        var list = f.Areas.Select(a => new Area(a.Code, a.Name, a.Indicators.Select(i => new Indicator(
            i.Code, i.Name, i.Measure, i.UnitOfMeasure, i.Target, i.Rule, i.MaxPoints, new IndicatorOptions { SurveyOnly = i.Code == last })))).ToArray();
        return new Framework(f.Id, f.Version, f.Name, f.Plan, f.Calendar, f.Rounding, f.TotalPoints, f.Bands, list, new FrameworkOptions { SurveyOptional = optional });
    }

    /// <summary><see cref="Submissions"/> without the survey-only indicators' submissions of every third unit (by a hash of the unit): those units hold no survey.</summary>
    public static SubmissionSet SurveySubmissions(Framework framework, int units, ulong salt = 0)
    {
        var survey = framework.Indicators.Where(i => i.IsSurveyOnly).Select(i => i.Code).ToHashSet(System.StringComparer.Ordinal);
        return new SubmissionSet(Submissions(framework, units, salt).Submissions.Where(s => !survey.Contains(s.IndicatorCode)
            || CounterRandom.Bits(salt + 1, int.Parse(s.UnitId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture), 0) % 3 != 0));
    }

    /// <summary>The same submissions without any of the survey-only indicators: every unit holds no survey.</summary>
    public static SubmissionSet WithoutSurvey(Framework framework, SubmissionSet set)
    {
        var survey = framework.Indicators.Where(i => i.IsSurveyOnly).Select(i => i.Code).ToHashSet(System.StringComparer.Ordinal);
        return new SubmissionSet(set.Submissions.Where(s => !survey.Contains(s.IndicatorCode)));
    }

    public static string Code(int area, int i, int perArea) => "I" + ((area * perArea) + i + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One submission per unit and indicator for 2025: numerator 50–100 of 100 from a SplitMix64 hash of (unit, indicator).</summary>
    public static SubmissionSet Submissions(Framework framework, int units, ulong salt = 0)
    {
        var list = new List<Submission>();
        var codes = framework.Indicators.Select(i => i.Code).ToArray();
        for (int u = 0; u < units; u++)
        {
            string unit = "U" + u.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            for (int i = 0; i < codes.Length; i++)
            {
                ulong h = CounterRandom.Bits(salt, u, i);
                list.Add(Submission(unit, "2025", codes[i], Measurement.Ratio(50 + (decimal)(h % 5001) / 100, 100)));
            }
        }

        return new SubmissionSet(list);
    }

    public static ScoringRequest Request { get; } = new(Period("2025"));
}
