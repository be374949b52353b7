using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Docs;
using Cchc.Scoring.Tests.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Units;

/// <summary>Units with validity intervals and lineage events: the tree of a day, the checks of a history, the file format.</summary>
public sealed class LineageTests
{
    private static Unit U(string id, string? parent = null, string? from = null, string? to = null) =>
        new(id, Text(id), "division", parent, from is null ? null : Date(from), to is null ? null : Date(to));

    /// <summary>SO has divisions A and B; on 2025-07-01 they merge into C; D is renamed on 2025-03-01 and moves under C on 2025-07-01.</summary>
    private static UnitHierarchy Reorganised() => UnitHierarchy.Create(
        [U("SO"), U("A", "SO", to: "2025-06-30"), U("B", "SO", to: "2025-06-30"), U("C", "SO", from: "2025-07-01"), U("D", "SO")],
        [
            LineageEvent.Merge(Date("2025-07-01"), ["A", "B"], "C"),
            LineageEvent.Rename(Date("2025-03-01"), "D", new LocalizedText("Phòng D mới", "New division D")),
            LineageEvent.Move(Date("2025-07-01"), "D", "C"),
        ]).Value!;

    [Fact]
    public void AsOf_BeforeTheMerge_SeesTheOldTree_AndAfter_TheNew()
    {
        var h = Reorganised();
        var before = h.AsOf(Date("2025-06-30"));
        Assert.Equal(["A", "B", "D", "SO"], before.Units.Select(u => u.Id));
        Assert.Equal(["A", "B", "D"], before.ChildrenOf("SO").Select(u => u.Id));
        Assert.Equal("New division D", before.Find("D")!.Name.En);
        var after = h.AsOf(Date("2025-07-01"));
        Assert.Equal(["C", "D", "SO"], after.Units.Select(u => u.Id));
        Assert.Equal(["D"], after.ChildrenOf("C").Select(u => u.Id));
        Assert.Equal(["C"], after.ChildrenOf("SO").Select(u => u.Id));
        Assert.Equal("Name D", h.AsOf(Date("2025-02-28")).Find("D")!.Name.En);
        Assert.Same(h.Units.Single(u => u.Id == "SO"), after.Find("SO"));
    }

    [Fact]
    public void EndedBy_AndPredecessors_AndDescribe()
    {
        var h = Reorganised();
        Assert.Equal("merged into C on 2025-07-01", h.EndedBy("A")!.Describe("A"));
        Assert.Equal("hợp nhất vào C từ ngày 2025-07-01", h.EndedBy("B")!.Describe("B", Language.Vi));
        Assert.Null(h.EndedBy("C"));
        Assert.Equal(LineageEventKind.Merge, Assert.Single(h.PredecessorEvents("C")).Kind);
        Assert.Empty(h.PredecessorEvents("D"));
    }

    [Fact]
    public void IsDue_FollowsTheSelection()
    {
        var h = Reorganised();
        var year = Period("2025");
        Assert.False(h.IsDue("A", year));
        Assert.True(h.IsDue("A", year, UnitSelection.Start));
        Assert.True(h.IsDue("A", year, UnitSelection.Alive));
        Assert.True(h.IsDue("A", Period("2025-Q2")));
        Assert.False(h.IsDue("C", Period("2025-Q2")));
        Assert.True(h.IsDue("C", year));
        Assert.False(h.IsDue("C", year, UnitSelection.Start));
        Assert.True(h.IsDue("NOT-DECLARED", year));
        Assert.Equal(["C", "D", "SO"], h.DueFor(year).Select(u => u.Id));
        Assert.Equal(["A", "B", "C", "D", "SO"], h.DueFor(year, UnitSelection.Alive).Select(u => u.Id));
        Assert.Equal("C", h.DueFor(year).Single(u => u.Id == "D").ParentId);
    }

    [Fact]
    public void WithoutLineage_EveryUnitExistsAlways_AndAsOfIsTheSameTree()
    {
        var h = UnitHierarchy.Create([U("SO"), U("A", "SO")]).Value!;
        Assert.False(h.HasLineage);
        Assert.Same(h, h.AsOf(Date("1990-01-01")));
        Assert.True(h.IsDue("A", Period("2025")));
    }

