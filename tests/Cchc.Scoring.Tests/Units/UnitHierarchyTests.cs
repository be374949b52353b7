using System.Linq;
using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Units;

public class UnitHierarchyTests
{
    private static Unit U(string id, string? parent = null) => new(id, Text(id), "division", parent);

    [Fact]
    public void Create_Valid_OrdersAndLinks()
    {
        var result = UnitHierarchy.Create([U("VP", "SO"), U("SO"), U("P1", "SO")]);
        var hierarchy = result.Value!;
        Assert.Empty(result.Problems);
        Assert.Equal(["P1", "SO", "VP"], hierarchy.Units.Select(u => u.Id));
        Assert.Equal(["P1", "VP"], hierarchy.ChildrenOf("SO").Select(u => u.Id));
        Assert.Empty(hierarchy.ChildrenOf("VP"));
        Assert.Equal("SO", hierarchy.Find("VP")!.ParentId);
        Assert.Null(hierarchy.Find("XX"));
    }

    [Fact]
    public void Create_Duplicate_Reported()
    {
        var result = UnitHierarchy.Create([U("SO"), U("VP", "SO"), U("VP", "SO")]);
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Duplicate, problem.Code);
        Assert.Equal("$.units[2].id", problem.Path);
    }

    [Fact]
    public void Create_UnknownParent_Reported()
    {
        var result = UnitHierarchy.Create([U("SO"), U("VP", "SOO")]);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.UnknownUnit, problem.Code);
        Assert.Equal("$.units[1].parent", problem.Path);
        Assert.Contains("'SOO'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Cycle_Reported()
    {
        // A → B → C → A: every unit of the cycle is reported.
        var result = UnitHierarchy.Create([U("A", "C"), U("B", "A"), U("C", "B"), U("D")]);
        Assert.Null(result.Value);
        Assert.Equal(["$.units[0].parent", "$.units[1].parent", "$.units[2].parent"], result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal(ProblemCodes.UnitCycle, p.Code));
    }

    [Fact]
    public void Create_EveryProblem_Reported()
    {
        var result = UnitHierarchy.Create([U("A", "B"), U("B", "A"), U("C", "X"), U("C")]);
        Assert.Equal(
            [ProblemCodes.Duplicate, ProblemCodes.UnknownUnit, ProblemCodes.UnitCycle, ProblemCodes.UnitCycle],
            result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Unit_OwnParent_Throws()
    {
        Assert.Throws<System.ArgumentException>(() => U("A", "A"));
        Assert.Throws<System.ArgumentException>(() => U(" "));
    }
}
