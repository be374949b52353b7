using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Docs;
using Cchc.Scoring.Tests.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Reliability;

/// <summary>
/// The catalogue of problem codes: every constant of <see cref="ProblemCodes"/> has a row in docs/errors.md and an
/// input here that produces it. Codes produced only by other packages are triggered in their own test projects,
/// listed in <see cref="TriggeredElsewhere"/>.
/// </summary>
public sealed partial class ProblemCatalogueTests
{
    /// <summary>Codes triggered in another test project: code → where.</summary>
    private static readonly Dictionary<string, string> TriggeredElsewhere = new(StringComparer.Ordinal)
    {
        [ProblemCodes.UnknownFramework] = "tests/Cchc.Scoring.Cli.Tests/BrokenInputTests.cs (a framework name that is neither a file nor built in)",
    };

    private static string Sub(string unit, string indicator, string figures, string period = "2025") =>
        "{ \"unit\": \"" + unit + "\", \"period\": \"" + period + "\", \"indicator\": \"" + indicator + "\", \"recordedAt\": \"2026-01-10T02:00:00Z\", " + figures + " }";

    private static string File(string units, params string[] submissions) =>
        "{ \"units\": [" + units + "], \"submissions\": [" + string.Join(", ", submissions) + "] }";

    private static string Unit(string id, string? parent = null, string kind = "so", string? from = null, string? to = null) =>
        "{ \"id\": \"" + id + "\", \"name\": { \"vi\": \"" + id + "\", \"en\": \"" + id + "\" }, \"kind\": \"" + kind + "\"" + (parent is null ? "" : ", \"parent\": \"" + parent + "\"")
        + (from is null ? "" : ", \"from\": \"" + from + "\"") + (to is null ? "" : ", \"to\": \"" + to + "\"") + " }";

    private static string Lineage(string units, params string[] events) =>
        "{ \"units\": [" + units + "], \"lineage\": [" + string.Join(", ", events) + "], \"submissions\": [] }";

    private static string Merge(string a, string b, string into) =>
        "{ \"kind\": \"merge\", \"date\": \"2025-07-01\", \"from\": [\"" + a + "\", \"" + b + "\"], \"into\": [\"" + into + "\"] }";

    private static readonly string Proportional = """{ "kind": "proportional" }""";

