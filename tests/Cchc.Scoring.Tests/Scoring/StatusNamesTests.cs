using System;
using System.Linq;
using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Tests.Scoring;

public sealed class StatusNamesTests
{
    [Fact]
    public void IndicatorStatuses_HaveDistinctNamesInBothLanguages()
    {
        var names = Enum.GetValues<IndicatorStatus>().Select(StatusNames.Of).ToArray();
        Assert.Equal(names.Length, names.Select(n => n.Vi).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Length, names.Select(n => n.En).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Không đạt", StatusNames.Of(IndicatorStatus.NotMet).Vi);
    }

    [Fact]
    public void TrajectoryStatuses_HaveDistinctNamesInBothLanguages()
    {
        var names = Enum.GetValues<TrajectoryStatus>().Select(StatusNames.Of).ToArray();
        Assert.Equal(names.Length, names.Select(n => n.Vi).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Length, names.Select(n => n.En).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("needs acceleration", StatusNames.Of(TrajectoryStatus.NeedsAcceleration).En);
    }
}
