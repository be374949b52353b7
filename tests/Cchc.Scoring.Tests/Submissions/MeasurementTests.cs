using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Tests.Submissions;

public class MeasurementTests
{
    [Fact]
    public void ComparableValue_RatioWithExclusions()
    {
        // T02: secret dossiers leave both sides: 875 ÷ (1005 − 5) × 100 = 875 ÷ 1000 × 100 = 87.5.
        Assert.Equal(87.5m, Measurement.Ratio(875, 1005, 5).ComparableValue);
    }

    [Fact]
    public void ComparableValue_RatioWithoutExclusions()
    {
        // 9 ÷ 12 × 100 = 75.
        Assert.Equal(75m, Measurement.Ratio(9, 12).ComparableValue);
    }

    [Fact]
    public void ComparableValue_ZeroDenominator_Null()
    {
        Assert.Null(Measurement.Ratio(0, 0).ComparableValue);

        // 5 − 5 = 0 after exclusions: nothing to measure.
        Assert.Null(Measurement.Ratio(0, 5, 5).ComparableValue);
    }

    [Fact]
    public void ComparableValue_OtherKinds()
    {
        Assert.Equal(12.50m, Measurement.Quantity(12.50m).ComparableValue);
        Assert.Equal(15m, Measurement.Duration(15).ComparableValue);
        Assert.Equal(95.2m, Measurement.Percentage(95.2m).ComparableValue);
        Assert.Equal(1m, Measurement.YesNo(true).ComparableValue);
        Assert.Equal(0m, Measurement.YesNo(false).ComparableValue);
        Assert.Null(Measurement.NotApplicable(MeasureKind.Ratio).ComparableValue);
    }

    [Fact]
    public void Equality_ByKindAndFigures()
    {
        Assert.Equal(Measurement.Ratio(1, 2), Measurement.Ratio(1, 2));
        Assert.NotEqual(Measurement.Ratio(1, 2), Measurement.Ratio(1, 2, 1));
        Assert.NotEqual(Measurement.Quantity(1), Measurement.Duration(1));
        Assert.True(Measurement.Quantity(1) == Measurement.Quantity(1.0m));
    }

    [Fact]
    public void ToString_Invariant()
    {
        Assert.Equal("875/1005 (5 excluded)", Measurement.Ratio(875, 1005, 5).ToString());
        Assert.Equal("12.5", Measurement.Quantity(12.50m).ToString());
        Assert.Equal("yes", Measurement.YesNo(true).ToString());
        Assert.Equal("not applicable", Measurement.NotApplicable(MeasureKind.YesNo).ToString());
    }
}
