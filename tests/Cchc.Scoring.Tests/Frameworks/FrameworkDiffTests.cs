using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Frameworks;

public sealed class FrameworkDiffTests
{
    [Fact]
    public void Compare_SameFramework_IsEmpty()
    {
        var diff = FrameworkDiff.Compare(FrameworkOverrideTests.Base, FrameworkOverrideTests.Base);
        Assert.True(diff.IsEmpty);
        Assert.Equal(string.Empty, diff.ToString());
    }

    [Fact]
    public void Compare_BaseAndOverride_ListsEveryChange()
    {
        var o = FrameworkOverride.Read("""
            { "id": "px", "version": "1", "base": { "id": "base-fw" },
              "bands": [ { "code": "A", "name": { "vi": "A", "en": "A" }, "min": 85 }, { "code": "B", "name": { "vi": "B", "en": "B" }, "min": 0 } ],
              "retire": [ { "indicator": "T03" } ],
              "add": [ { "area": "A", "indicator": { "code": "T04", "name": { "vi": "Số hóa", "en": "Digitised" }, "measure": "ratio", "unit": "%",
                "target": { "comparison": ">=", "value": 80 }, "rule": { "kind": "proportional" }, "points": 6 } } ],
              "change": [ { "indicator": "T01", "points": 14, "target": { "value": 85 } },
                          { "indicator": "T02", "rule": { "kind": "threshold" } } ] }
            """).GetValueOrThrow();
        var merged = FrameworkOverride.Apply(FrameworkOverrideTests.Base, o).GetValueOrThrow();

        var diff = FrameworkDiff.Compare(FrameworkOverrideTests.Base, merged);

        Assert.Equal(
            """
            version: 1.0.0 → 1.0.0+px@1
            bands: A ≥ 90, B ≥ 0 → A ≥ 85, B ≥ 0
            - T03 (B, 10 points, yesNo, target = 1, rule {"kind":"yesNo"}): ISO
            + T04 (A, 6 points, ratio, target >= 80, rule {"kind":"proportional"}): Digitised
            T01 points: 10 → 14
            T01 target: >= 90 due 2025-12-31 → >= 85 due 2025-12-31
            T02 rule: {"kind":"goalposts","floor":60} → {"kind":"threshold"}

            """.Replace("\r", string.Empty, StringComparison.Ordinal),
            diff.ToString());
        Assert.Equal(
            [FrameworkChangeKind.Version, FrameworkChangeKind.Bands, FrameworkChangeKind.IndicatorRemoved, FrameworkChangeKind.IndicatorAdded, FrameworkChangeKind.Points, FrameworkChangeKind.Target, FrameworkChangeKind.Rule],
            diff.Changes.Select(c => c.Kind));
        Assert.Equal("T01", diff.Changes[4].Indicator);
        Assert.Equal(("10", "14"), (diff.Changes[4].Before, diff.Changes[4].After));
    }

    [Fact]
    public void Compare_HeaderFields_AndMovedIndicators()
    {
        string moved = FrameworkOverrideTests.BaseJson
            .Replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal)
            .Replace("\"totalPoints\": 30", "\"totalPoints\": 30, \"calendar\": \"administrative\"", StringComparison.Ordinal)
            .Replace("\"unit\": \"minutes\"", "\"unit\": \"min\"", StringComparison.Ordinal);
        var after = FrameworkJson.Read(moved).GetValueOrThrow();

        var diff = FrameworkDiff.Compare(FrameworkOverrideTests.Base, after);

        Assert.Equal(["version: 1.0.0 → 2.0.0", "calendar: calendar → administrative", "T02 unit: minutes → min"], diff.Changes.Select(c => c.ToString()));
    }
}
