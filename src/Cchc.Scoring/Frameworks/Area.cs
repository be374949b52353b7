using System;
using System.Collections.Generic;
using System.Linq;

namespace Cchc.Scoring;

/// <summary>An area (lĩnh vực) of a framework: a group of indicators whose points add up.</summary>
public sealed class Area
{
    /// <summary>Creates an area.</summary>
    /// <param name="code">A code unique in the framework, e.g. <c>A3</c>.</param>
    /// <param name="name">Its name.</param>
    /// <param name="indicators">Its indicators, in the order they are shown.</param>
    /// <param name="notApplicableTo">The kinds of unit the whole area does not apply to (its maximum leaves their total).</param>
    /// <exception cref="ArgumentNullException">An argument, an indicator or a kind is null.</exception>
    public Area(string code, LocalizedText name, IEnumerable<Indicator> indicators, IEnumerable<string>? notApplicableTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(indicators);
        Code = code;
        Name = name;
        Indicators = indicators.ToArray();
        foreach (var indicator in Indicators)
        {
            ArgumentNullException.ThrowIfNull(indicator, nameof(indicators));
        }

        NotApplicableTo = KindList.From(notApplicableTo, nameof(notApplicableTo));
    }

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The kinds of unit the area does not apply to, in ordinal order without duplicates.</summary>
    public IReadOnlyList<string> NotApplicableTo { get; }

    /// <summary>The sum of the indicators' maximum points.</summary>
    public decimal MaxPoints => Indicators.Sum(i => i.MaxPoints);

    /// <inheritdoc/>
    public override string ToString() => Code;
}

/// <summary>Lists of unit kinds, normalised.</summary>
internal static class KindList
{
    public static IReadOnlyList<string> From(IEnumerable<string>? kinds, string parameter)
    {
        if (kinds is null)
        {
            return [];
        }

        var list = kinds.ToArray();
        foreach (string kind in list)
        {
            ArgumentNullException.ThrowIfNull(kind, parameter);
        }

        return list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }
}
