using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Frameworks;

/// <summary>Every built-in framework loads with no problem at all, validates, and is embedded in its canonical text.</summary>
public sealed class BuiltInCanonicalTests
{
    public static IEnumerable<object[]> Ids() => BuiltInFrameworks.Ids.Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(Ids))]
    public void Framework_LoadsWithNoProblemsAtAll_ValidatesAndIsCanonical(string id)
    {
        string text = BuiltInFrameworks.GetJson(id);
        var result = FrameworkJson.Read(text);
        Assert.Empty(result.Problems);
        Assert.Empty(result.Value!.Validate());
        Assert.Equal(text, FrameworkJson.Write(result.Value!));
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
