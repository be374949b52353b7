using System;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Dossiers.Tests.Build;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>The dossier state: its JSON text, its reading (every problem located) and its merging.</summary>
public class StateTests
{
    /// <summary>The three dossiers of the docs/dossiers.md example (Department Office, 2025-Q1).</summary>
    private const string ExampleCsv =
        "id,procedure,unit,received_at,due_at,finished_at,status,channel,electronic_result,digitised,paid_online,feedback,waiting_minutes\n"
        + "HS-1,TTHC-001,VP,2025-03-02T08:00,2025-03-07T17:00,2025-03-05T10:00,finished,online,1,1,1,satisfied,\n"
        + "HS-2,TTHC-001,VP,2025-03-03T09:00,2025-03-07T17:00,2025-03-10T10:00,finished,in-person,0,1,,none,20\n"
        + "HS-3,TTHC-002,VP,2025-03-28T14:00,2025-04-04T17:00,,,online,0,0,0,none,\n";

    /// <summary>
    /// Its state, derived by hand: active 3, on time 2 (HS-2 is late); received 3, online 2 (HS-1 with an electronic
    /// result, HS-3 without a result yet), received online 2, digitised 2; fees 2 (HS-1, HS-3), paid online 1; results
    /// 2 (HS-1, HS-2; HS-3 is in progress), electronic 1; answers 1 (HS-1), satisfied 1; processing HS-1 3 d 2 h =
    /// 4,440 min and HS-2 7 d 1 h = 10,140 min; waiting HS-2 20 min.
    /// </summary>
    internal const string ExampleState = """
        {
          "format": "cchc-dossier-state",
          "version": 1,
          "options": {
            "calendar": "calendar",
            "periods": ["2025-Q1"]
          },
          "rows": {
            "used": 3,
            "blank": 0,
            "rejected": {}
          },
          "groups": [
            {
              "unit": "VP",
              "period": "2025-Q1",
              "active": 3,
              "activeSecret": 0,
              "onTime": 2,
              "received": 3,
              "receivedSecret": 0,
              "online": 2,
              "onlineReception": 2,
              "digitised": 2,
              "withFee": 2,
              "withFeeSecret": 0,
              "paidOnline": 1,
              "results": 2,
              "resultsSecret": 0,
              "electronicResults": 1,
              "answers": 1,
              "answersSecret": 0,
              "satisfied": 1,
              "processingMinutes": [[4440,1],[10140,1]],
              "waitingMinutes": [[20,1]]
            }
          ]
        }

        """;

    private static DossierState Example() => DossierReader.ReadCsv(new StringReader(ExampleCsv), Options("2025-Q1"), "example.csv").State;

    [Fact]
    public void State_OfTheExample_IsTheTextDerivedByHand()
    {
        Assert.Equal(ExampleState, Example().ToJson());
    }

    [Fact]
    public void State_ReadBack_WritesTheSameText_AndGivesTheSameFigures()
    {
        var read = DossierState.Read(ExampleState, "example.state.json");
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(ExampleState, read.Value!.ToJson());
        Assert.Equal("example.state.json", read.Value.Source);
        Assert.Equal(Figures(DossierReader.ReadCsv(new StringReader(ExampleCsv), Options("2025-Q1"))), Figures(read.Value.ToMetrics()));

        // Mean (4,440 + 10,140) ÷ 2 = 7,290, median of two = their mean, p90 by nearest rank = rank 2 = 10,140.
        var r = Assert.Single(read.Value.ToMetrics().Results);
        Assert.Equal(new DurationStats(2, 14580, 7290, 10140), r.ProcessingTime);
    }

