using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cchc.Scoring.Tests.Docs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Cchc.Scoring.Tests.Conventions;

/// <summary>
/// The floors of the core (ARCHITECTURE.md): a folder of <c>src/Cchc.Scoring</c> may use folders on its own or lower
/// floors, never higher ones. Every name in the core's sources is resolved semantically (Roslyn), so a reference
/// through a fully qualified name, an alias, a <c>using static</c>, an extension method or a member of an inferred
/// type is caught like a plain one. Documentation comments are not code and are not checked.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The floors, lowest first. The same table is written down in ARCHITECTURE.md.</summary>
    internal static readonly IReadOnlyDictionary<string, int> Floors = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Text"] = 0,
        ["Validation"] = 0,
        ["Periods"] = 0,
        ["Units"] = 1,
        ["Submissions"] = 2,
        ["Rules"] = 3,
        ["Frameworks"] = 4,
        ["Measures"] = 5,
        ["Scoring"] = 6,
        ["Aggregation"] = 7,
        ["Status"] = 5,
        ["Sensitivity"] = 8,
        ["Serialization"] = 9,
        ["Assessments"] = 2,
    };

    private static readonly string Core = Path.Combine(RepositoryFiles.Root, "src", "Cchc.Scoring");

    [Fact]
    public void Core_NoFolderUsesAHigherFloor()
    {
        var found = UpwardReferences(CoreSources());
        Assert.True(found.Count == 0, "references that climb a floor:\n" + string.Join('\n', found));
    }

    [Fact]
    public void Core_EverySourceFileIsInAFloorFolder()
    {
        var outside = CoreSources().Select(s => s.Path).Where(p => FloorOf(p) is null).ToArray();
        Assert.True(outside.Length == 0, "files outside a floor folder:\n" + string.Join('\n', outside));
    }

    [Fact]
    public void Checker_FindsPlantedUpwardReferences_PlainQualifiedAndInferred()
    {
        // Planted in the Periods floor (0): a plain name of the Scoring floor, a fully qualified one, an alias and a
        // member reached through an inferred type. Each must be reported; a reference to a lower floor must not.
        const string Planted = """
            using Alias = Cchc.Scoring.ScoringRequest;

            namespace Cchc.Scoring;

            internal static class Planted
            {
                public static object A() => typeof(Scorer);

                public static object B(ReportingPeriod p) => new Cchc.Scoring.ScoringRequest(p);

                public static object C(ReportingPeriod p) => new Alias(p);

                public static object D(object result)
                {
                    var cards = ((ScoringResult)result).Scorecards;
                    return cards[0].Index;
                }

                public static object E() => ProblemCodes.UnknownUnit;
            }
            """;
        var sources = CoreSources().Append(("Periods/Planted.cs", Planted)).ToArray();
        var found = UpwardReferences(sources).Where(f => f.StartsWith("Periods/Planted.cs", StringComparison.Ordinal)).ToArray();
        Assert.Contains(found, f => f.StartsWith("Periods/Planted.cs:7: 'Scorer'", StringComparison.Ordinal)); // a plain name
        Assert.Contains(found, f => f.StartsWith("Periods/Planted.cs:9: 'ScoringRequest'", StringComparison.Ordinal)); // a qualified name
        Assert.Contains(found, f => f.StartsWith("Periods/Planted.cs:11: 'Alias'", StringComparison.Ordinal)); // an alias
        Assert.Contains(found, f => f.StartsWith("Periods/Planted.cs:16: 'Index' is Scorecard", StringComparison.Ordinal)); // through an inferred type
        Assert.DoesNotContain(found, f => f.Contains("ProblemCodes", StringComparison.Ordinal)); // a lower floor is fine
    }

    /// <summary>
    /// The reports read results: they never score, roll up, rank or compute trajectories themselves (every name in
    /// their sources is resolved against the core assembly).
    /// </summary>
    [Fact]
    public void Reports_ReadResults_AndNeverReScore()
    {
        var found = AddOnCalls("Cchc.Scoring.Reports", ["Scorer", "Ranking", "Trajectories", "Improvement", "ScoringSummary.Create", "SensitivityAnalysis"]);
        Assert.True(found.Count == 0, "the reports compute what the result should carry:\n" + string.Join('\n', found));
    }

    /// <summary>The forms package reads and writes submissions: it never scores, ranks or rolls up.</summary>
    [Fact]
    public void Forms_ReadAndWriteSubmissions_AndNeverScore()
    {
        var found = AddOnCalls("Cchc.Scoring.Forms", ["Scorer", "Ranking", "Trajectories", "Improvement", "ScoringSummary.Create"]);
        Assert.True(found.Count == 0, "the forms package scores:\n" + string.Join('\n', found));
    }

    [Fact]
    public void AddOnChecker_FindsAPlantedReScore()
    {
        const string Planted = """
            namespace Cchc.Scoring.Reports;

            internal static class Planted
            {
                public static object A(ScoringResult r) => Cchc.Scoring.Ranking.Rank(r.Scorecards);
            }
            """;
        var found = AddOnCalls("Cchc.Scoring.Reports", ["Ranking"], ("Planted.cs", Planted));
        Assert.Contains(found, f => f.StartsWith("Planted.cs:5", StringComparison.Ordinal));
    }

    /// <summary>Every name in an add-on's sources that resolves to a member of one of the core's <paramref name="banned"/> types (or <c>Type.Member</c>).</summary>
    private static IReadOnlyList<string> AddOnCalls(string project, string[] banned, params (string Path, string Text)[] extra)
    {
        string folder = Path.Combine(RepositoryFiles.Root, "src", project);
        var sources = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Select(f => (Path.GetRelativePath(folder, f), File.ReadAllText(f)))
            .Concat(extra)
            .ToArray();
        var (trees, compilation) = Compile(sources, withCore: true);
        var found = new List<string>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(node).Symbol;
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (type is null || type.ContainingNamespace?.ToDisplayString() != "Cchc.Scoring" || type.ContainingAssembly?.Name != "Cchc.Scoring")
                {
                    continue;
                }

                if (banned.Contains(type.Name, StringComparer.Ordinal) || (symbol is IMethodSymbol && banned.Contains(type.Name + "." + symbol.Name, StringComparer.Ordinal)))
                {
                    found.Add(tree.FilePath + ":" + (node.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + ": " + type.Name + "." + symbol!.Name);
                }
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToArray();
    }

    internal static IReadOnlyList<(string Path, string Text)> CoreSources() =>
        Directory.GetFiles(Core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Core, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(f)))
            .ToArray();

    private static bool IsBuildOutput(string f) =>
        f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static int? FloorOf(string relativePath)
    {
        int slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && Floors.TryGetValue(relativePath[..slash], out int floor) ? floor : null;
    }

    /// <summary>
    /// Compiles sources against the running platform's assemblies (NodaTime among them), with the built core assembly
    /// (for an add-on) or without it (for the core's own sources, whose names must resolve to the sources themselves).
    /// </summary>
    private static (SyntaxTree[] Trees, CSharpCompilation Compilation) Compile(IEnumerable<(string Path, string Text)> sources, bool withCore)
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview).WithDocumentationMode(DocumentationMode.None);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path)).ToArray();
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform.Where(p => withCore || !Path.GetFileName(p).StartsWith("Cchc.", StringComparison.Ordinal)).Select(p => MetadataReference.CreateFromFile(p));
        return (trees, CSharpCompilation.Create("Conventions", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true)));
    }

    /// <summary>Every name in <paramref name="sources"/> that resolves to a type (or a member of a type) declared on a higher floor.</summary>
    internal static IReadOnlyList<string> UpwardReferences(IReadOnlyList<(string Path, string Text)> sources)
    {
        var (trees, compilation) = Compile(sources, withCore: false);
        var found = new List<string>();
        foreach (var tree in trees)
        {
            if (FloorOf(tree.FilePath) is not int floor)
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is not (SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax))
                {
                    continue;
                }

                var info = model.GetSymbolInfo(node);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                if (symbol is null && node is SimpleNameSyntax && model.GetAliasInfo((IdentifierNameSyntax)(node as IdentifierNameSyntax ?? SyntaxFactory.IdentifierName("_"))) is { } alias)
                {
                    symbol = alias.Target;
                }

                var type = symbol switch
                {
                    INamedTypeSymbol t => t,
                    IMethodSymbol { MethodKind: MethodKind.Constructor } m => m.ContainingType,
                    IMethodSymbol { ReducedFrom: { } r } => r.ContainingType,
                    IAliasSymbol { Target: INamedTypeSymbol t } => t,
                    { ContainingType: { } t } => t,
                    _ => null,
                };
                while (type?.ContainingType is { } outer)
                {
                    type = outer;
                }

                if (type is null)
                {
                    continue;
                }

                foreach (var declaration in type.OriginalDefinition.DeclaringSyntaxReferences)
                {
                    if (FloorOf(declaration.SyntaxTree.FilePath) is int target && target > floor)
                    {
                        int line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        found.Add(tree.FilePath + ":" + line + ": '" + node + "' is " + type.Name + " of " + declaration.SyntaxTree.FilePath + " (floor " + target + " above " + floor + ")");
                        break;
                    }
                }
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToArray();
    }
}
