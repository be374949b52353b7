using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Docs;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Cchc.Scoring.Tests.Frameworks;

/// <summary>
/// The built-in department-level PAR-style framework, its synthetic sample and the synthetic assessment records of
/// docs/examples/data/par-department (docs/methodology/par-department-2025.md explains every choice tested here).
/// </summary>
public sealed class BuiltInParDepartmentTests
{
    private const string Id = BuiltInFrameworks.ParDepartment2025;
    private const string RecordsPath = "docs/examples/data/par-department/assessments-2025.json";
    private const string MethodologyPath = "docs/methodology/par-department-2025.md";

    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2025);

    private static Framework Index => BuiltInFrameworks.Get(Id);

    private static AssessmentRecords Records => AssessmentJson.Read(RepositoryFiles.Read(RecordsPath), Index, RecordsPath).GetValueOrThrow();

    private static Instant At(string instant) => InstantPattern.ExtendedIso.Parse(instant).Value;

    private static ScoringResult Score(Instant? asOf = null, bool records = true, Framework? framework = null)
    {
        var request = new ScoringRequest(Year, asOf);
        return Scorer.Score(framework ?? Index, BuiltInFrameworks.GetSample(Id), records ? request.WithAssessments(Records) : request);
    }

    private static IndicatorScore Criterion(Scorecard card, string code) => card.Indicators.Single(s => s.Indicator.Code == code);

    /// <summary>The points of the criteria that are not survey-only.</summary>
    private static decimal SelfAssessedPart(Scorecard card) => card.Indicators.Where(s => !s.Indicator.IsSurveyOnly).Sum(s => s.Points);

    private static decimal SurveyPart(Scorecard card) => card.Indicators.Where(s => s.Indicator.IsSurveyOnly).Sum(s => s.Points);

    private static string ResourceText(string name)
    {
        using var stream = typeof(BuiltInFrameworks).Assembly.GetManifestResourceStream("Cchc.Scoring.BuiltIn." + name);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string WithoutComment(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("  \"$comment\": ", StringComparison.Ordinal)));

    [Fact]
    public void Ids_ListIt_AndItLoads()
    {
        Assert.Equal("par-department-2025", Id);
        Assert.Contains(Id, BuiltInFrameworks.Ids);
        Assert.True(BuiltInFrameworks.TryGet(Id, out var framework));
        Assert.Equal(Id, framework.Id);
    }

    [Fact]
    public void Framework_Header_IsAsDocumented()
    {
        var index = Index;
        Assert.Equal("1.0.0", index.Version);
        Assert.Equal(TestData.Date("2025-01-01"), index.Plan.Start);
        Assert.Equal(TestData.Date("2025-12-31"), index.Plan.End);
        Assert.Equal(ReportingCalendar.Calendar, index.Calendar);
        Assert.Equal((2, RoundingMode.HalfAwayFromZero, RoundingLevel.Indicator), (index.Rounding.Digits, index.Rounding.Mode, index.Rounding.Level));
        Assert.Equal(100m, index.TotalPoints);
        Assert.True(index.SurveyOptional);
        // Nam Định's department groups I ≥ 90 and II 80 to < 90 as Tốt and Khá; Trung bình from 70; Yếu below.
        Assert.Equal(
            [("tot", "Tốt", 90m), ("kha", "Khá", 80m), ("trung-binh", "Trung bình", 70m), ("yeu", "Yếu", 0m)],
            index.Bands.OrderByDescending(b => b.MinIndex).Select(b => (b.Code, b.Name.Vi, b.MinIndex)));
    }

    [Fact]
    public void Areas_HaveThe2017ProvincialSetMaxima_AndTotal100()
    {
        // 2017 provincial set: 10 + 10 + 14.5 + 11 + 16 + 7 + 16 + 15.5 = 100.
        Assert.Equal(
            [("LV1", 10m), ("LV2", 10m), ("LV3", 14.5m), ("LV4", 11m), ("LV5", 16m), ("LV6", 7m), ("LV7", 16m), ("LV8", 15.5m)],
            Index.Areas.Select(a => (a.Code, a.MaxPoints)));
        Assert.Equal(100m, Index.Areas.Sum(a => a.MaxPoints));
    }

    [Fact]
    public void EveryCriterion_HasAVietnameseAndAnEnglishName()
    {
        var all = Index.Indicators.ToArray();
        Assert.Equal(43, all.Length);
        foreach (var criterion in all)
        {
            Assert.False(string.IsNullOrWhiteSpace(criterion.Name.Vi), criterion.Code);
            Assert.False(string.IsNullOrWhiteSpace(criterion.Name.En), criterion.Code);
            Assert.NotEqual(criterion.Name.Vi, criterion.Name.En);
        }

        Assert.Equal(all.Length, all.Select(c => c.Name.Vi).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Length, all.Select(c => c.Name.En).Distinct(StringComparer.Ordinal).Count());
        foreach (var area in Index.Areas)
        {
            Assert.False(string.IsNullOrWhiteSpace(area.Name.Vi) || string.IsNullOrWhiteSpace(area.Name.En), area.Code);
        }
    }

    [Fact]
    public void SurveyShare_Is30Of100_In9Criteria_AndTheRest_Is70SelfAssessedWithRequiredEvidence()
    {
        var survey = Index.Indicators.Where(i => i.IsSurveyOnly).ToArray();
        var assessed = Index.Indicators.Where(i => !i.IsSurveyOnly).ToArray();
        // 2 + 3 + 4 + 3 + 4 + 2 + 3 + 6 + 3 = 30.
        Assert.Equal(["XH1", "XH2", "XH3", "XH4", "XH5", "XH6", "XH7", "XH8.1", "XH8.2"], survey.Select(i => i.Code));
        Assert.Equal(30m, survey.Sum(i => i.MaxPoints));
        Assert.Equal(34, assessed.Length);
        Assert.Equal(70m, assessed.Sum(i => i.MaxPoints));
        Assert.All(assessed, i => Assert.NotEmpty(i.RequiredEvidence));
        Assert.All(survey, i => Assert.Empty(i.RequiredEvidence));
        Assert.All(survey, i => Assert.Equal(MeasureKind.Percentage, i.Measure));
    }

    [Fact]
    public void MethodologyAreaTable_MatchesTheFramework()
    {
        var rows = TableAfter("par-areas").Where(r => r[0].Length > 0).ToArray();
        Assert.Equal(8, rows.Length);
        foreach (var row in rows)
        {
            var area = Index.Areas.Single(a => a.Code == row[0]);
            Assert.StartsWith(area.Name.Vi, row[1], StringComparison.Ordinal);
            Assert.Equal(Number(row[2]), area.MaxPoints);
            Assert.Equal(Number(row[3]), area.Indicators.Where(i => !i.IsSurveyOnly).Sum(i => i.MaxPoints));
            Assert.Equal(Number(row[4]), area.Indicators.Where(i => i.IsSurveyOnly).Sum(i => i.MaxPoints));
        }
    }

    [Fact]
    public void MethodologyCriteriaTable_MatchesTheFramework()
    {
        string doc = RepositoryFiles.Read(MethodologyPath);
        foreach (var criterion in Index.Indicators)
        {
            string evidence = criterion.RequiredEvidence.Count == 0 ? "—" : string.Join(", ", criterion.RequiredEvidence);
            string row = "| " + criterion.Code + " | " + criterion.Name.Vi + " |";
            int at = doc.IndexOf(row, StringComparison.Ordinal);
            Assert.True(at >= 0, "no row for " + criterion.Code);
            string[] cells = doc[at..doc.IndexOf('\n', at)].Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(criterion.Measure switch { MeasureKind.YesNo => "yes/no", MeasureKind.Ratio => "ratio", MeasureKind.Percentage => "survey %", _ => "?" }, cells[2]);
            string rule = criterion.Rule.Kind switch
            {
                "proportional" => "proportional to " + criterion.Target.Value.ToString(CultureInfo.InvariantCulture),
                "steps" => "steps: ≥ 90 → 2, ≥ 70 → 1",
                string kind => kind,
            };
            Assert.Equal(rule, cells[3]);
            Assert.Equal(criterion.MaxPoints, Number(cells[4]));
            Assert.Equal(evidence, cells[5]);
        }
    }

    [Fact]
    public void Sample_LoadsWithNoProblems_IsLabelledSynthetic_AndIsCanonicalApartFromTheComment()
    {
        string text = ResourceText(Id + ".sample.json");
        var result = SubmissionJson.Read(text, Index);
        Assert.Empty(result.Problems);
        using var document = JsonDocument.Parse(text);
        string comment = document.RootElement.GetProperty("$comment").GetString()!;
        Assert.Contains("SYNTHETIC", comment, StringComparison.Ordinal);
        Assert.Contains("GIẢ ĐỊNH", comment, StringComparison.Ordinal);
        Assert.Equal(SubmissionJson.Write(result.Value!, Id), WithoutComment(text));
        Assert.Equal(["SNNMT", "STP", "SXD", "SYT"], result.Value!.UnitIds);
    }

    [Fact]
    public void Records_ReadWithNoProblems_AreLabelledSynthetic_AndAreCanonicalApartFromTheComment()
    {
        string text = RepositoryFiles.Read(RecordsPath);
        var read = AssessmentJson.Read(text, Index, RecordsPath);
        Assert.Empty(read.Problems);
        Assert.Empty(read.Value!.Validate());
        using var document = JsonDocument.Parse(text);
        Assert.Contains("SYNTHETIC", document.RootElement.GetProperty("$comment").GetString()!, StringComparison.Ordinal);
        Assert.Equal(AssessmentJson.Write(read.Value!, Id), WithoutComment(text));
    }

    [Fact]
    public void Sample_WithoutRecords_ScoresFromTheFigures()
    {
        var result = Score(records: false);
        Assert.Empty(result.Problems);
        var sxd = result.Find("SXD")!;
        // SXD: 70 less TC1.6 (no: 1), TC2.1 (4 ÷ 5 = 80 % → 80 × 2.5 ÷ 100 = 2, less 0.5),
        // TC3.4 (1880 ÷ 1900 = 98.947… % → 2.4736… → 2.47, less 0.03), TC5.5 (45 ÷ 50 = 90 % → 1.8, less 0.2),
        // TC7.3 (900 ÷ 1900 = 47.368… % < 50 → 47.368… × 3 ÷ 50 = 2.8421… → 2.84, less 0.16),
        // TC7.5 (1500 ÷ 1900 = 78.947… % < 80 → 78.947… × 2 ÷ 80 = 1.9736… → 1.97, less 0.03),
        // TC8.1 (9 ÷ 10 = 90 % → 3.6, less 0.4), TC8.2 (38 ÷ 40 = 95 % → 2.375 → 2.38, less 0.12):
        // 70 − 2.44 = 67.56. TC1.2: 95 % ≥ 90 → 2 (steps).
        Assert.Equal(67.56m, SelfAssessedPart(sxd));
        Assert.Equal(2m, Criterion(sxd, "TC1.2").Points);
        // Survey: 85 % × 2 + 80 % × 3 + 90 % × 4 + 85 % × 3 + 82.5 % × 4 + 80 % × 2 + 86 % × 3 + 88 % × 6 + 80 % × 3
        // = 1.7 + 2.4 + 3.6 + 2.55 + 3.3 + 1.6 + 2.58 + 5.28 + 2.4 = 25.41; 67.56 + 25.41 = 92.97 of 100.
        Assert.Equal(25.41m, SurveyPart(sxd));
        Assert.Equal((92.97m, 100m, 92.97m, "tot"), (sxd.Points, sxd.MaxPoints, sxd.Index!.Value, sxd.Class!.Code));
        // SNNMT: 70 − TC1.6 (1) − TC7.4 (2) − TC1.2 (80 % → 1, less 1) − TC7.3 (40 % → 2.4, less 0.6) − TC8.1 (80 % → 3.2,
        // less 0.8) = 64.6; no survey figures: not held → 64.6 ÷ 70 × 100 = 92.2857… → 92.29.
        var snnmt = result.Find("SNNMT")!;
        Assert.Equal((64.6m, 70m, 92.29m), (snnmt.Points, snnmt.MaxPoints, snnmt.Index!.Value));
    }

    [Fact]
    public void Stp_SelfAssessment_Round1_Round2_AndFinal_ViaAsOf()
    {
        // Self-assessed: every criterion at full points but TC7.3 (2.5 of 3): 70 − 0.5 = 69.5.
        // 10 January: the survey (recorded 15 January) is not yet known → not held → 69.5 ÷ 70 × 100 = 99.2857… → 99.29.
        var selfOnly = Score(At("2026-01-10T00:00:00Z")).Find("STP")!;
        Assert.Equal((69.5m, 70m, 99.29m), (selfOnly.Points, selfOnly.MaxPoints, selfOnly.Index!.Value));
        Assert.All(selfOnly.Indicators.Where(s => !s.Indicator.IsSurveyOnly), s => Assert.Equal(AssessmentStage.SelfAssessment, s.Assessment!.Stage));

        // 16 January: the survey is in: 1.8 + 2.55 + 3.7 + 2.4 + 3.52 + 1.5 + 2.7 + 5.46 + 2.52 = 26.15; 69.5 + 26.15 = 95.65.
        var withSurvey = Score(At("2026-01-16T00:00:00Z")).Find("STP")!;
        Assert.Equal((26.15m, 95.65m, 100m), (SurveyPart(withSurvey), withSurvey.Index!.Value, withSurvey.MaxPoints));

        // Round 1: TC1.2 2 → 1, TC3.4 2.5 → 1.5, TC5.5 2 → 1.75, TC8.1 4 → 3: 69.5 − 3.25 = 66.25; + 26.15 = 92.4.
        var round1 = Score(At("2026-01-21T00:00:00Z")).Find("STP")!;
        Assert.Equal((66.25m, 92.4m), (SelfAssessedPart(round1), round1.Index!.Value));
        Assert.Equal((AssessmentStage.Appraisal, (int?)1, 1m), (Criterion(round1, "TC1.2").Assessment!.Stage, Criterion(round1, "TC1.2").Assessment!.Round, Criterion(round1, "TC1.2").Points));

        // Round 2 (council) after the explanations: TC1.2 accepted → 2; TC3.4 rejected → stays 1.5: 66.25 + 1 = 67.25; + 26.15 = 93.4.
        var round2 = Score(At("2026-02-06T00:00:00Z")).Find("STP")!;
        Assert.Equal((67.25m, 93.4m), (SelfAssessedPart(round2), round2.Index!.Value));
        var tc34 = Criterion(round2, "TC3.4").Assessment!;
        Assert.Equal((AssessmentStage.Appraisal, (int?)2, AssessorRole.Council, false), (tc34.Stage, tc34.Round, tc34.Author, tc34.ExplanationAccepted));
        Assert.True(Criterion(round2, "TC1.2").Assessment!.ExplanationAccepted);

        // Final decision: TC8.1 3 → 3.5: 67.25 + 0.5 = 67.75; + 26.15 = 93.9, published.
        var final = Score().Find("STP")!;
        Assert.Equal((67.75m, 93.9m, "tot"), (SelfAssessedPart(final), final.Index!.Value, final.Class!.Code));
        Assert.All(final.Indicators.Where(s => !s.Indicator.IsSurveyOnly), s => Assert.True(s.Assessment!.Stage == AssessmentStage.FinalDecision && s.Assessment.IsPublished));
        Assert.Equal(-0.5m, Criterion(final, "TC8.1").SelfAssessmentDifference);
    }

    [Fact]
    public void Syt_SurveyAbsent_RescalesToTheNonSurveyMaximum()
    {
        var syt = Score().Find("SYT")!;
        // No survey criterion has a figure or appraised points: the 30 survey points leave the maximum.
        // Claimed 70 − 1 (TC7.3: 2 of 3) − 1 (TC8.1: 3 of 4) = 68; TC2.1's 2.5 count 0 (missing evidence): 65.5.
        // Index = 65.5 ÷ 70 × 100 = 93.5714… → 93.57.
        Assert.Equal((65.5m, 70m, 93.57m, "tot"), (syt.Points, syt.MaxPoints, syt.Index!.Value, syt.Class!.Code));
        Assert.All(syt.Indicators.Where(s => s.Indicator.IsSurveyOnly), s =>
        {
            Assert.Equal((IndicatorStatus.NotApplicable, 0m), (s.Status, s.MaxPoints));
            Assert.True(s.Trace.SurveyNotHeld);
        });
    }

    [Fact]
    public void Syt_MissingEvidence_CountsZero_UnlessAnExplanationIsAccepted()
    {
        var result = Score();
        var syt = result.Find("SYT")!;
        // TC2.1: 2.5 claimed without the required "list": 0, reported.
        var tc21 = Criterion(syt, "TC2.1");
        Assert.Equal(0m, tc21.Points);
        Assert.True(tc21.Assessment!.IsZeroedForMissingEvidence);
        Assert.Equal(2.5m, tc21.Assessment.Points);
        Assert.Equal(["list"], tc21.Assessment.MissingEvidence);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((AssessmentProblemCodes.MissingEvidence, "SYT/TC2.1/2025", Severity.Warning), (problem.Code, problem.Path, problem.Severity));
        // TC6.2: 1.5 claimed without the required "decision", but the explanation was accepted: 1.5.
        var tc62 = Criterion(syt, "TC6.2");
        Assert.Equal(1.5m, tc62.Points);
        Assert.False(tc62.Assessment!.IsZeroedForMissingEvidence);
        Assert.True(tc62.Assessment.ExplanationAccepted);
        Assert.Equal(["decision"], tc62.Assessment.MissingEvidence);
        // Without the records SYT's figures give every criterion but TC7.3 (500 ÷ 1500 = 33.33… % → 33.33… × 3 ÷ 50 = 2)
        // and TC8.1 (3 ÷ 4 = 75 % → 3) in full: 68 ÷ 70 × 100 = 97.1428… → 97.14.
        Assert.Equal(97.14m, Score(records: false).Find("SYT")!.Index!.Value);
    }

    [Fact]
    public void Snnmt_SurveyEnteredAsAppraisals_IsHeld()
    {
        // The managing unit enters SNNMT's survey as appraisals: 1.6 + 2.4 + 3.2 + 2.4 + 3.2 + 1.6 + 2.4 + 4.8 + 2.4 = 24;
        // its other criteria have no records and score from its figures, 64.6: 88.6 of 100 → Khá.
        var snnmt = Score().Find("SNNMT")!;
        Assert.Equal((24m, 64.6m), (SurveyPart(snnmt), SelfAssessedPart(snnmt)));
        Assert.Equal((88.6m, 100m, 88.6m, "kha"), (snnmt.Points, snnmt.MaxPoints, snnmt.Index!.Value, snnmt.Class!.Code));
        Assert.Equal(AssessmentStage.Appraisal, Criterion(snnmt, "XH8.1").Assessment!.Stage);
        Assert.Null(Criterion(snnmt, "TC1.1").Assessment);
    }

    [Fact]
    public void SurveyOnlyCriterion_SelfAssessed_IsIgnoredAndReported()
    {
        // A department that self-assesses a survey criterion: ignored (SYT's survey stays not held: 65.5 of 70), reported.
        var entry = new AssessmentEntry("SYT", Year, "XH3", AssessmentEntryKind.SelfAssessment, At("2026-01-06T03:00:00Z"), AssessorRole.Unit, 4m);
        var records = new AssessmentRecords(Records.Entries.Append(entry));
        var result = Scorer.Score(Index, BuiltInFrameworks.GetSample(Id), new ScoringRequest(Year).WithAssessments(records));
        Assert.Equal((65.5m, 70m), (result.Find("SYT")!.Points, result.Find("SYT")!.MaxPoints));
        Assert.Contains(result.Problems, p => p.Code == AssessmentProblemCodes.SurveySelfAssessed && p.Path == "SYT/XH3/2025");
    }

    [Theory]
    [InlineData("halfAwayFromZero", "89.46")]
    [InlineData("truncate", "89.45")]
    public void Rounding_TheNamDinhFigure_UnderEitherReading(string mode, string expected)
    {
        // Nam Định 2020: 62.62 appraised of a self-assessed maximum of 70, no survey: 62.62 ÷ 70 × 100 = 89.4571…;
        // half away from zero gives 89.46, truncation 89.45 (the published figure).
        var framework = FrameworkJson.Read(BuiltInFrameworks.GetJson(Id).Replace("\"mode\": \"halfAwayFromZero\"", "\"mode\": \"" + mode + "\"", StringComparison.Ordinal)).GetValueOrThrow();
        // Every self-assessed criterion appraised at full points but TC8.1 (0 of 4), TC4.1 (0 of 3), TC1.6 (0.62 of 1):
        // 70 − 4 − 3 − 0.38 = 62.62.
        var low = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["TC8.1"] = 0m, ["TC4.1"] = 0m, ["TC1.6"] = 0.62m };
        var entries = framework.Indicators.Where(i => !i.IsSurveyOnly).Select(i => new AssessmentEntry(
            "ND", Year, i.Code, AssessmentEntryKind.Appraisal, At("2026-01-20T00:00:00Z"), AssessorRole.AppraisalTeam, low.GetValueOrDefault(i.Code, i.MaxPoints), 1));
        var card = Scorer.Score(framework, new SubmissionSet([]), new ScoringRequest(Year, null, ["ND"]).WithAssessments(new AssessmentRecords(entries))).Find("ND")!;
        Assert.Equal((62.62m, 70m), (card.Points, card.MaxPoints));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), card.Index!.Value);
    }

    [Fact]
    public void MethodologyWorkedExample_IsWhatScoringGives()
    {
        var rows = TableAfter("par-stages");
        Assert.Equal(5, rows.Length);
        var bands = Index.Bands.ToDictionary(b => b.Code, b => b.Name.Vi, StringComparer.Ordinal);
        foreach (string[] row in rows)
        {
            Instant? asOf = row[0] == "final" ? null : At(row[0]);
            var stp = Score(asOf).Find("STP")!;
            var stages = stp.Indicators.Where(s => !s.Indicator.IsSurveyOnly).Select(s => s.Assessment!.Stage).Distinct().ToArray();
            string from = stages.Contains(AssessmentStage.FinalDecision) ? "final decision"
                : stages.Contains(AssessmentStage.Appraisal) ? "appraisal round " + stp.Indicators.Max(s => s.Assessment?.Round ?? 0).ToString(CultureInfo.InvariantCulture)
                : "self-assessment";
            Assert.Equal(row[1], from);
            Assert.Equal(Number(row[2]), SelfAssessedPart(stp));
            if (row[3] == "not held")
            {
                Assert.All(stp.Indicators.Where(s => s.Indicator.IsSurveyOnly), s => Assert.True(s.Trace.SurveyNotHeld));
            }
            else
            {
                Assert.Equal(Number(row[3]), SurveyPart(stp));
            }

            Assert.Equal((Number(row[4]), Number(row[5]), row[6]), (stp.MaxPoints, stp.Index!.Value, bands[stp.Class!.Code]));
        }
    }

    [Fact]
    public void MethodologyResultsTable_IsWhatScoringGives()
    {
        var rows = TableAfter("par-results");
        Assert.Equal(4, rows.Length);
        var result = Score();
        var bands = Index.Bands.ToDictionary(b => b.Code, b => b.Name.Vi, StringComparer.Ordinal);
        foreach (string[] row in rows)
        {
            var card = result.Find(row[0])!;
            Assert.Equal(Number(row[1].Split(' ')[0]), SelfAssessedPart(card));
            if (row[2] == "not held")
            {
                Assert.All(card.Indicators.Where(s => s.Indicator.IsSurveyOnly), s => Assert.True(s.Trace.SurveyNotHeld));
            }
            else
            {
                Assert.Equal(Number(row[2].Split(' ')[0]), SurveyPart(card));
            }

            Assert.Equal((Number(row[3]), Number(row[4]), row[5]), (card.MaxPoints, card.Index!.Value, bands[card.Class!.Code]));
        }
    }

    private static decimal Number(string cell) => decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The body rows of the table after <c>&lt;!-- example: marker --&gt;</c> in the methodology page, as trimmed cells.</summary>
    private static string[][] TableAfter(string marker)
    {
        string doc = RepositoryFiles.Read(MethodologyPath);
        int at = doc.IndexOf("<!-- example: " + marker + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, "marker '" + marker + "' not found");
        return doc[at..].Split('\n').Skip(1).TakeWhile(l => l.StartsWith('|')).Skip(2)
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToArray();
    }
}