    [Fact]
    public void ImpossibleHistory_EveryProblemReported_Located()
    {
        var result = UnitHierarchy.Create(
            [U("A", to: "2025-06-30"), U("B", to: "2025-05-31"), U("C", from: "2025-07-01"), U("E", from: "2025-07-01"), U("X", from: "2025-07-01"), U("Y", from: "2025-07-01"), U("S", to: "2025-06-30")],
            [
                LineageEvent.Merge(Date("2025-07-01"), ["A", "B"], "C"),               // B's validity ends a month early
                LineageEvent.Merge(Date("2025-07-01"), ["A", "GHOST"], "E"),           // A merged twice; GHOST unknown
                LineageEvent.Split(Date("2025-07-01"), "S", ["X", "Y"], new SplitShares([new("X", 0.6m), new("Y", 0.3m)])), // 0.9, not 1
                LineageEvent.Dissolve(Date("2024-01-01"), "C"),                        // C does not exist yet
            ]);
        Assert.Null(result.Value);
        var found = result.Problems.Select(p => (p.Code, p.Path)).ToHashSet();
        Assert.Contains((ProblemCodes.LineageOutsideValidity, "$.lineage[0].from[1]"), found);
        Assert.Contains((ProblemCodes.LineageConflict, "$.lineage[1].from[0]"), found);
        Assert.Contains((ProblemCodes.UnknownUnit, "$.lineage[1].from[1]"), found);
        Assert.Contains((ProblemCodes.LineageInvalidShares, "$.lineage[2].shares[\"*\"]"), found);
        Assert.Contains((ProblemCodes.LineageOutsideValidity, "$.lineage[3].unit"), found);
        Assert.All(result.Problems, p => Assert.Equal(Severity.Error, p.Severity));
    }

    [Fact]
    public void ParentEndingBeforeItsChild_IsReported()
    {
        var result = UnitHierarchy.Create([U("P", to: "2025-06-30"), U("K", "P")], []);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.LineageOutsideValidity, problem.Code);
        Assert.Equal("$.units[1].parent", problem.Path);

