using BenchmarkDotNet.Attributes;
using Cchc.Scoring.Formulas;
using Cchc.Scoring.Rules;
using Cchc.Scoring;

namespace Cchc.Scoring.Benchmarks;

/// <summary>
/// One evaluation of the built-in proportional rule against the formula rule that mimics it (same points to the last
/// digit, tested in Cchc.Scoring.Formulas.Tests), below and above the target; and compiling the formula text, new and cached.
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
    public bool Formula_Compile() => FormulaRule.Compile(Proportional + " + " + (++_n).ToString(System.Globalization.CultureInfo.InvariantCulture)).IsValid;

    /// <summary>Compiling a text already compiled: a cache look-up.</summary>
    [Benchmark]
    public bool Formula_CompileCached() => FormulaRule.Compile(Proportional).IsValid;
}
