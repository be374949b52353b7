using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit;
using static Cchc.Scoring.Forms.Tests.AssessmentForms;
using static Cchc.Scoring.Forms.Tests.Workbooks;

namespace Cchc.Scoring.Forms.Tests;

/// <summary>Both forms are valid Office packages and print on A4 landscape, every column on one page wide.</summary>
public sealed class PrintSetupTests
{
    public static TheoryData<string> Forms() => new() { "figures", "self", "appraisal" };

    private static byte[] Render(string which) => which switch
    {
        "figures" => SubmissionForm.Render(Gtvt, Q1, Unit("VP")),
        "self" => AssessmentForm.Render(Plan, Year, Snv),
        _ => AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Stage = AssessmentFormStage.Appraisal }),
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_IsValid_AndPrintsLandscapeOnOnePageWide(string which)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Render(which)), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description + " at " + e.Path?.XPath));
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById("rId1");
        var sheet = part.Worksheet!;
        Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        var setup = sheet.GetFirstChild<PageSetup>()!;
        Assert.Equal((9U, OrientationValues.Landscape, 1U, 0U), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
    }
}
