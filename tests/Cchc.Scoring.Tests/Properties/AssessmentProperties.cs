using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Assessments;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cchc.Scoring.Tests.Properties;

/// <summary>Random assessment entries (legal and illegal sequences alike), the same in another order, one more entry recorded later than an instant, and that instant.</summary>
public sealed record AssessmentCase(AssessmentEntry[] Entries, AssessmentEntry[] Shuffled, AssessmentEntry Later, Instant AsOf)
{
    public override string ToString() => AssessmentJson.Write(new AssessmentRecords(Entries)) + "later: " + Later + "\nas of " + AsOf;
}

[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class AssessmentProperties
{
    private static readonly string[] Units = ["SNV", "STC"];
    private static readonly string[] Indicators = ["I1", "I2"];

    private static string InForceText(AssessmentRecords records, Instant? asOf) =>
        string.Join(
            "\n",
            from u in Units
            from i in Indicators
            let p = records.InForce(u, AppraisalData.Year, i, asOf)
            select u + " " + i + " " + (p is null ? "-" : p.ToString() + " " + p.RecordedAt + " " + p.IsPublished));

    [CheckedProperty]
    public bool AsOf_NeverSeesALaterEntry(AssessmentCase c)
    {
        var records = new AssessmentRecords(c.Entries);
        return Units.All(u => Indicators.All(i => records.InForce(u, AppraisalData.Year, i, c.AsOf) is not { } p
            || (p.RecordedAt <= c.AsOf && (p.SelfAssessment is null || p.SelfAssessment.RecordedAt <= c.AsOf))));
    }

    [CheckedProperty]
    public bool AddingALaterEntry_NeverChangesAnEarlierResult(AssessmentCase c)
    {
        var before = new AssessmentRecords(c.Entries);
        var after = new AssessmentRecords([.. c.Entries, c.Later]);
        return InForceText(before, c.AsOf) == InForceText(after, c.AsOf);
    }

    [CheckedProperty]
    public bool OrderOfEntries_DoesNotMatter(AssessmentCase c)
    {
        var one = new AssessmentRecords(c.Entries);
        var other = new AssessmentRecords(c.Shuffled);
        return InForceText(one, c.AsOf) == InForceText(other, c.AsOf)
            && InForceText(one, null) == InForceText(other, null)
            && AssessmentJson.Write(one) == AssessmentJson.Write(other)
            && string.Join("\n", one.Validate()) == string.Join("\n", other.Validate());
    }

    [CheckedProperty]
    public bool OrderOfEntriesInTheFile_DoesNotMatter(AssessmentCase c)
    {
        // The file lists the entries in the shuffled order: the records read are the same as from the canonical file.
        string canonical = AssessmentJson.Write(new AssessmentRecords(c.Entries));
        string shuffled = "{ \"entries\": [" + string.Join(", ", c.Shuffled.Select(e => One(AssessmentJson.Write(new AssessmentRecords([e]))))) + "] }";
        var a = AssessmentJson.Read(canonical, AppraisalData.Plan);
        var b = AssessmentJson.Read(shuffled, AppraisalData.Plan);
        return a.Problems.Select(p => p.Code).Order().SequenceEqual(b.Problems.Select(p => p.Code).Order())
            && (a.Value is null) == (b.Value is null)
            && (a.Value is null || AssessmentJson.Write(a.Value) == AssessmentJson.Write(b.Value!));
    }

    private static string One(string file)
    {
        int start = file.IndexOf('[', System.StringComparison.Ordinal) + 1;
        return file[start..file.LastIndexOf(']')];
    }

    public static class Arbitraries
    {
        private static readonly Gen<AssessmentEntry> OneEntry =
            from unit in Gen.Elements(Units)
            from indicator in Gen.Elements(Indicators)
            from kind in Gen.Elements(System.Enum.GetValues<AssessmentEntryKind>())
            from hours in Gen.Choose(0, 24 * 40)
            from points in Gen.Choose(0, 40).Select(i => i / 4m)
            from round in Gen.Choose(1, 3)
            from council in Gen.Elements(false, true)
            from accepted in Gen.Elements<bool?>(null, true, false)
            select Make(unit, indicator, kind, AppraisalData.Day(1).Plus(Duration.FromHours(hours)), points, round, council, accepted);

        private static AssessmentEntry Make(string unit, string indicator, AssessmentEntryKind kind, Instant at, decimal points, int round, bool council, bool? accepted)
        {
            bool byUnit = kind is AssessmentEntryKind.SelfAssessment or AssessmentEntryKind.Withdrawal or AssessmentEntryKind.Resubmission or AssessmentEntryKind.Explanation;
            bool hasPoints = kind is AssessmentEntryKind.SelfAssessment or AssessmentEntryKind.Resubmission or AssessmentEntryKind.Appraisal or AssessmentEntryKind.FinalDecision;
            return new AssessmentEntry(
                unit,
                AppraisalData.Year,
                indicator,
                kind,
                at,
                byUnit ? AssessorRole.Unit : council ? AssessorRole.Council : AssessorRole.AppraisalTeam,
                hasPoints ? points : null,
                kind == AssessmentEntryKind.Appraisal ? round : null,
                kind == AssessmentEntryKind.Explanation ? "giải trình" : null,
                accepted: kind == AssessmentEntryKind.Explanation ? accepted : null);
        }

        public static Arbitrary<AssessmentCase> Cases() =>
            (from entries in Gen.ArrayOf(OneEntry)
             from shuffled in Gen.Shuffle(entries)
             from asOfHours in Gen.Choose(-1, 24 * 41)
             from later in OneEntry
             from laterHours in Gen.Choose(1, 24 * 10)
             let asOf = AppraisalData.Day(1).Plus(Duration.FromHours(asOfHours))
             select new AssessmentCase(entries, shuffled, Moved(later, asOf.Plus(Duration.FromHours(laterHours))), asOf))
            .ToArbitrary();

        private static AssessmentEntry Moved(AssessmentEntry e, Instant at) =>
            new(e.UnitId, e.Period, e.IndicatorCode, e.Kind, at, e.Author, e.Points, e.Round, e.Text, e.Evidence, e.Accepted);
    }
}
