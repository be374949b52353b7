using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Tests.Conventions;

/// <summary>Public types are immutable: classes sealed or static, structs readonly, no public setters.</summary>
public class MutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(Scorer).Assembly.GetExportedTypes();

    [Fact]
    public void Assembly_HasPublicTypes()
    {
        Assert.Contains(typeof(Scorer), PublicTypes);
    }

    [Fact]
    public void PublicClasses_SealedStaticOrAbstract()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToArray();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicStructs_Readonly()
    {
        var mutable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), false))
            .Select(t => t.FullName)
            .ToArray();
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicProperties_NoPublicSetter()
    {
        var settable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } || p.SetMethod is { IsFamily: true } || p.SetMethod is { IsFamilyOrAssembly: true })
            // An init-only setter (options set by name) can only run while the object is created: it stays immutable.
            .Where(p => !p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => p.DeclaringType!.FullName + "." + p.Name)
            .ToArray();
        Assert.Empty(settable);
    }

    [Fact]
    public void PublicFields_ConstOrReadonly()
    {
        var fields = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Select(f => f.DeclaringType!.FullName + "." + f.Name)
            .ToArray();
        Assert.Empty(fields);
    }
}
