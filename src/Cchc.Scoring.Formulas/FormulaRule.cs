using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cchc.Scoring.Rules;
using Cchc.Scoring;

namespace Cchc.Scoring.Formulas;

/// <summary>
/// Points from an expression, e.g. <c>min(1, value / target) * maxPoints</c>. Kind <c>formula</c>, parameter
/// <c>expression</c>. The text is parsed (by the package's own linear-time parser) and compiled once (and cached by
/// text, the problems of a text that cannot be used included) into a closed set of
/// operations: exact <see cref="decimal"/> arithmetic (<c>+ - * / %</c>), comparisons, <c>and</c>/<c>or</c>/<c>not</c>,
/// <c>?:</c> and the functions of <see cref="Functions"/>, over the inputs of <see cref="Names"/>. Anything else —
/// an unknown name or function, text, dates, an expression longer than <see cref="MaxLength"/> or deeper than
/// <see cref="MaxDepth"/> — is a problem when the framework loads, and is never run. Register with
/// <c>RuleRegistry.Default.With(FormulaRule.Factory)</c>.
/// </summary>
public sealed class FormulaRule : IScoringRule
{
    /// <summary>The longest expression accepted, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>The deepest nesting accepted: of brackets, and of operations in the parsed expression.</summary>
    public const int MaxDepth = 24;

    /// <summary>The largest number of compiled expressions kept in the cache.</summary>
    internal const int CacheSize = 1024;

    internal static readonly string[] InputNames = ["value", "target", "baseline", "numerator", "denominator", "excluded", "maxPoints"];

    private const int Baseline = 2;
    private static readonly FormulaCache Cache = new(CacheSize, CompileUncached);

    private readonly Node _root;
    private readonly int[] _used;
    private readonly bool _usesBaseline;

    private FormulaRule(string expression, Node root, IEnumerable<int> used)
    {
        Expression = expression;
        _root = root;
        _used = used.Order().ToArray();
        _usesBaseline = _used.Contains(Baseline);
    }

    /// <summary>
    /// The names an expression can use: <c>value</c> (the comparable value: a ratio as a percentage), <c>target</c>
    /// (the effective target), <c>baseline</c>, <c>numerator</c>, <c>denominator</c> and <c>excluded</c> (of a
    /// ratio), and <c>maxPoints</c> (the indicator's maximum points).
    /// </summary>
    public static IReadOnlyList<string> Names => InputNames;

    /// <summary>
    /// The functions an expression can call: <c>abs(x)</c>, <c>clamp(x, low, high)</c>, <c>if(condition, a, b)</c>,
    /// <c>max(a, b, …)</c> and <c>min(a, b, …)</c>.
    /// </summary>
    public static IReadOnlyList<string> Functions { get; } = ["abs", "clamp", "if", "max", "min"];

    /// <summary>The factory to register: <c>RuleRegistry.Default.With(FormulaRule.Factory)</c>.</summary>
    public static IRuleFactory Factory { get; } = new FormulaFactory();

    /// <summary>The expression, as written.</summary>
    public string Expression { get; }

    /// <inheritdoc/>
    public string Kind => "formula";

    /// <summary>The input names the expression uses, in the order of <see cref="Names"/>.</summary>
    public IReadOnlyList<string> UsedNames => _used.Select(i => InputNames[i]).ToArray();

