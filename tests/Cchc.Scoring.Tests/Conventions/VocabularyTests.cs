using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Cchc.Scoring.Tests.Docs;
using Xunit;

namespace Cchc.Scoring.Tests.Conventions;

/// <summary>
/// One vocabulary: the words of the command line and of the reports that the glossary holds are taken from it, never
/// typed again in their word tables.
/// </summary>
public sealed class VocabularyTests
{
    private static readonly string[] WordTables =
    [
        "src/Cchc.Scoring.Cli/Texts.cs",
        "src/Cchc.Scoring.Cli/TimeTexts.cs",
        "src/Cchc.Scoring.Cli/Words.cs",
        "src/Cchc.Scoring.Reports/ReportTexts.cs",
        "src/Cchc.Scoring.Reports/DocxTexts.cs",
        "src/Cchc.Scoring.Cli/StatusTexts.cs",
        "src/Cchc.Scoring.Reports/StatusReportTexts.cs",
        "src/Cchc.Scoring.Cli/AppraisalTexts.cs",
        "src/Cchc.Scoring.Reports/SensitivityReportTexts.cs",
    ];

    private static string[] GlossaryWords() =>
        typeof(Glossary).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => (LocalizedText)p.GetValue(null)!)
            .SelectMany(t => new[] { t.Vi, t.En })
            .ToArray();

    [Fact]
    public void WordTables_DoNotTypeGlossaryWordsAgain()
    {
        var words = GlossaryWords();
        Assert.True(words.Length > 40);
        var typed = WordTables
            .SelectMany(path => Regex.Matches(RepositoryFiles.Read(path), "= \"((?:[^\"\\\\]|\\\\.)*)\",").Select(m => (path, m.Groups[1].Value)))
            .Where(t => words.Contains(t.Value, StringComparer.Ordinal))
            .Select(t => t.path + ": \"" + t.Value + "\"")
            .ToArray();
        Assert.True(typed.Length == 0, "take these from Glossary:\n" + string.Join('\n', typed));
    }

    [Fact]
    public void Checker_FindsATypedGlossaryWord()
    {
        const string Table = "        Points = \"Điểm\",\n        Other = \"Khác\",";
        var found = Regex.Matches(Table, "= \"((?:[^\"\\\\]|\\\\.)*)\",").Select(m => m.Groups[1].Value).Where(GlossaryWords().Contains).ToArray();
        Assert.Equal(["Điểm"], found);
    }
}