    /// <summary>Each code, and a scenario that produces it: a framework text, a submissions text (or null), a period to score (or null), roll-up on or off.</summary>
    public static TheoryData<string, string, string?, string?, bool> Triggers() => new()
    {
        { ProblemCodes.InvalidJson, Fixtures.Framework, "{ \"submissions\": [", null, false },
        { ProblemCodes.MissingField, Fixtures.Framework, "{ \"submissions\": [ { \"period\": \"2025\", \"indicator\": \"T02\", \"recordedAt\": \"2026-01-10T02:00:00Z\", \"numerator\": 1, \"denominator\": 2 } ] }", null, false },
        { ProblemCodes.UnknownField, Fixtures.Framework, File("", Sub("VP", "T02", "\"numerator\": 1, \"denominator\": 2, \"colour\": \"red\"")), null, false },
        { ProblemCodes.InvalidValue, Fixtures.Framework, File("", Sub("VP", "T16", "\"answer\": \"yes\"")), null, false },
        { ProblemCodes.InvalidPeriod, Fixtures.Framework, File("", Sub("VP", "T02", "\"numerator\": 1, \"denominator\": 2", "2025-Q9")), null, false },
        { ProblemCodes.Duplicate, Fixtures.Framework, File(Unit("VP") + ", " + Unit("VP")), null, false },
        { ProblemCodes.UnknownIndicator, Fixtures.Framework, File("", Sub("VP", "T99", "\"value\": 1")), null, false },
        { ProblemCodes.UnknownUnit, Fixtures.Framework, File(Unit("VP", parent: "NOWHERE")), null, false },
        { ProblemCodes.UnitCycle, Fixtures.Framework, File(Unit("A", parent: "B") + ", " + Unit("B", parent: "A")), null, false },
        { ProblemCodes.NegativeCount, Fixtures.Framework, File("", Sub("VP", "T02", "\"numerator\": -1, \"denominator\": 2")), null, false },
        { ProblemCodes.NumeratorExceedsDenominator, Fixtures.Framework, File("", Sub("VP", "T02", "\"numerator\": 3, \"denominator\": 2")), null, false },
        { ProblemCodes.ExcludedExceedsDenominator, Fixtures.Framework, File("", Sub("VP", "T02", "\"numerator\": 0, \"denominator\": 2, \"excluded\": 3")), null, false },
        { ProblemCodes.MeasureMismatch, Fixtures.Framework, File("", Sub("VP", "T02", "\"value\": 1")), null, false },
        { ProblemCodes.OutOfRange, Fixtures.Framework, File("", Sub("VP", "T15", "\"value\": 101")), null, false },
        { ProblemCodes.UnknownRule, TestData.OneIndicatorJson("""{ "kind": "lottery" }"""), null, null, false },
        { ProblemCodes.InvalidRuleParameter, TestData.OneIndicatorJson("""{ "kind": "proportional", "slope": 2 }"""), null, null, false },
        { ProblemCodes.RuleMismatch, TestData.OneIndicatorJson("""{ "kind": "yesNo" }"""), null, null, false },
        { ProblemCodes.PointsTotalMismatch, TestData.OneIndicatorJson(Proportional).Replace("\"totalPoints\": 10", "\"totalPoints\": 11", StringComparison.Ordinal), null, null, false },
        { ProblemCodes.InvalidBands, TestData.OneIndicatorJson(Proportional).Replace("\"totalPoints\": 10,", "\"totalPoints\": 10, \"bands\": [ { \"code\": \"x\", \"name\": { \"vi\": \"x\", \"en\": \"x\" }, \"min\": 5 } ],", StringComparison.Ordinal), null, null, false },
        { ProblemCodes.InvalidTarget, TestData.OneIndicatorJson(Proportional, target: """{ "comparison": ">=", "value": 90, "change": "relativeReduction" }"""), null, null, false },
        { ProblemCodes.StrictBoundary, TestData.OneIndicatorJson(Proportional, measure: "percentage", target: """{ "comparison": ">", "value": 90 }"""), null, null, false },
        { ProblemCodes.MissingBaseline, TestData.OneIndicatorJson("""{ "kind": "threshold" }""", measure: "quantity", target: """{ "comparison": "<=", "value": 10, "baseline": { "period": "2021" }, "change": "relativeReduction" }"""), File(Unit("SO"), Sub("SO", "I1", "\"value\": 9")), "2025", false },
        { ProblemCodes.RollUpMismatch, TestData.OneIndicatorJson(Proportional + ", \"periodRollUp\": \"sum\""), null, null, false },
        { ProblemCodes.AdjustmentNotAllowed, Fixtures.Framework, "{ \"submissions\": [], \"adjustments\": [ { \"unit\": \"VP\", \"period\": \"2025\", \"points\": 1, \"reason\": \"r\", \"recordedAt\": \"2026-01-10T02:00:00Z\" } ] }", null, false },
        {
            ProblemCodes.AdjustmentCapped,
            TestData.OneIndicatorJson(Proportional).Replace("\"totalPoints\": 10,", "\"totalPoints\": 10, \"adjustmentCaps\": { \"maxBonus\": 1 },", StringComparison.Ordinal),
            "{ \"submissions\": [ " + Sub("VP", "I1", "\"numerator\": 1, \"denominator\": 2") + " ], \"adjustments\": [ { \"unit\": \"VP\", \"period\": \"2025\", \"points\": 2, \"reason\": \"r\", \"recordedAt\": \"2026-01-10T02:00:00Z\" } ] }",
            "2025",
            false
        },
        { ProblemCodes.RollUpIncomplete, TestData.OneIndicatorJson(Proportional), File(Unit("P") + ", " + Unit("A", "P") + ", " + Unit("B", "P"), Sub("A", "I1", "\"numerator\": 1, \"denominator\": 2")), "2025", true },
        { ProblemCodes.NotApplicableToKind, TestData.OneIndicatorJson(Proportional + ", \"notApplicableTo\": [\"xa\"]"), File(Unit("X", kind: "xa"), Sub("X", "I1", "\"numerator\": 1, \"denominator\": 2")), "2025", false },
        { ProblemCodes.LineageConflict, Fixtures.Framework, Lineage(Unit("A", to: "2025-06-30") + ", " + Unit("C", from: "2025-07-01") + ", " + Unit("D", from: "2025-07-01") + ", " + Unit("B", to: "2025-06-30"), Merge("A", "B", "C"), Merge("A", "B", "D")), null, false },
        { ProblemCodes.LineageOutsideValidity, Fixtures.Framework, Lineage(Unit("A") + ", " + Unit("B", to: "2025-06-30") + ", " + Unit("C", from: "2025-07-01"), Merge("A", "B", "C")), null, false },
        { ProblemCodes.LineageCycle, Fixtures.Framework, Lineage(Unit("A", to: "2025-06-30") + ", " + Unit("C", from: "2025-07-01"), "{ \"kind\": \"merge\", \"date\": \"2025-07-01\", \"from\": [\"A\", \"C\"], \"into\": [\"C\"] }"), null, false },
        { ProblemCodes.LineageInvalidShares, Fixtures.Framework, Lineage(Unit("A", to: "2025-06-30") + ", " + Unit("B", from: "2025-07-01") + ", " + Unit("C", from: "2025-07-01"), "{ \"kind\": \"split\", \"date\": \"2025-07-01\", \"from\": [\"A\"], \"into\": [\"B\", \"C\"], \"shares\": { \"*\": { \"B\": 0.6, \"C\": 0.3 } } }"), null, false },
        { ProblemCodes.LimitExceeded, Fixtures.Framework, File("", Sub(new string('U', 201), "T02", "\"numerator\": 1, \"denominator\": 2")), null, false },
    };

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Code_IsProducedByItsTrigger_WithALocation(string code, string frameworkJson, string? submissionsJson, string? period, bool rollUp)
    {
        var problems = new List<Problem>();
        var framework = FrameworkJson.Read(frameworkJson, source: "framework.json");
        problems.AddRange(framework.Problems);
        if (framework.Value is not null && submissionsJson is not null)
        {
            var set = SubmissionJson.Read(submissionsJson, framework.Value, "submissions.json");
            problems.AddRange(set.Problems);
            if (set.Value is not null && period is not null)
            {
                problems.AddRange(Scorer.Score(framework.Value, set.Value, new ScoringRequest(ReportingPeriod.Parse(period), rollUpUnits: rollUp)).Problems);
            }
        }

        var found = problems.Where(p => p.Code == code).ToArray();
        Assert.True(found.Length > 0, code + " was not produced; got: " + string.Join(" | ", problems));
        // Reading problems carry their file and JSON path; scoring problems name what they are about.
        Assert.All(found, p => Assert.True(p.Path is not null || p.Line is not null || p.Source is null, p.ToString()));
        Assert.All(found, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Fact]
    public void EveryCode_HasATrigger()
    {
        var triggered = Triggers().Select(row => (string)row[0]).Concat(TriggeredElsewhere.Keys).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(AllCodes(), c => !triggered.Contains(c));
    }

    [Fact]
    public void EveryCode_HasARowInErrorsDoc_WithCauseAndFix()
    {
        var rows = DocRows();
        foreach (string code in AllCodes())
        {
            Assert.True(rows.TryGetValue(code, out var cells), code + " has no row in docs/errors.md");
            Assert.True(cells.Length >= 3 && cells.All(c => c.Length > 0), code + ": the row needs a severity, a cause and a fix");
        }
    }

    /// <summary>The codes of <see cref="ProblemCodes"/>, by reflection.</summary>
    public static IReadOnlyList<string> AllCodes() => typeof(ProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    /// <summary>The rows of the table in docs/errors.md: code → the other cells.</summary>
    public static Dictionary<string, string[]> DocRows()
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string line in RepositoryFiles.Read("docs/errors.md").Split('\n'))
        {
            var match = RowPattern().Match(line);
            if (match.Success)
            {
                rows[match.Groups[1].Value] = line.Trim().Trim('|').Split('|').Skip(1).Select(c => c.Trim()).ToArray();
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\|\s*`([a-z-]+)`\s*\|")]
    private static partial Regex RowPattern();
}
