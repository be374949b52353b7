using System.Linq;
using Cchc.Scoring.Dossiers.Samples;
using Xunit;
using static Cchc.Scoring.Dossiers.Tests.Build;

namespace Cchc.Scoring.Dossiers.Tests;

public class GeneratorTests
{
    [Fact]
    public void SameSeed_SameDossiers()
    {
        Assert.Equal(Csv(DossierGenerator.Generate(5, 1000).ToArray()), Csv(DossierGenerator.Generate(5, 1000).ToArray()));
    }

    [Fact]
    public void OtherSeed_OtherDossiers()
    {
        Assert.NotEqual(Csv(DossierGenerator.Generate(5, 100).ToArray()), Csv(DossierGenerator.Generate(6, 100).ToArray()));
    }

    [Fact]
    public void Pinned_FirstRow()
    {
        // Pins the sequence: a change to the generator changes every sample and benchmark file.
        Assert.Equal(PinnedRow, Lines(Csv(DossierGenerator.Generate(1, 1).ToArray()))[1]);
    }

    [Fact]
    public void Realistic_AllRowsValid_ShapesPlausible()
    {
        var result = DossierReader.Read(DossierGenerator.Generate(11, 20000), Options("2025"));
        Assert.Equal(20000, result.Summary.RowsUsed);
        long received = result.Results.Sum(r => r.Online.Denominator);
        long online = result.Results.Sum(r => r.OnlineReception.Numerator);
        long onTime = result.Results.Sum(r => r.OnTime.Numerator);
        Assert.InRange(online * 100 / received, 50, 60);
        Assert.InRange(onTime * 100 / received, 70, 95);
        Assert.Equal(DossierGenerator.DefaultUnits.Count, result.Results.Count);
    }

    private const string PinnedRow = "HS-2025-00000000,TTHC-016,QLVT,2025-12-09T07:30:00,2025-12-24T17:00:00,2025-12-23T14:39:00,finished,in-person,partial,0,1,0,0,0,none,12,0";
}