    /// <summary>
    /// Compiles an expression, or reports why it cannot be used. Nothing of the text is run. The text is read by the
    /// package's own parser in time linear in its length (at most <see cref="MaxLength"/> characters), with no
    /// backtracking, so that no text, however written, makes compiling slow. The result — the rule, or the problems —
    /// is cached by text (up to 1024 texts that compile and 1024 that do not), so that the same text is compiled once
    /// however often it is met.
    /// </summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The rule, or every problem found (code <c>invalid-rule-parameter</c>, path <c>expression</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    public static ValidationResult<FormulaRule> Compile(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Cache.Get(expression);
    }

    /// <summary>Compiles an expression without looking in the cache.</summary>
    internal static ValidationResult<FormulaRule> CompileUncached(string expression)
    {
        var (root, problems, used) = FormulaCompiler.Compile(expression);
        return root is null
            ? new ValidationResult<FormulaRule>(null, problems.Select(p => new Problem(ProblemCodes.InvalidRuleParameter, p, "expression")))
            : new ValidationResult<FormulaRule>(new FormulaRule(expression, root, used), []);
    }

    /// <inheritdoc/>
    public decimal Evaluate(in RuleInput input) => Calculate(new FormulaInputs(input)).Points;

    /// <inheritdoc/>
    public string Explain(in RuleInput input) => Explain(new FormulaInputs(input));

    /// <summary>
    /// The points for some inputs, without the explanation: the compiled expression read over the inputs in place.
    /// Never throws: a division by zero, an overflow or a missing baseline gives 0 points with its
    /// <see cref="FormulaResult.Status"/>. Allocates nothing, a division by zero included; only an overflow (numbers
    /// near the limits of <see cref="decimal"/>) goes through an exception, caught here.
    /// </summary>
    /// <param name="inputs">The values of the names.</param>
    /// <returns>The points and how they were obtained.</returns>
    public FormulaResult Calculate(in FormulaInputs inputs)
    {
        if (_usesBaseline && !inputs.HasBaseline)
        {
            return new(0, FormulaStatus.NoBaseline);
        }

        // A division by zero is recorded as it happens, without an exception; an overflow (only numbers near the
        // limits of decimal reach one) is caught. Either way the first failure met is the status, and the points are 0.
        var status = FormulaStatus.Computed;
        try
        {
            decimal points = _root.Number(inputs, ref status);
            return status == FormulaStatus.Computed ? new(points, status) : new(0, status);
        }
        catch (OverflowException)
        {
            return new(0, status == FormulaStatus.Computed ? FormulaStatus.Overflow : status);
        }
    }

    /// <summary>
    /// The explanation of the points for some inputs: the expression with the values of the names it uses and the
    /// result, e.g. <c>min(1, value / target) * maxPoints with value = 87.5, target = 90, maxPoints = 10 → 9.722222…</c>
    /// (the text of <see cref="Explain(in RuleInput)"/>). Built only when asked for.
    /// </summary>
    /// <param name="inputs">The values of the names.</param>
    /// <returns>The text.</returns>
    public string Explain(in FormulaInputs inputs) => Explain(inputs, Calculate(inputs));

    internal string Explain(in FormulaInputs inputs, FormulaResult result)
    {
        var text = new StringBuilder(Expression.Length + 64).Append(Expression);
        for (int i = 0; i < _used.Length; i++)
        {
            text.Append(i == 0 ? " with " : ", ").Append(InputNames[_used[i]]).Append(" = ").Append(N(inputs[_used[i]]));
        }

        return result.Status switch
        {
            FormulaStatus.NoBaseline => text.Append(": no baseline → 0").ToString(),
            FormulaStatus.DivisionByZero => text.Append(": division by zero → 0").ToString(),
            FormulaStatus.Overflow => text.Append(": a number too large → 0").ToString(),
            _ => text.Append(" → ").Append(N(result.Points)).ToString(),
        };
    }

    /// <inheritdoc/>
    public IEnumerable<Problem> Check(RuleSetting setting)
    {
        if (_usesBaseline && !setting.BaselineRelative)
        {
            yield return new Problem(ProblemCodes.RuleMismatch, "The expression uses 'baseline' but the target has no baseline.", "expression");
        }

        if (_used.Any(i => i is 3 or 4 or 5) && setting.Measure != MeasureKind.Ratio)
        {
            yield return new Problem(ProblemCodes.RuleMismatch, "The expression uses 'numerator', 'denominator' or 'excluded', which only a ratio has.", "expression");
        }
    }

    /// <inheritdoc/>
    public void WriteParameters(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("expression", Expression);
    }

    /// <summary>The expression.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Expression;

    internal static void ClearCache() => Cache.Clear();

    internal static int CachedCount => Cache.Count;

    private static string N(decimal value)
    {
        decimal shown = Math.Round(value, 6, MidpointRounding.AwayFromZero);
        return shown.ToString("0.############################", CultureInfo.InvariantCulture) + (shown != value ? "…" : string.Empty);
    }

    private sealed class FormulaFactory : IRuleFactory
    {
        public string Kind => "formula";

        public IScoringRule? Create(RuleParameters parameters)
        {
            ArgumentNullException.ThrowIfNull(parameters);
            string? expression = parameters.GetString("expression");
            if (expression is null)
            {
                return null;
            }

            var result = Compile(expression);
            foreach (var problem in result.Problems)
            {
                parameters.Error("expression", problem.Message);
            }

            return result.Value;
        }
    }
}
