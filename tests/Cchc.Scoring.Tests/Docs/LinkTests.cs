using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Cchc.Scoring.Tests.Docs;

/// <summary>Every relative link of the README, the changelog and the docs points at a file that exists.</summary>
public sealed partial class LinkTests
{
    [Fact]
    public void RelativeLinks_PointAtExistingFiles()
    {
        string root = RepositoryFiles.Root;
        var pages = new[] { "README.md", "CHANGELOG.md" }.Select(p => Path.Combine(root, p))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories));
        var links = (from page in pages
                     from Match link in MarkdownLink().Matches(File.ReadAllText(page))
                     let target = link.Groups["target"].Value.Split('#')[0]
                     where target.Length > 0 && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal)
                     select (Page: page, Target: target)).ToArray();
        var broken = links
            .Where(l => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(l.Page)!, Uri.UnescapeDataString(l.Target))) is var resolved && !File.Exists(resolved) && !Directory.Exists(resolved))
            .Select(l => Path.GetRelativePath(root, l.Page) + " → " + l.Target)
            .ToArray();

        // The check only means something if it sees the docs' many cross-links.
        Assert.True(links.Length > 50, "only " + links.Length + " relative links found");
        Assert.True(broken.Length == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