    [Fact]
    public void State_DerivedPeriodsUnitsAndRejectedRows_RoundTrip()
    {
        var options = new DossierOptions(granularity: PeriodKind.Quarter, calendar: ReportingCalendar.Administrative, units: ["U1", "U2"]);
        var acc = new DossierAccumulator(options);
        acc.Add(Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00"));
        acc.Add(Dossier("2025-03-02T08:00", "2025-03-07T17:00", unit: "ZZ"));
        acc.Add(Dossier("2025-05-02T08:00", "2025-05-07T17:00", unit: "U2", waiting: 7));
        string json = acc.ToState().ToJson();
        Assert.Contains("\"granularity\": \"quarter\"", json, StringComparison.Ordinal);
        Assert.Contains("\"calendar\": \"administrative\"", json, StringComparison.Ordinal);
        Assert.Contains("\"units\": [\"U1\",\"U2\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"dossier-unknown-unit\": 1", json, StringComparison.Ordinal);
        var read = DossierState.Read(json).GetValueOrThrow();
        Assert.Equal(json, read.ToJson());
        Assert.Equal(Figures(acc.ToMetrics()), Figures(read.ToMetrics()));
        Assert.Equal(3, read.ToMetrics().Summary.RowsRead);
    }

    [Fact]
    public void Read_ReportsEveryProblem_WithItsPath()
    {
        string json = ExampleState
            .Replace("\"active\": 3", "\"active\": -1", StringComparison.Ordinal)
            .Replace("\"period\": \"2025-Q1\"", "\"period\": \"2025-Q5\"", StringComparison.Ordinal)
            .Replace("\"unit\": \"VP\"", "\"unit\": \"VP\", \"colour\": 1", StringComparison.Ordinal)
            .Replace("[[4440,1],[10140,1]]", "[[10140,1],[4440,1]]", StringComparison.Ordinal)
            .Replace("\"used\": 3", "\"used\": \"3\"", StringComparison.Ordinal);
        var result = DossierState.Read(json, "a.state.json");
        Assert.False(result.IsValid);
        Assert.All(result.Problems, p => Assert.Equal("a.state.json", p.Source));
        string[] found = result.Problems.Select(p => p.Code + " " + p.Path).ToArray();
        Assert.Equal(
            [
                "invalid-value $.rows.used",
                "unknown-field $.groups[0].colour",
                "invalid-period $.groups[0].period",
                "negative-count $.groups[0].active",
                "invalid-value $.groups[0].processingMinutes[1][0]",
            ],
            found);
    }

    [Theory]
    [InlineData("\"onTime\": 2", "\"onTime\": 4", ProblemCodes.NumeratorExceedsDenominator, "$.groups[0].onTime")]
    [InlineData("\"withFeeSecret\": 0", "\"withFeeSecret\": 3", ProblemCodes.ExcludedExceedsDenominator, "$.groups[0].withFeeSecret")]
    [InlineData("[[20,1]]", "[[20,4]]", ProblemCodes.NumeratorExceedsDenominator, "$.groups[0].waitingMinutes")]
    [InlineData("[[20,1]]", "[[20,0]]", ProblemCodes.InvalidValue, "$.groups[0].waitingMinutes[0][1]")]
    [InlineData("\"period\": \"2025-Q1\",", "\"period\": \"2025-Q2\",", ProblemCodes.InvalidPeriod, "$.groups[0].period")]
    [InlineData("\"periods\": [\"2025-Q1\"]", "\"periods\": []", ProblemCodes.InvalidValue, "$.options.periods")]
    [InlineData("\"periods\": [\"2025-Q1\"]", "\"periods\": [\"2025-Q1\"], \"granularity\": \"year\"", ProblemCodes.InvalidValue, "$.options.granularity")]
    [InlineData("\"calendar\": \"calendar\"", "\"calendar\": \"lunar\"", ProblemCodes.InvalidValue, "$.options.calendar")]
    [InlineData("\"rejected\": {}", "\"rejected\": { \"dossier-late\": 1 }", ProblemCodes.UnknownField, "$.rows.rejected.dossier-late")]
    [InlineData("\"blank\": 0,", "", ProblemCodes.MissingField, "$.rows.blank")]
    [InlineData("\"version\": 1", "\"version\": 2", DossierProblemCodes.StateVersion, "$.version")]
    [InlineData("\"format\": \"cchc-dossier-state\"", "\"format\": \"submissions\"", DossierProblemCodes.StateVersion, "$.format")]
    public void Read_ABrokenState_IsRefusedWithALocatedProblem(string from, string to, string code, string path)
    {
        string json = ExampleState.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(ExampleState, json);
        var result = DossierState.Read(json, "b.state.json");
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code + " " + path + " b.state.json", problem.Code + " " + problem.Path + " " + problem.Source);
    }

