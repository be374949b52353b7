using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Dossiers.Tests.Build;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>docs/dossiers.md and docs/errors.md say what the code does.</summary>
public class DocsTests
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
    public void DossiersDoc_CsvExample_AsTheTextSays()
    {
        string doc = Repo("docs/dossiers.md");
        int start = doc.IndexOf("```csv\n", StringComparison.Ordinal) + "```csv\n".Length;
        string csv = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var r = Single(DossierReader.ReadCsv(new StringReader(csv), Options("2025-Q1"), "docs/dossiers.md"));
        Assert.Equal(Measurement.Ratio(2, 3), r.Measure(DossierMetric.OnTimeRate));
        Assert.Equal(Measurement.Ratio(2, 3), r.Measure(DossierMetric.OnlineRate));
        Assert.Equal(Measurement.Ratio(2, 3), r.Measure(DossierMetric.DigitisationRate));
        Assert.Equal(Measurement.Ratio(1, 2), r.Measure(DossierMetric.OnlinePaymentRate));
        Assert.Equal(Measurement.Ratio(1, 1), r.Measure(DossierMetric.SatisfactionRate));
        Assert.Equal(new DurationStats(2, 4440 + 10140, 7290, 10140), r.ProcessingTime);
        Assert.Equal(Measurement.Duration(20), r.Measure(DossierMetric.WaitingTimeMean));
    }

    [Fact]
    public void DossiersDoc_StateExample_IsTheStateOfTheCsvExample()
    {
        string doc = Repo("docs/dossiers.md");
        int csvStart = doc.IndexOf("```csv\n", StringComparison.Ordinal) + "```csv\n".Length;
        string csv = doc[csvStart..doc.IndexOf("```", csvStart, StringComparison.Ordinal)];
        int at = doc.IndexOf("<!-- example: dossier-state", StringComparison.Ordinal);
        int start = doc.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        string state = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.Equal(StateTests.ExampleState, state);
        Assert.Equal(state, DossierReader.ReadCsv(new StringReader(csv), Options("2025-Q1")).State.ToJson());
    }

    [Fact]
    public void ErrorsDoc_HasEveryDossierCode()
    {
        string doc = Repo("docs/errors.md");
        var codes = typeof(DossierProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        Assert.All(codes, code => Assert.Contains("| `" + code + "` |", doc, StringComparison.Ordinal));
    }
}
