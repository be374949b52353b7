using System.Linq;
using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>The workbook's sensitivity sheet shows a <see cref="SensitivityResult"/> as it is; without one there is no sheet.</summary>
public sealed class WorkbookSensitivityTests
{
    [Fact]
    public void Sheet_ShowsEachUnitsIntervalAndShares()
    {
        var result = Sample.Score();
        var sensitivity = SensitivityAnalysis.Run(Sample.Framework, Sample.Submissions, result.Request, new SensitivityOptions { Weights = WeightVariation.Areas, WeightRange = 0.1m, Samples = 100 });
        var options = new ReportOptions(Language.En) { Sensitivity = sensitivity };
        var book = WorkbookReportTests.Book.Read(WorkbookReport.Render(ScoringSummary.Create(result, Sample.Submissions), options));
        Assert.Equal("Sensitivity", book.Names[1]);
        var sheet = book.Sheet("Sensitivity");
        Assert.Equal("Unit", sheet.Text("A5"));
        // Row 6 on: one row per unit, in the result's order.
        for (int u = 0; u < sensitivity.Units.Count; u++)
        {
            var unit = sensitivity.Units[u];
            string row = (6 + u).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(unit.UnitId, sheet.Text("A" + row));
            Assert.Equal(unit.NominalRank, (int?)sheet.Number("B" + row));
            Assert.Equal(unit.RankLow, (int?)sheet.Number("E" + row));
            Assert.Equal(unit.RankHigh, (int?)sheet.Number("F" + row));
        }

        var without = WorkbookReportTests.Book.Read(WorkbookReport.Render(ScoringSummary.Create(result, Sample.Submissions), new ReportOptions(Language.En)));
        Assert.DoesNotContain("Sensitivity", without.Names);
    }
}