    [Fact]
    public void Read_TwoGroupsOfOneUnitAndPeriod_IsADuplicate()
    {
        int start = ExampleState.IndexOf("    {\n      \"unit\"", StringComparison.Ordinal);
        int end = ExampleState.IndexOf("    }\n  ]", StringComparison.Ordinal) + "    }".Length;
        string group = ExampleState[start..end];
        string json = ExampleState.Insert(end, ",\n" + group);
        var problem = Assert.Single(DossierState.Read(json).Problems);
        Assert.Equal(ProblemCodes.Duplicate, problem.Code);
        Assert.Equal("$.groups[1]", problem.Path);
    }

    [Fact]
    public void Read_NotJson_GivesTheLine()
    {
        var problem = Assert.Single(DossierState.Read("{\n  \"format\": \"cchc-dossier-state\",\n  \"version\": 1,,\n}", "c.json").Problems);
        Assert.Equal(ProblemCodes.InvalidJson, problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Equal("c.json", problem.Source);
    }

    [Fact]
    public void Merge_StatesOfOtherOptions_IsRefused_InTheStateThatDiffers()
    {
        var quarter = DossierState.Read(ExampleState, "q1.json").GetValueOrThrow();
        var year = DossierReader.ReadCsv(new StringReader(ExampleCsv), Options("2025")).State;
        var yearRead = DossierState.Read(year.ToJson(), "year.json").GetValueOrThrow();
        var result = DossierState.Merge([quarter, yearRead]);
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DossierProblemCodes.StateMismatch, problem.Code);
        Assert.Equal("$.options.periods", problem.Path);
        Assert.Equal("year.json", problem.Source);
        Assert.Contains("periods 2025, q1.json with periods 2025-Q1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OfAccumulatorsWithOtherOptions_Throws_ButMaxProblemsMayDiffer()
    {
        var quarters = new DossierAccumulator(new DossierOptions(granularity: PeriodKind.Quarter));
        var years = new DossierAccumulator(new DossierOptions(granularity: PeriodKind.Year));
        var ex = Assert.Throws<ArgumentException>(() => quarters.Merge(years));
        Assert.Contains("granularity 'year'", ex.Message, StringComparison.Ordinal);
        quarters.Merge(new DossierAccumulator(new DossierOptions(granularity: PeriodKind.Quarter, maxProblems: 3, parallelism: 2)));
    }

    [Fact]
    public void Merge_OfTheSameStateTwice_DoublesEveryCount()
    {
        var state = Example();
        var twice = DossierState.Merge([state, state]).GetValueOrThrow();
        var r = Assert.Single(twice.ToMetrics().Results);

        // On time 2 of 3, twice: 4 of 6; processing 4,440 ×2 and 10,140 ×2: median (4,440 + 10,140) ÷ 2 = 7,290, p90 rank ⌈0.9 × 4⌉ = 4 → 10,140.
        Assert.Equal(new RateCount(4, 6, 0), r.OnTime);
        Assert.Equal(new DurationStats(4, 29160, 7290, 10140), r.ProcessingTime);
        Assert.Contains("\"processingMinutes\": [[4440,2],[10140,2]]", twice.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_Arguments()
    {
        Assert.Throws<ArgumentNullException>(() => DossierState.Merge(null!));
        Assert.Throws<ArgumentException>(() => DossierState.Merge([]));
        Assert.Throws<ArgumentNullException>(() => DossierState.Read(null!));
    }

    [Fact]
    public void ToJson_APeriodOfAnotherCalendar_Throws()
    {
        // 2025-Q1 of the calendar ends on 31 March; read back under the administrative calendar it would end on 14 March.
        var options = new DossierOptions([ReportingPeriod.ForQuarter(2025, 1)], calendar: ReportingCalendar.Administrative);
        Assert.Throws<InvalidOperationException>(() => new DossierAccumulator(options).ToState().ToJson());
    }
}
