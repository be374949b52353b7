using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary><c>cchc form --assessment</c> writes assessment forms; <c>--records</c> reads them back, by content, beside JSON records.</summary>
public sealed class AssessmentFormCommandTests : IDisposable
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string Submissions = """
        { "units": [ { "id": "SNV", "name": { "vi": "Sở Nội vụ", "en": "Department of Home Affairs" }, "kind": "department" } ],
          "submissions": [
          { "unit": "SNV", "period": "2025", "indicator": "I1", "recordedAt": "2026-01-02T00:00:00Z", "answer": true },
          { "unit": "SNV", "period": "2025", "indicator": "I2", "recordedAt": "2026-01-02T00:00:00Z", "numerator": 80, "denominator": 100 }
        ] }
        """;

    private const string SelfRecords = """
        { "entries": [
          { "unit": "SNV", "period": "2025", "indicator": "I1", "kind": "selfAssessment", "recordedAt": "2026-01-05T00:00:00Z", "by": "unit", "points": 9 }
        ] }
        """;

    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private string Framework => _data.Write("fw.json", AppraisalCommandTestsData.Framework);

    private string Subs => _data.Write("subs.json", Submissions);

    private string Dir(string name) => Path.Combine(_data.Directory, name);

    [Fact]
    public void A_self_assessment_form_written_filled_and_given_to_records_scores_from_the_self_assessment()
    {
        var run = Cli.Run("form", "--assessment", "-f", Framework, "-s", Subs, "--period", "2025", "--unit", "SNV", "--out", Dir("td"));
        Assert.True(run.ExitCode == 0, run.ToString());
        string form = Path.Combine(Dir("td"), "SNV-2025-self.xlsx");
        Assert.Equal(form, run.Output.Trim());

        // I1 self-assessed 7 of 10 (row 10, column I), recorded 2026-01-05 09:00.
        string filled = Path.Combine(Dir("td"), "filled.xlsx");
        File.WriteAllBytes(filled, SetCells(File.ReadAllBytes(form), ("C6", "2026-01-05 09:00", false), ("I10", "7", true)));
        var score = Cli.Run("score", "-f", Framework, "-s", Subs, "--period", "2025", "--records", filled, "--format", "json");
        Assert.True(score.ExitCode == 0, score.ToString());
        Assert.Contains("\"stage\": \"selfAssessment\"", score.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appraisal_form_is_appended_to_the_records_before_it()
    {
        string records = _data.Write("records.json", SelfRecords);
        var run = Cli.Run("form", "--assessment", "--stage", "appraisal", "--round", "1", "--by", "council", "-f", Framework, "-s", Subs, "--period", "2025", "--unit", "SNV", "--records", records, "--out", Dir("td"));
        Assert.True(run.ExitCode == 0, run.ToString());
        string form = Path.Combine(Dir("td"), "SNV-2025-appraisal-1.xlsx");
        string filled = Path.Combine(Dir("td"), "filled.xlsx");
        File.WriteAllBytes(filled, SetCells(File.ReadAllBytes(form), ("C6", "2026-01-20", false), ("I10", "6", true)));

        var explain = Cli.Run("explain", "-f", Framework, "-s", Subs, "--period", "2025", "--records", records, "--records", filled, "-u", "SNV", "--lang", "en");
        Assert.True(explain.ExitCode == 0, explain.ToString());
        Assert.Contains("Assessment records: 6 (appraisal round 1 (council)", explain.Output, StringComparison.Ordinal);

        // The form alone: an appraisal without the self-assessment is legal (criteria scored from surveys are never self-assessed).
        var alone = Cli.Run("score", "-f", Framework, "-s", Subs, "--period", "2025", "--records", filled, "--format", "json");
        Assert.True(alone.ExitCode == 0, alone.ToString());
        Assert.Contains("\"stage\": \"appraisal\"", alone.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_with_a_problem_is_refused_with_its_cell()
    {
        Assert.Equal(0, Cli.Run("form", "--assessment", "-f", Framework, "-s", Subs, "--period", "2025", "--unit", "SNV", "--out", Dir("td")).ExitCode);
        string filled = Path.Combine(Dir("td"), "SNV-tu-danh-gia.xlsx");
        File.WriteAllBytes(filled, SetCells(File.ReadAllBytes(Path.Combine(Dir("td"), "SNV-2025-self.xlsx")), ("C6", "2026-01-05", false), ("I10", "12", true)));
        var run = Cli.Run("score", "-f", Framework, "-s", Subs, "--period", "2025", "--records", filled);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(filled + ": 2025!I10: error out-of-range:", run.Error, StringComparison.Ordinal);

        // A figures form given as records says where it belongs.
        Assert.Equal(0, Cli.Run("form", "-f", Framework, "-s", Subs, "--period", "2025", "--unit", "SNV", "--out", Dir("sl")).ExitCode);
        var figures = Cli.Run("score", "-f", Framework, "-s", Subs, "--period", "2025", "--records", Path.Combine(Dir("sl"), "SNV-2025.xlsx"));
        Assert.Equal(1, figures.ExitCode);
        Assert.Contains("not-a-form", figures.Error, StringComparison.Ordinal);
        Assert.Contains("--submissions", figures.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assessment_options_need_assessment()
    {
        Assert.Equal(CliApp.UsageError, Cli.Run("form", "--stage", "appraisal", "--period", "2025", "--unit", "VP", "--out", Dir("x")).ExitCode);
        Assert.Equal(CliApp.UsageError, Cli.Run("form", "--assessment", "--stage", "final", "--period", "2025", "--unit", "VP", "--out", Dir("x")).ExitCode);
        Assert.Equal(CliApp.UsageError, Cli.Run("form", "--assessment", "--round", "0", "--period", "2025", "--unit", "VP", "--out", Dir("x")).ExitCode);
    }

    /// <summary>Sets cells of the form's sheet: a text (inline) or a number.</summary>
    private static byte[] SetCells(byte[] package, params (string Reference, string Value, bool Number)[] cells)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                if (entry.FullName != "xl/worksheets/sheet1.xml")
                {
                    from.CopyTo(to);
                    continue;
                }

                var doc = XDocument.Load(from);
                foreach (var (reference, value, number) in cells)
                {
                    long rowNumber = long.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
                    var row = doc.Descendants(Main + "row").First(r => (long)r.Attribute("r")! == rowNumber);
                    var cell = row.Elements(Main + "c").Single(c => (string?)c.Attribute("r") == reference);
                    cell.RemoveNodes();
                    cell.SetAttributeValue("t", number ? null : "inlineStr");
                    cell.Add(number ? new XElement(Main + "v", value) : new XElement(Main + "is", new XElement(Main + "t", value)));
                }

                doc.Save(to);
            }
        }

        return output.ToArray();
    }
}
