using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Cchc.Scoring.Dossiers;
using Xunit;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>Every constant of <see cref="DossierProblemCodes"/> has a row in docs/errors.md and a CSV input that produces it, at a line.</summary>
public sealed class DossierCatalogueTests
{
    private const string Header = "id,unit,received_at,due_at,finished_at,status,channel\n";

    /// <summary>Each code and a CSV text producing it (null: a file that does not exist).</summary>
    public static TheoryData<string, string?> Triggers() => new()
    {
        { DossierProblemCodes.MissingColumn, "id,unit,received_at\nA,U1,2025-01-02T08:00\n" },
        { DossierProblemCodes.MissingField, Header + ",U1,2025-03-02T08:00,2025-03-07T17:00,,,\n" },
        { DossierProblemCodes.InvalidDate, Header + "A,U1,2025-02-30T08:00,2025-03-07T17:00,,,\n" },
        { DossierProblemCodes.InvalidValue, Header + "A,U1,2025-03-02T08:00,2025-03-07T17:00,,,fax\n" },
        { DossierProblemCodes.EndedBeforeReceived, Header + "A,U1,2025-03-02T08:00,2025-03-07T17:00,2025-03-01T08:00,finished,\n" },
        { DossierProblemCodes.DueBeforeReceived, Header + "A,U1,2025-03-02T08:00,2025-03-01T17:00,,,\n" },
        { DossierProblemCodes.StatusMismatch, Header + "A,U1,2025-03-02T08:00,2025-03-07T17:00,,finished,\n" },
        { DossierProblemCodes.UnknownUnit, Header + "A,ZZ,2025-03-02T08:00,2025-03-07T17:00,,,\n" },
        { DossierProblemCodes.FieldCount, Header + "A,U1,2025-03-02T08:00\n" },
        { DossierProblemCodes.QuoteSpansRows, Header + "A,\"U1,2025-03-02T08:00,2025-03-07T17:00,,,\nB,U1,2025-03-02T08:00,2025-03-07T17:00,,,\n" },
        { DossierProblemCodes.StrayQuote, Header + "A,U\"1,2025-03-02T08:00,2025-03-07T17:00,,,\n" },
        { DossierProblemCodes.InvalidEncoding, Header + "A,U{lone-surrogate}1,2025-03-02T08:00,2025-03-07T17:00,,,\n" },
        { DossierProblemCodes.RowTooLong, Header + "A," + new string('x', 1 << 21) + ",2025-03-02T08:00,2025-03-07T17:00,,,\n" },
        { DossierProblemCodes.DateOutOfRange, Header + "A,U1,9999-03-02T08:00,9999-03-07T17:00,,,\n" },
        { DossierProblemCodes.DurationOutOfRange, Header + "A,U1,0002-03-02T08:00,0002-03-07T17:00,9998-03-01T08:00,finished,\n" },
        { DossierProblemCodes.DuplicateColumn, "id,unit,received_at,due_at,unit\nA,U1,2025-03-02T08:00,2025-03-07T17:00,U1\n" },
        { DossierProblemCodes.UnreadableInput, null },
    };

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Code_IsProducedByItsTrigger_WithALocation(string code, string? csv)
    {
        var options = new DossierOptions(units: ["U1"]);
        var result = csv is null
            ? DossierReader.ReadCsvFile(Path.Combine(Path.GetTempPath(), "cchc-no-such-" + Guid.NewGuid().ToString("N") + ".csv"), options)
            : DossierReader.ReadCsv(new StringReader(csv.Replace("{lone-surrogate}", "\uD800", StringComparison.Ordinal)), options, "d.csv");
        var found = result.Problems.Where(p => p.Code == code).ToArray();
        Assert.True(found.Length > 0, code + " was not produced; got: " + string.Join(" | ", result.Problems));
        Assert.All(found, p => Assert.NotNull(p.Source));
        if (code is DossierProblemCodes.DuplicateColumn)
        {
            Assert.All(found, p => Assert.Equal(1, p.Line));
        }
        else if (code is not DossierProblemCodes.UnreadableInput and not DossierProblemCodes.MissingColumn)
        {
            Assert.All(found, p => Assert.Equal(2, p.Line));
        }
    }

    /// <summary>The codes of dossier states (JSON), each with the states that produce it: one read, or two merged.</summary>
    public static TheoryData<string, string[]> StateTriggers() => new()
    {
        { DossierProblemCodes.StateVersion, ["{ \"format\": \"cchc-dossier-state\", \"version\": 99 }"] },
        { DossierProblemCodes.StateMismatch, [StateTests.ExampleState, StateTests.ExampleState.Replace("\"calendar\": \"calendar\"", "\"calendar\": \"cutoff-28\"", StringComparison.Ordinal)] },
    };

    [Theory]
    [MemberData(nameof(StateTriggers))]
    public void StateCode_IsProducedByItsTrigger_WithALocation(string code, string[] states)
    {
        var problems = states.Length == 1
            ? DossierState.Read(states[0], "s0.json").Problems
            : DossierState.Merge(states.Select((s, i) => DossierState.Read(s, "s" + i + ".json").GetValueOrThrow())).Problems;
        var found = problems.Where(p => p.Code == code).ToArray();
        Assert.True(found.Length > 0, code + " was not produced; got: " + string.Join(" | ", problems));
        Assert.All(found, p => Assert.NotNull(p.Source));
        Assert.All(found, p => Assert.StartsWith("$.", p.Path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-03-0\"T08:00")]
    [InlineData("20 5-03-02")]
    [InlineData("2025-03-02T0!:00")]
    public void Date_WithACharacterBelowZero_IsRejectedNotThrown(string date)
    {
        // Found by fuzzing: a checked cast of a negative digit value threw an OverflowException.
        var result = DossierReader.ReadCsv(new StringReader(Header + "A,U1," + date.Replace("\"", "\"\"", StringComparison.Ordinal).Insert(0, "\"") + "\",2025-03-07T17:00,,,\n"), null, "d.csv");
        Assert.Contains(result.Problems, p => p.Code == DossierProblemCodes.InvalidDate && p.Line == 2);
    }

    [Fact]
    public void EveryCode_HasATrigger_AndADocRow()
    {
        var codes = typeof(DossierProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        var triggered = Triggers().Select(row => (string)row[0]).Concat(StateTriggers().Select(row => (string)row[0])).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(codes, c => !triggered.Contains(c));
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "errors.md"));
        Assert.All(codes, c => Assert.Contains("| `" + c + "` |", doc, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cchc.Scoring.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cchc.Scoring.sln not found");
    }
}
