using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;

namespace Cchc.Scoring;

/// <summary>One measured indicator (tiêu chí): what is measured, its target, how it is scored and its maximum points.</summary>
public sealed class Indicator
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="code">A code unique in the framework, e.g. <c>T02</c>.</param>
    /// <param name="name">Its name.</param>
    /// <param name="measure">What is measured.</param>
    /// <param name="unitOfMeasure">The unit shown with values: <c>%</c>, <c>minutes</c>, <c>units</c>, … (free text).</param>
    /// <param name="target">The target.</param>
    /// <param name="rule">The scoring rule.</param>
    /// <param name="maxPoints">The maximum points (0 for a tracked-only indicator).</param>
    /// <param name="options">What the indicator may declare beyond its target, rule and points; null for nothing.</param>
    /// <exception cref="ArgumentNullException">A reference argument, or an item of the options' kinds of unit, is null.</exception>
    public Indicator(string code, LocalizedText name, MeasureKind measure, string unitOfMeasure, Target target, IScoringRule rule, decimal maxPoints, IndicatorOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(unitOfMeasure);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(rule);
        Code = code;
        Name = name;
        Measure = measure;
        UnitOfMeasure = unitOfMeasure;
        Target = target;
        Rule = rule;
        MaxPoints = maxPoints;
        options ??= IndicatorOptions.Default;
        PeriodRollUp = options.PeriodRollUp;
        UnitRollUp = options.UnitRollUp;
        NotApplicableTo = KindList.From(options.NotApplicableTo, nameof(options));
        MissingData = options.MissingData;
        RequiredEvidence = KindList.From(options.RequiredEvidence, nameof(options));
        IsSurveyOnly = options.SurveyOnly;
    }

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>What is measured.</summary>
    public MeasureKind Measure { get; }

    /// <summary>The unit shown with values.</summary>
    public string UnitOfMeasure { get; }

    /// <summary>The target.</summary>
    public Target Target { get; }

    /// <summary>The scoring rule.</summary>
    public IScoringRule Rule { get; }

    /// <summary>The maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>The declared period roll-up method, or null when the default of the measure kind applies.</summary>
    public PeriodRollUpMethod? PeriodRollUp { get; }

    /// <summary>The period roll-up method in force: the declared one, or <see cref="PeriodRollUpMethods.DefaultFor"/> the measure kind.</summary>
    public PeriodRollUpMethod EffectivePeriodRollUp => PeriodRollUp ?? PeriodRollUpMethods.DefaultFor(Measure);
    /// <summary>How a parent's figure is formed from its units, or null when the framework's default applies.</summary>
    public UnitRollUpMethod? UnitRollUp { get; }

    /// <summary>The kinds of unit the indicator does not apply to, in ordinal order without duplicates.</summary>
    public IReadOnlyList<string> NotApplicableTo { get; }

    /// <summary>How the indicator scores without a usable figure, or null when the framework's policy applies.</summary>
    public MissingDataPolicy? MissingData { get; }
    /// <summary>The codes of the evidence the criterion requires, in ordinal order without duplicates; empty for none.</summary>
    public IReadOnlyList<string> RequiredEvidence { get; }

    /// <summary>True when the criterion's points come only from survey results; a self-assessment is ignored and reported.</summary>
    public bool IsSurveyOnly { get; }

    /// <summary>True when the indicator is tracked without points.</summary>
    public bool IsTrackedOnly => MaxPoints == 0;

    /// <inheritdoc/>
    public override string ToString() => Code;
}
