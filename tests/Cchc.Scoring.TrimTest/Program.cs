using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

// Runs as a trimmed, natively compiled program: everything that relies on reflection the trimmer removed (JSON
// reading and writing, embedded resources, rule factories) fails here rather than in a user's app.
var failures = new List<string>();

void Check(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

const string Id = BuiltInFrameworks.GtvtTienGiang20212025;
var plan = BuiltInFrameworks.Get(Id);
var sample = BuiltInFrameworks.GetSample(Id);

// The built-in file reads and writes back byte for byte (source-generated JSON, NodaTime converters).
Check(FrameworkJson.Write(plan) == BuiltInFrameworks.GetJson(Id), "the built-in framework does not round-trip");
Check(plan.Areas.Sum(a => a.Indicators.Count) == 23, "the plan does not have 23 indicators");

var result = Scorer.Score(plan, sample, new ScoringRequest(ReportingPeriod.ForYear(2025)));
Check(result.Problems.Count == 0, "scoring the sample reported problems");
Check(result.Scorecards.Count == 9, "expected 9 scorecards, got " + result.Scorecards.Count.ToString(CultureInfo.InvariantCulture));

// Hand-derived (tests/Cchc.Scoring.Tests/Frameworks/BuiltInPlanTests.cs): SO's T11 in 2025 has the 2021 baseline
// 412, the target 412 × (1 − 10 ÷ 100) = 370.8, the corrected value 376, and (412 − 376) ÷ (412 − 370.8) × 4 = 3.50.
var t11 = result.Find("SO")?.Indicators.Single(s => s.Indicator.Code == "T11");
Check(t11 is { Baseline: 412m, Target: 370.8m, Value: 376m, Points: 3.50m, Status: IndicatorStatus.NotMet }, "SO T11 2025 is not 412 / 370.8 / 376 / 3.50");

// Every index is points ÷ maximum × 100, rounded to two digits.
foreach (var card in result.Scorecards)
{
    Check(card.Index == Math.Round(card.Points / card.MaxPoints * 100m, 2, MidpointRounding.AwayFromZero), "index of " + card.UnitId);
}

// Submissions written and read back score the same; the result writes as JSON.
var reread = SubmissionJson.Read(SubmissionJson.Write(sample, Id), plan).GetValueOrThrow();
string json = ScorecardJson.Write(result);
Check(json == ScorecardJson.Write(Scorer.Score(plan, reread, new ScoringRequest(ReportingPeriod.ForYear(2025)))), "re-read submissions score differently");
Check(json.Contains("\"unit\": \"SO\"", StringComparison.Ordinal), "the JSON result has no scorecard for SO");

var so = result.Find("SO")!;
Console.WriteLine("SO 2025: " + so.Points.ToString(CultureInfo.InvariantCulture) + "/" + so.MaxPoints.ToString(CultureInfo.InvariantCulture)
    + ", index " + so.Index?.ToString(CultureInfo.InvariantCulture) + ", class " + so.Class?.Name.En);
foreach (string failure in failures)
{
    Console.Error.WriteLine("FAILED: " + failure);
}

Console.WriteLine(failures.Count == 0 ? "trim test: all checks passed" : "trim test: " + failures.Count.ToString(CultureInfo.InvariantCulture) + " checks failed");
return failures.Count == 0 ? 0 : 1;
