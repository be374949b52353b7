using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Cchc.Scoring.Formulas.Tests;

/// <summary>The package's public types follow the library's conventions: immutable, sealed or static.</summary>
public sealed class ConventionTests
{
    [Fact]
    public void PublicTypes_AreSealedOrStatic_WithNoPublicSetters()
    {
        var types = typeof(FormulaRule).Assembly.GetExportedTypes();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.True(t.IsSealed || t.IsInterface || t.IsEnum || (t.IsAbstract && t.IsSealed), t.FullName));
        Assert.All(
            types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)),
            p => Assert.Null(p.GetSetMethod()));
    }

    [Fact]
    public void Compile_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FormulaRule.Compile(null!));
        Assert.Throws<ArgumentNullException>(() => FormulaRule.Factory.Create(null!));
        Assert.Throws<ArgumentNullException>(() => FormulaRuleTests.Compile("value").WriteParameters(null!));
    }
}
