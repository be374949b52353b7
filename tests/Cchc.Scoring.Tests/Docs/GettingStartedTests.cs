using System;
using Xunit;

namespace Cchc.Scoring.Tests.Docs;

/// <summary>
/// The library example is the same text in the README (whose code runs in <see cref="ReadmeExampleTests"/>), the
/// package readme (built against the packed package by the package consumer test) and the getting-started guide.
/// </summary>
public sealed class GettingStartedTests
{
    private static string FirstCSharpBlock(string path)
    {
        string text = RepositoryFiles.Read(path);
        int start = text.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, path + " has no C# example");
        start += "```csharp\n".Length;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("src/Cchc.Scoring/README.md")]
    [InlineData("docs/getting-started.md")]
    public void LibraryExample_IsTheReadmeExample(string path) =>
        Assert.Equal(FirstCSharpBlock("README.md"), FirstCSharpBlock(path));

    [Theory]
    [InlineData("README.md", "docs/getting-started.md")]
    [InlineData("docs/index.md", "getting-started.md")]
    [InlineData("docs/index.md", "extending.md")]
    [InlineData("docs/index.md", "packaging.md")]
    [InlineData("docs/index.md", "schemas/framework.schema.json")]
    [InlineData("docs/index.md", "schemas/submissions.schema.json")]
    [InlineData("docs/index.md", "examples/README.md")]
    [InlineData("docs/index.md", "../CHANGELOG.md")]
    public void Docs_LinkTheGuides(string path, string target) =>
        Assert.Contains("](" + target, RepositoryFiles.Read(path), StringComparison.Ordinal);
}
