using System;
using System.Collections.Generic;
using System.Linq;

namespace Cchc.Scoring.Frameworks;

/// <summary>An area (lĩnh vực) of a framework: a group of indicators whose points add up.</summary>
public sealed class Area
{
    /// <summary>Creates an area.</summary>
    /// <param name="code">A code unique in the framework, e.g. <c>A3</c>.</param>
    /// <param name="name">Its name.</param>
    /// <param name="indicators">Its indicators, in the order they are shown.</param>
    /// <exception cref="ArgumentNullException">An argument or an indicator is null.</exception>
    public Area(string code, LocalizedText name, IEnumerable<Indicator> indicators)
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
    }

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The sum of the indicators' maximum points.</summary>
    public decimal MaxPoints => Indicators.Sum(i => i.MaxPoints);

    /// <inheritdoc/>
    public override string ToString() => Code;
}
