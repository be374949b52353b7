using System;
using System.IO;
using System.Linq;
using Cchc.Scoring.Tests.Docs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Cchc.Scoring.Tests.Conventions;

/// <summary>
/// Interpolated strings format numbers with the current culture, and neither the BannedApiAnalyzers (which see the
/// interpolation, not the handler calls it is lowered to) nor CA1305 catch them. So the core's sources are checked
/// here: every interpolated string must be formatted invariantly, through
/// <c>string.Create(CultureInfo.InvariantCulture, $"…")</c> or <c>FormattableString.Invariant($"…")</c>.
/// </summary>
public sealed class InterpolationTests
{
    private static string[] CultureSensitiveInterpolations(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, path: path).GetRoot()
            .DescendantNodes()
            .OfType<InterpolatedStringExpressionSyntax>()
            .Where(s => !IsInvariant(s))
            .Select(s => path + ":" + (s.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + ": " + s)
            .ToArray();

    private static bool IsInvariant(InterpolatedStringExpressionSyntax s)
    {
        if (s.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } args })
        {
            return false;
        }

        string callee = call.Expression.ToString();
        return callee is "FormattableString.Invariant" or "System.FormattableString.Invariant"
            || (callee is "string.Create" or "String.Create" && args.Arguments.Count == 2
                && args.Arguments[0].Expression.ToString().EndsWith("CultureInfo.InvariantCulture", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_FlagsPlainInterpolation_AndAcceptsInvariantForms()
    {
        const string Source = """
            class C
            {
                string A(decimal d) => $"value {d}";
                string B(decimal d) => string.Create(CultureInfo.InvariantCulture, $"value {d}");
                string C2(decimal d) => FormattableString.Invariant($"value {d}");
                string D(decimal d) => string.Create(null, $"value {d}");
            }
            """;
        string[] found = CultureSensitiveInterpolations(Source, "C.cs");
        Assert.Equal(["C.cs:3: $\"value {d}\"", "C.cs:6: $\"value {d}\""], found);
    }

    [Fact]
    public void Core_HasNoCultureSensitiveInterpolation()
    {
        string core = Path.Combine(RepositoryFiles.Root, "src", "Cchc.Scoring");
        string[] files = Directory.GetFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);
        string[] found = files.SelectMany(f => CultureSensitiveInterpolations(File.ReadAllText(f), Path.GetRelativePath(core, f))).ToArray();
        Assert.True(found.Length == 0, "format these invariantly:\n" + string.Join('\n', found));
    }
}