        // Moved away from P when P ends: possible.
        Assert.NotNull(UnitHierarchy.Create([U("P", to: "2025-06-30"), U("Q"), U("K", "P")], [LineageEvent.Move(Date("2025-07-01"), "K", "Q")]).Value);
    }

    [Fact]
    public void MoveMakingACycle_IsReported()
    {
        var result = UnitHierarchy.Create([U("P"), U("K", "P")], [LineageEvent.Move(Date("2025-07-01"), "P", "K")]);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.UnitCycle && p.Path == "$.lineage[0].parent");
    }

    [Fact]
    public void Factories_RefuseWhatCannotBeAnEvent()
    {
        Assert.Throws<ArgumentException>(() => LineageEvent.Merge(Date("2025-07-01"), ["A"], "C"));
        Assert.Throws<ArgumentException>(() => LineageEvent.Merge(Date("2025-07-01"), ["A", "C"], "C"));
        Assert.Throws<ArgumentException>(() => LineageEvent.Split(Date("2025-07-01"), "A", ["B"]));
        Assert.Throws<ArgumentException>(() => LineageEvent.Absorb(Date("2025-07-01"), "A", "A"));
        Assert.Throws<ArgumentNullException>(() => LineageEvent.Rename(Date("2025-07-01"), "A", null!));
        Assert.Throws<ArgumentException>(() => U("A", from: "2025-07-01", to: "2025-06-30"));
    }

    [Fact]
    public void FormatsExample_Reads_WithItsHistory()
    {
        string json = JsonBlockAfter(RepositoryFiles.Read("docs/formats.md"), "lineage");
        var framework = FrameworkJson.Read(Fixtures.Framework).Value!;
        var read = SubmissionJson.Read(json, framework);
        Assert.Empty(read.Problems);
        var units = read.Value!.Units;
        Assert.Equal(2, units.Lineage.Count);
        var split = units.Lineage[1];
        Assert.Equal(0.6m, split.Shares!.ShareOf("T02", "TT-A"));
        Assert.Null(split.Shares.ShareOf("T10", "TT-A"));
        Assert.Equal(["SXD-MOI", "TT-A", "TT-B"], units.AsOf(Date("2025-12-31")).Units.Select(u => u.Id));
    }

    [Fact]
    public void File_WithImpossibleHistory_ReportsEveryProblemAtItsPath()
    {
        const string json = """
            { "units": [
                { "id": "A", "name": { "vi": "A", "en": "A" }, "to": "2025-06-30" },
                { "id": "B", "name": { "vi": "B", "en": "B" } },
                { "id": "C", "name": { "vi": "C", "en": "C" }, "from": "2025-07-01" },
                { "id": "Z", "name": { "vi": "Z", "en": "Z" }, "from": "2025-07-01", "to": "2025-01-01" } ],
              "lineage": [
                { "kind": "merge", "date": "2025-07-01", "from": ["A", "B"], "into": ["C"] },
                { "kind": "dissolve", "date": "2025-07-01", "unit": "A" },
                { "kind": "melt", "date": "2025-07-01", "unit": "A" },
                { "kind": "rename", "date": "2025-07-01", "unit": "B", "into": ["C"], "name": { "vi": "B2", "en": "B2" } } ],
              "submissions": [] }
            """;
        var read = SubmissionJson.Read(json, FrameworkJson.Read(Fixtures.Framework).Value!);
        Assert.Null(read.Value);
        var found = read.Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Contains((ProblemCodes.InvalidValue, "$.units[3].to"), found);
        Assert.Contains((ProblemCodes.LineageOutsideValidity, "$.lineage[0].from[1]"), found);
        Assert.Contains((ProblemCodes.LineageConflict, "$.lineage[1].unit"), found);
        Assert.Contains((ProblemCodes.InvalidValue, "$.lineage[2].kind"), found);
        Assert.Contains((ProblemCodes.UnknownField, "$.lineage[3].into"), found);
    }

    [Fact]
    public void SplitShares_ForAnUnknownIndicator_AreReported()
    {
        string json = JsonBlockAfter(RepositoryFiles.Read("docs/formats.md"), "lineage").Replace("\"T10\": \"notDivisible\"", "\"T99\": \"notDivisible\"", StringComparison.Ordinal);
        var read = SubmissionJson.Read(json, FrameworkJson.Read(Fixtures.Framework).Value!);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(ProblemCodes.UnknownIndicator, problem.Code);
        Assert.Equal("$.lineage[1].shares[\"T99\"]", problem.Path);
    }

    /// <summary>A file with units, their validity and every kind of event, in the form the writer gives: read and written again, the same text.</summary>
    [Fact]
    public void File_WithLineage_RoundTripsToTheSameText()
    {
        var framework = FrameworkJson.Read(Fixtures.Framework).Value!;
        var read = SubmissionJson.Read(RoundTrip, framework);
        Assert.Empty(read.Problems);
        Assert.Equal(RoundTrip, SubmissionJson.Write(read.Value!));
        Assert.Equal(6, read.Value!.Units.Lineage.Count);
    }

    private const string RoundTrip = """
        {
          "units": [
            {
              "id": "A",
              "name": {
                "vi": "A",
                "en": "A"
              },
              "kind": "division",
              "parent": "SO",
              "to": "2025-06-30"
            },
            {
              "id": "B",
              "name": {
                "vi": "B",
                "en": "B"
              },
              "kind": "division",
              "parent": "SO",
              "to": "2025-06-30"
            },
            {
              "id": "C",
              "name": {
                "vi": "C",
                "en": "C"
              },
              "kind": "division",
              "parent": "SO",
              "from": "2025-07-01"
            },
            {
              "id": "D",
              "name": {
                "vi": "D",
                "en": "D"
              },
              "kind": "division",
              "parent": "SO",
              "to": "2025-03-31"
            },
            {
              "id": "E",
              "name": {
                "vi": "E",
                "en": "E"
              },
              "kind": "subordinate",
              "parent": "SO",
              "to": "2025-06-30"
            },
            {
              "id": "E1",
              "name": {
                "vi": "E1",
                "en": "E1"
              },
              "kind": "subordinate",
              "parent": "C",
              "from": "2025-07-01"
            },
            {
              "id": "E2",
              "name": {
                "vi": "E2",
                "en": "E2"
              },
              "kind": "subordinate",
              "parent": "C",
              "from": "2025-07-01"
            },
            {
              "id": "F",
              "name": {
                "vi": "F",
                "en": "F"
              },
              "kind": "division",
              "parent": "SO",
              "to": "2024-12-31"
            },
            {
              "id": "G",
              "name": {
                "vi": "G",
                "en": "G"
              },
              "kind": "division",
              "parent": "SO"
            },
            {
              "id": "SO",
              "name": {
                "vi": "SO",
                "en": "SO"
              },
              "kind": "department"
            }
          ],
          "lineage": [
            {
              "kind": "rename",
              "date": "2021-06-01",
              "unit": "G",
              "name": {
                "vi": "G mới",
                "en": "New G"
              }
            },
            {
              "kind": "absorb",
              "date": "2025-01-01",
              "from": [
                "F"
              ],
              "into": [
                "G"
              ]
            },
            {
              "kind": "dissolve",
              "date": "2025-04-01",
              "unit": "D"
            },
            {
              "kind": "merge",
              "date": "2025-07-01",
              "from": [
                "A",
                "B"
              ],
              "into": [
                "C"
              ]
            },
            {
              "kind": "split",
              "date": "2025-07-01",
              "from": [
                "E"
              ],
              "into": [
                "E1",
                "E2"
              ],
              "shares": {
                "*": {
                  "E1": 0.6,
                  "E2": 0.4
                },
                "T10": "notDivisible"
              }
            },
            {
              "kind": "move",
              "date": "2025-07-01",
              "unit": "G",
              "parent": "C"
            }
          ],
          "submissions": []
        }

        """;

    private static string JsonBlockAfter(string markdown, string marker)
    {
        int at = markdown.IndexOf("<!-- example: " + marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "marker '" + marker + "' not found");
        int start = markdown.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
