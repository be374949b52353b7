using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>
/// The Word report's follow-up section filled from the core's reporting status, on the example of docs/status.md:
/// 2025-Q1 is due on Friday 4 April 2025 (4 working days, Monday 7 April a holiday). VP's I1 is on time, I2 came on
/// Tuesday 8 April (1 working day late), I3 on Monday 21 April (10: 8–11, 14–18, 21 April); TT's I1 came on 2 April and
/// was revised on 15 April (6: 8–11, 14, 15 April), its I2 never came, and I3 does not apply to a subordinate unit.
/// </summary>
public sealed class FollowUpFromStatusTests
{
    private static readonly string Page = RepositoryFiles.Read("docs/status.md");

    private static string Block(string marker)
    {
        int at = Page.IndexOf("<!-- example: " + marker + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, marker);
        int start = Page.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return Page[start..Page.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static readonly Framework Framework = FrameworkJson.Read(Block("status framework")).Value!;

    private static readonly SubmissionSet Submissions = SubmissionJson.Read(Block("status submissions"), Framework).Value!;

    private static readonly ReportingPeriod Quarter = ReportingPeriod.Parse("2025-Q1", Framework.Calendar);

    /// <summary>The end of 20 April 2025 at UTC+7.</summary>
    private static readonly Instant April20 = InstantPattern.ExtendedIso.Parse("2025-04-20T16:59:59.999999999Z").Value;

    private static ReportingStatus Status(Instant? asOf = null) =>
        ReportingStatus.Compute(Framework, Submissions, Quarter, new ReportingStatusOptions { AsOf = asOf });

    private static ScoringSummary Summary(Instant? asOf = null) =>
        ScoringSummary.Create(Scorer.Score(Framework, Submissions, new ScoringRequest(Quarter, asOf)), Submissions);

    [Fact]
    public void From_Status_DueMissingLateWithWorkingDays()
    {
        var follow = ReportingFollowUp.From(Status());
        Assert.Equal(["TT", "VP"], follow.Units.Select(u => u.UnitId));

        var tt = follow.Units[0];
        Assert.Equal((2, 1), (tt.Due, tt.Submitted)); // I1 and I2 due (I3 not applicable); I2 owed
        Assert.Equal(["I2"], tt.Missing);
        Assert.Equal(["I1"], tt.Late); // revised after the deadline
        Assert.Equal(6, tt.WorkingDaysLate["I1"]);
        Assert.Null(tt.OverdueWorkingDays); // no as-of instant: nothing is overdue yet
        Assert.Empty(tt.Partial);

        var vp = follow.Units[1];
        Assert.Equal((3, 3), (vp.Due, vp.Submitted));
        Assert.Equal(["I2", "I3"], vp.Late);
        Assert.Equal([("I2", 1), ("I3", 10)], vp.WorkingDaysLate.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void From_StatusAsOfThe20th_OwedAndOverdue()
    {
        // As of the end of 20 April VP's I3 (21 April) is not known: owed, like TT's I2, overdue by 9 working days
        // (8–11 and 14–18 April).
        var follow = ReportingFollowUp.From(Status(April20));
        Assert.Equal(9, follow.Units[0].OverdueWorkingDays);
        Assert.Equal(["I3"], follow.Units[1].Missing);
        Assert.Equal(9, follow.Units[1].OverdueWorkingDays);
        Assert.Equal(["I2"], follow.Units[1].Late);
    }

    [Fact]
    public void Docx_FollowUpSection_ShowsWorkingDaysLateAndWhatIsOwed()
    {
        var doc = Doc.Read(DocxReport.Render(Summary(), new DocxReportOptions { FollowUp = ReportingFollowUp.From(Status()) }));
        var table = doc.Tables.Single(t => t[0].Contains("Còn thiếu"));
        Assert.Equal(["1", "TT – Trung tâm Đăng kiểm", "2", "1", "1 (I1: 6 ngày làm việc)", "1 (I2)"], table[1]);
        Assert.Equal(["2", "VP – Văn phòng Sở", "3", "3", "2 (I2: 1 ngày làm việc, I3: 10 ngày làm việc)", "Đủ"], table[2]);

        // 1 of 2 units complete (VP); 1 unit owes 1 figure; 3 late (TT's I1, VP's I2 and I3).
        Assert.Contains("Có 1/2 đơn vị báo cáo đầy đủ số liệu; 1 đơn vị còn thiếu số liệu (1 chỉ tiêu); 3 chỉ tiêu báo cáo sau thời hạn.", doc.Paragraphs);
    }

    [Fact]
    public void Docx_AsOfThe20th_SaysHowLongWhatIsOwedIsOverdue_InEnglishToo()
    {
        var vi = Doc.Read(DocxReport.Render(Summary(April20), new DocxReportOptions { FollowUp = ReportingFollowUp.From(Status(April20)) }));
        var table = vi.Tables.Single(t => t[0].Contains("Còn thiếu"));
        Assert.Equal("1 (I2); quá hạn 9 ngày làm việc", table[1][5]);
        Assert.Equal(["1 (I2: 1 ngày làm việc)", "1 (I3); quá hạn 9 ngày làm việc"], table[2].Skip(4));
        Assert.Contains("Có 0/2 đơn vị báo cáo đầy đủ số liệu; 2 đơn vị còn thiếu số liệu (2 chỉ tiêu); 2 chỉ tiêu báo cáo sau thời hạn.", vi.Paragraphs);

        var en = Doc.Read(DocxReport.Render(Summary(April20), new DocxReportOptions { Language = Language.En, FollowUp = ReportingFollowUp.From(Status(April20)) }));
        var rows = en.Tables.Single(t => t[0].Contains("Still missing"));
        Assert.Equal(["1 (I2: 1 working day)", "1 (I3); overdue by 9 working days"], rows[2].Skip(4));
    }

    [Fact]
    public void Docx_WithoutFollowUp_ReadsTheSummarysReportingStatus()
    {
        var doc = Doc.Read(DocxReport.Render(Summary().WithReportingStatus(Status())));
        Assert.Equal("1 (I1: 6 ngày làm việc)", doc.Tables.Single(t => t[0].Contains("Còn thiếu"))[1][4]);
    }

    [Fact]
    public void From_Null_Throws_AndDaysMustNotBeNegative()
    {
        Assert.Throws<ArgumentNullException>("status", () => ReportingFollowUp.From(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnitReporting("VP", new LocalizedText("VP", "VP"), 1, [], ["I1"], []) { WorkingDaysLate = new System.Collections.Generic.Dictionary<string, int> { ["I1"] = -1 } });
        Assert.Throws<ArgumentNullException>(() => new UnitReporting("VP", new LocalizedText("VP", "VP"), 1, [], [], []) { WorkingDaysLate = null! });
    }
}
