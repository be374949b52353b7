using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>
/// The built-in sample with more units: each declared under the department SO with a name of its own, and each with a
/// copy of the VP office's submissions (as the reliability report built its 250 to 5,000 units).
/// </summary>
internal static class ManyUnits
{
    /// <summary>The sample with <paramref name="count"/> units U00000, U00001, … added, named by <paramref name="name"/>.</summary>
    public static SubmissionSet Submissions(int count, System.Func<int, LocalizedText>? name = null, System.Func<int, string>? id = null, System.Func<Submission, SubmissionOptions>? options = null)
    {
        var sample = Sample.Submissions;
        var office = sample.Units.Find("VP")!;
        var units = sample.Units.Units.ToList();
        var submissions = sample.Submissions.ToList();
        var copied = sample.Submissions.Where(s => s.UnitId == "VP").ToArray();
        for (int i = 0; i < count; i++)
        {
            string unit = id?.Invoke(i) ?? "U" + i.ToString("D5", CultureInfo.InvariantCulture);
            units.Add(new Unit(unit, name?.Invoke(i) ?? new LocalizedText("Đơn vị " + i.ToString(CultureInfo.InvariantCulture), "Unit " + i.ToString(CultureInfo.InvariantCulture)), office.Kind, "SO"));
            submissions.AddRange(copied.Select(s => new Submission(
                unit,
                s.Period,
                s.IndicatorCode,
                s.Measurement,
                s.RecordedAt,
                options?.Invoke(s) ?? new SubmissionOptions { Note = s.Note, Evidence = s.Evidence, SelfAssessedPoints = s.SelfAssessedPoints, AppraisedPoints = s.AppraisedPoints })));
        }

        return new SubmissionSet(submissions, UnitHierarchy.Create(units).GetValueOrThrow(), sample.Adjustments);
    }

    /// <summary>The summary of 2025 for <paramref name="submissions"/>, SO in focus.</summary>
    public static ScoringSummary Summary(SubmissionSet submissions) => ScoringSummary.Create(Sample.Score(submissions: submissions), submissions, "SO");
}
