using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using NodaTime;
using Xunit;
using static Cchc.Scoring.Forms.Tests.Workbooks;

namespace Cchc.Scoring.Forms.Tests;

/// <summary>docs/errors.md and docs/formats.md say what the package does.</summary>
public sealed class DocsTests
{
    private static string Repo(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cchc.Scoring.sln")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllText(Path.Combine(dir!.FullName, relative));
    }

    [Fact]
    public void ErrorsDoc_HasEveryFormCode()
    {
        string doc = Repo("docs/errors.md");
        var codes = typeof(FormProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToArray();
        Assert.Equal(7, codes.Length);
        Assert.All(codes, code => Assert.Contains("| `" + code + "` |", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void FormatsDoc_CsvExample_ReadsAsTheTableSays()
    {
        string doc = Repo("docs/formats.md");
        int at = doc.IndexOf("<!-- example: csv-submissions -->", StringComparison.Ordinal);
        int start = doc.IndexOf("```csv\n", at, StringComparison.Ordinal) + "```csv\n".Length;
        string csv = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.StartsWith(string.Join(",", SubmissionCsv.Columns) + "\n", csv, StringComparison.Ordinal);
        var read = SubmissionCsv.ReadUtf8(Encoding.UTF8.GetBytes(csv), Gtvt, "formats.md");
        Assert.True(read.IsValid, Show(read));
        var s = read.Value!.Submissions.ToDictionary(x => x.IndicatorCode);
        Assert.Equal(Measurement.Ratio(95, 100, 2), s["T02"].Measurement);
        Assert.Equal("Quý 1, đủ hồ sơ", s["T02"].Note);
        Assert.Equal(Measurement.Duration(12.5m, 40), s["T07"].Measurement);
        Assert.Equal(Measurement.YesNo(true), s["T16"].Measurement);

        // 2025-04-03 09:00 at +07:00 is 02:00 UTC; a date alone is its midnight at +07:00, 17:00 UTC the day before.
        Assert.Equal(Instant.FromUtc(2025, 4, 3, 2, 0), s["T16"].RecordedAt);
        Assert.Equal(Measurement.NotApplicable(MeasureKind.Quantity), s["T10"].Measurement);
        Assert.Equal(Instant.FromUtc(2025, 4, 2, 17, 0), s["T10"].RecordedAt);
    }
}
