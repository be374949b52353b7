using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Cchc.Scoring.Rules;

/// <summary>
/// The rule kinds a framework file may use. Immutable: <see cref="With"/> returns a new registry, so a host builds
/// its own from <see cref="Default"/> and passes it to the framework reader.
/// </summary>
public sealed class RuleRegistry
{
    private readonly ImmutableSortedDictionary<string, IRuleFactory> _factories;

    private RuleRegistry(ImmutableSortedDictionary<string, IRuleFactory> factories) => _factories = factories;

    /// <summary>The built-in rules: threshold, proportional, goalposts, steps, piecewise, yesNo and tracked.</summary>
    public static RuleRegistry Default { get; } = new(
        new IRuleFactory[] { ThresholdRule.Factory, ProportionalRule.Factory, GoalpostsRule.Factory, StepsRule.Factory, PiecewiseRule.Factory, YesNoRule.Factory, TrackedRule.Factory }
            .ToImmutableSortedDictionary(f => f.Kind, f => f, StringComparer.Ordinal));

    /// <summary>The registered kinds, in ordinal order.</summary>
    public IReadOnlyList<string> Kinds => _factories.Keys.ToArray();

    /// <summary>A registry with <paramref name="factory"/> added.</summary>
    /// <param name="factory">The factory of a custom rule.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is null.</exception>
    /// <exception cref="ArgumentException">The kind is empty or already registered.</exception>
    public RuleRegistry With(IRuleFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentException.ThrowIfNullOrWhiteSpace(factory.Kind, nameof(factory));
        if (_factories.ContainsKey(factory.Kind))
        {
            throw new ArgumentException("A rule of kind '" + factory.Kind + "' is already registered.", nameof(factory));
        }

        return new RuleRegistry(_factories.Add(factory.Kind, factory));
    }

    /// <summary>Finds the factory for a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The factory, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public IRuleFactory? Find(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return _factories.GetValueOrDefault(kind);
    }
}
