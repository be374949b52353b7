using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Cchc.Scoring.Formulas;
using Cchc.Scoring.Rules;
using Cchc.Scoring;

namespace Cchc.Scoring.Benchmarks;

/// <summary>
/// One evaluation of the built-in proportional rule against the formula rule that mimics it (same points to the last
/// digit, tested in Cchc.Scoring.Formulas.Tests), below and above the target, with the explanation text that a score
/// carries; and compiling the formula text, new and cached.
/// </summary>
[MemoryDiagnoser]
public class FormulaBenchmarks
{
    private const string Proportional = "if(value >= target, maxPoints, if(target > 0, max(0, value) * maxPoints / target, 0))";

    private readonly FormulaRule _formula = FormulaRule.Compile(Proportional).GetValueOrThrow();
    private readonly RuleInput _below = new(Measurement.Ratio(875, 1000), 87.5m, 90m, Comparison.AtLeast, null, 10m);
    private readonly RuleInput _above = new(Measurement.Ratio(950, 1000), 95m, 90m, Comparison.AtLeast, null, 10m);

    [Benchmark(Baseline = true)]
    public decimal BuiltIn_Proportional() => ProportionalRule.Instance.Evaluate(_below) + ProportionalRule.Instance.Evaluate(_above);

    [Benchmark]
    public decimal Formula_Proportional() => _formula.Evaluate(_below) + _formula.Evaluate(_above);

    private int _n;

    /// <summary>Compiling a text not seen before (the cache holds 1024 texts and then stops growing, so this parses every time).</summary>
    [Benchmark]
    public bool Formula_Compile() => FormulaRule.Compile(Proportional + " + " + (++_n).ToString(CultureInfo.InvariantCulture)).IsValid;

    /// <summary>Compiling a text already compiled: a cache look-up.</summary>
    [Benchmark]
    public bool Formula_CompileCached() => FormulaRule.Compile(Proportional).IsValid;
}

/// <summary>
/// The evaluation alone of a compiled formula (<see cref="FormulaRule.Calculate(in FormulaInputs)"/>: the inputs in,
/// the exact decimal points out, no explanation text) beside NCalc's own interpreted evaluation of the same text
/// (NCalcSync, the expression parsed once, its parameters set once), for four typical rules, and the same arithmetic
/// written by hand in C# (the floor: what the decimal operations cost). Before timing, all three are run and must give
/// the same number.
/// </summary>
[MemoryDiagnoser]
public class FormulaEvaluationBenchmarks
{
    /// <summary>The typical rules, with the inputs each is timed on.</summary>
    private static readonly Dictionary<string, (string Text, FormulaInputs Inputs)> Cases = new(StringComparer.Ordinal)
    {
        ["proportional"] = ("min(maxPoints, maxPoints * value / target)", new(87.5m, 90m, null, 0, 0, 0, 10m)),
        ["threshold"] = ("if(value >= target, maxPoints, 0)", new(92m, 90m, null, 0, 0, 0, 10m)),
        ["goalposts"] = ("clamp((value - baseline) / (target - baseline), 0, 1) * maxPoints", new(87.5m, 90m, 80m, 0, 0, 0, 10m)),
        ["piecewise"] = ("if(value <= 15, 4, if(value >= 30, 0, 4 + (value - 15) * (0 - 4) / (30 - 15)))", new(20m, 15m, null, 0, 0, 0, 4m)),
    };

    private FormulaRule _rule = null!;
    private FormulaInputs _inputs;
    private global::NCalc.Expression _ncalc = null!;

    [Params("proportional", "threshold", "goalposts", "piecewise")]
    public string Rule { get; set; } = "proportional";

    [GlobalSetup]
    public void Setup()
    {
        var (text, inputs) = Cases[Rule];
        _rule = FormulaRule.Compile(text).GetValueOrThrow();
        _inputs = inputs;
        _ncalc = new global::NCalc.Expression(text, global::NCalc.ExpressionOptions.DecimalAsDefault | global::NCalc.ExpressionOptions.IgnoreCaseAtBuiltInFunctions);
        _ncalc.Parameters["value"] = inputs.Value;
        _ncalc.Parameters["target"] = inputs.Target;
        _ncalc.Parameters["baseline"] = inputs.Baseline ?? 0m;
        _ncalc.Parameters["maxPoints"] = inputs.MaxPoints;
        _ncalc.Functions["clamp"] = args => Math.Min(Math.Max(ToDecimal(args.Evaluate(0)), ToDecimal(args.Evaluate(1))), ToDecimal(args.Evaluate(2)));

        decimal ours = Compiled(), theirs = NCalc(), byHand = HandWritten();
        if (ours != theirs || ours != byHand)
        {
            throw new InvalidOperationException(
                Rule + ": the compiled formula gives " + ours.ToString(CultureInfo.InvariantCulture) + ", NCalc gives " + theirs.ToString(CultureInfo.InvariantCulture)
                + ", the hand-written C# gives " + byHand.ToString(CultureInfo.InvariantCulture) + ".");
        }
    }

    [Benchmark(Baseline = true)]
    public decimal Compiled() => _rule.Calculate(_inputs).Points;

    [Benchmark]
    public decimal NCalc() => ToDecimal(_ncalc.Evaluate());

    /// <summary>The same arithmetic written by hand in C#: the cost of the decimal operations themselves.</summary>
    [Benchmark]
    public decimal HandWritten()
    {
        ref readonly var i = ref _inputs;
        return Rule switch
        {
            "proportional" => Math.Min(i.MaxPoints, i.MaxPoints * i.Value / i.Target),
            "threshold" => i.Value >= i.Target ? i.MaxPoints : 0,
            "goalposts" => Math.Min(Math.Max((i.Value - i.Baseline!.Value) / (i.Target - i.Baseline!.Value), 0), 1) * i.MaxPoints,
            _ => i.Value <= 15 ? 4 : i.Value >= 30 ? 0 : 4 + ((i.Value - 15) * (0 - 4) / (30 - 15)),
        };
    }

    private static decimal ToDecimal(object? value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);
}
