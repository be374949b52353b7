using System;
using System.IO;
using System.Linq;
using Cchc.Scoring.Forms;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>Issue 13: forms out (<c>cchc form</c>, <c>cchc sample</c>), filled forms and CSV in, beside JSON, by content.</summary>
public sealed class FormCommandTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private string Dir(string name) => Path.Combine(_data.Directory, name);

    [Fact]
    public void Form_writes_one_workbook_per_unit_the_same_bytes_each_time()
    {
        var run = Cli.Run("form", "--period", "2025-Q1", "--all-units", "--out", Dir("a"));
        var again = Cli.Run("form", "--period", "2025-Q1", "--all-units", "--out", Dir("b"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Directory.GetFiles(Dir("a")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        // The built-in sample declares 9 units.
        Assert.Equal(9, files.Length);
        Assert.Contains("VP-2025-Q1.xlsx", files);
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(Dir("a"), f!)), File.ReadAllBytes(Path.Combine(Dir("b"), f!))));
        Assert.Equal(0, again.ExitCode);
    }

    [Theory]
    [InlineData("2025-Q2", "QLKCHT QLVT SO SXD TTSH VP")]
    [InlineData("2025-Q3", "QLGT SXD-MOI TTSH-1 TTSH-2 VP")]
    [InlineData("2025", "QLGT SXD-MOI TTSH-1 TTSH-2 VP")]
    public void Form_all_units_writes_only_the_units_that_exist_at_the_periods_end(string period, string expected)
    {
        // The reorganisation sample: on 1 July 2025 SO + SXD merge into SXD-MOI, QLKCHT + QLVT into QLGT, TTSH splits
        // into TTSH-1 and TTSH-2; VP stays. On 30 June the 6 old units exist; on 30 September and 31 December the 5 new.
        string framework = Path.Combine(RepositoryFiles.Root, "docs/examples/data/reorganisation/framework.json");
        string submissions = Path.Combine(RepositoryFiles.Root, "docs/examples/data/reorganisation/submissions.json");
        var run = Cli.Run("form", "-f", framework, "-s", submissions, "--period", period, "--all-units", "--out", Dir("r"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var units = Directory.GetFiles(Dir("r")).Select(f => Path.GetFileName(f)[..^(period.Length + 6)]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(' ', units));
    }

    [Fact]
    public void Form_for_a_unit_that_ended_before_the_periods_end_is_written_with_a_warning()
    {
        // SO merged into SXD-MOI on 1 July 2025: asked for by name for 2025-Q3 its form is written, and the warning says
        // it does not exist on 30 September and what became of it; for 2025-Q2 (it existed on 30 June) nothing is said.
        string framework = Path.Combine(RepositoryFiles.Root, "docs/examples/data/reorganisation/framework.json");
        string submissions = Path.Combine(RepositoryFiles.Root, "docs/examples/data/reorganisation/submissions.json");
        var q3 = Cli.Run("form", "-f", framework, "-s", submissions, "--period", "2025-Q3", "--unit", "SO", "--out", Dir("q3"));
        Assert.True(q3.ExitCode == 0, q3.ToString());
        Assert.True(File.Exists(Path.Combine(Dir("q3"), "SO-2025-Q3.xlsx")));
        Assert.Contains("warning", q3.Error, StringComparison.Ordinal);
        Assert.Contains("Unit 'SO' does not exist on 2025-09-30, the last day of 2025-Q3 (merged into SXD-MOI on 2025-07-01)", q3.Error, StringComparison.Ordinal);

        var q2 = Cli.Run("form", "-f", framework, "-s", submissions, "--period", "2025-Q2", "--unit", "SO", "--out", Dir("q2"));
        Assert.True(q2.ExitCode == 0, q2.ToString());
        Assert.DoesNotContain("does not exist", q2.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_needs_unit_or_all_units_and_knows_the_units()
    {
        Assert.Equal(CliApp.UsageError, Cli.Run("form", "--period", "2025-Q1", "--out", Dir("a")).ExitCode);
        var unknown = Cli.Run("form", "--period", "2025-Q1", "--unit", "vp", "--out", Dir("a"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("unknown-unit", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("'VP'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_writes_json_csv_and_forms_that_score_the_same()
    {
        var run = Cli.Run("sample", "--out", Dir("s"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(Dir("s"), "sample.json")));
        Assert.True(File.Exists(Path.Combine(Dir("s"), "sample.csv")));
        Assert.True(File.Exists(Path.Combine(Dir("s"), "forms", "VP-2025-Q1.xlsx")));

        // Points per unit and indicator (columns Unit, Indicator, Points): the same from JSON, from CSV and from the forms.
        string[] Points(string submissions)
        {
            var score = Cli.Run("score", "-s", submissions, "--period", "2025-Q1", "--format", "csv", "--lang", "en");
            Assert.True(score.ExitCode == 0, score.ToString());
            return Csv.Parse(score.Output).Skip(1).Where(f => f.Count > 8).Select(f => f[0] + " " + f[3] + " " + f[8]).ToArray();
        }

        var json = Points(Path.Combine(Dir("s"), "sample.json"));
        Assert.NotEmpty(json);
        Assert.Equal(json, Points(Path.Combine(Dir("s"), "sample.csv")));
        Assert.Equal(json, Points(Path.Combine(Dir("s"), "forms")));
    }

    [Fact]
    public void Json_csv_and_forms_mix_in_one_folder_and_every_problem_is_located()
    {
        Assert.Equal(0, Cli.Run("sample", "--out", Dir("s")).ExitCode);
        Directory.CreateDirectory(Dir("mix"));
        File.Copy(Path.Combine(Dir("s"), "forms", "VP-2025-Q1.xlsx"), Path.Combine(Dir("mix"), "van-phong.xlsx"));
        File.WriteAllText(Path.Combine(Dir("mix"), "khtc.csv"), "unit;period;indicator;numerator;denominator;recordedAt\nKHTC;2025-Q1;T14;3;4;2025-04-02\n");
        File.WriteAllText(Path.Combine(Dir("mix"), "units.json"), "{ \"framework\": \"gtvt-tiengiang-2021-2025\", \"submissions\": [ { \"unit\": \"TTRA\", \"period\": \"2025-Q1\", \"indicator\": \"T14\", \"numerator\": 1, \"denominator\": 1, \"recordedAt\": \"2025-04-02T00:00:00Z\" } ] }");

        var ok = Cli.Run("score", "-s", Dir("mix"), "--period", "2025-Q1", "--format", "csv", "--lang", "en");
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Contains(ok.OutputLines, l => l.StartsWith("KHTC,", StringComparison.Ordinal) && l.Contains(",T14,", StringComparison.Ordinal));
        Assert.Contains(ok.OutputLines, l => l.StartsWith("TTRA,", StringComparison.Ordinal));
        Assert.Contains(ok.OutputLines, l => l.StartsWith("VP,", StringComparison.Ordinal));

        // A CSV row with a comma decimal in an English-style file, and a percent typed for a count.
        File.WriteAllText(Path.Combine(Dir("mix"), "khtc.csv"), "unit,period,indicator,numerator,denominator,recordedAt\nKHTC,2025-Q1,T14,75%,4,2025-04-02\n");
        var bad = Cli.Run("score", "-s", Dir("mix"), "--period", "2025-Q1");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains(Path.Combine(Dir("mix"), "khtc.csv") + ":2: column 4 (numerator): error invalid-value: '75%' is a percent, but a count is asked here", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_and_score_locate_a_problem_of_a_form_at_its_sheet_and_cell()
    {
        Assert.Equal(0, Cli.Run("sample", "--out", Dir("s")).ExitCode);
        string form = Path.Combine(Dir("s"), "forms", "VP-2025-Q1.xlsx");

        // The metadata sheet is changed by hand: the form cannot be tied to its indicators.
        var bytes = File.ReadAllBytes(form);
        string broken = Path.Combine(_data.Directory, "so-lieu.xlsx");
        File.WriteAllBytes(broken, bytes[..(bytes.Length - 40)]);
        var validate = Cli.Run("validate", broken);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains(broken + ": error unreadable-workbook", validate.Output, StringComparison.Ordinal);

        var fine = Cli.Run("validate", form);
        Assert.True(fine.ExitCode == 0, fine.ToString());
        var read = SubmissionForm.Read(bytes, BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025));
        Assert.True(read.IsValid);
    }
}
