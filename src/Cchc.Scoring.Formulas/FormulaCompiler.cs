using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Cchc.Scoring.Formulas;

/// <summary>
/// Turns formula text into a tree of <see cref="Node"/>s. <see cref="FormulaParser"/> reads the text (in time linear in
/// its length); this compiler then accepts only numbers, <c>true</c>/<c>false</c>, the known input names, arithmetic,
/// comparisons, logic and the whitelisted functions, checks their types and arity, and reports everything else as a
/// problem. Nothing of the text is run while compiling, and nothing but the nodes it builds can run later.
/// </summary>
internal sealed class FormulaCompiler
{
    private static readonly Node Invalid = new Constant(0);

    private readonly List<string> _problems = [];
    private readonly HashSet<int> _used = [];
    private int _depth;
    private bool _tooDeep;

    private FormulaCompiler()
    {
    }

    /// <summary>Compiles <paramref name="text"/>; the node is null when there are problems.</summary>
    public static (Node? Root, IReadOnlyList<string> Problems, IReadOnlySet<int> UsedInputs) Compile(string text)
    {
        var compiler = new FormulaCompiler();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, ["The expression is empty."], compiler._used);
        }

        if (text.Length > FormulaRule.MaxLength)
        {
            return (null, ["The expression is too long: " + Format(text.Length) + " characters, at most " + Format(FormulaRule.MaxLength) + "."], compiler._used);
        }

        var parsed = FormulaParser.Parse(text, compiler._problems);
        if (parsed is null)
        {
            return (null, compiler._problems.Distinct(StringComparer.Ordinal).ToArray(), compiler._used);
        }

        var root = compiler.Visit(parsed);
        if (compiler._problems.Count == 0 && root.Type != FormulaType.Number)
        {
            compiler._problems.Add("The expression must give a number of points, not true/false; use if(condition, points, otherPoints).");
        }

        return (compiler._problems.Count == 0 ? root : null, compiler._problems.Distinct(StringComparer.Ordinal).ToArray(), compiler._used);
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Node Visit(Syntax syntax)
    {
        if (_tooDeep)
        {
            return Invalid;
        }

        return syntax switch
        {
            NumberSyntax n => new Constant(n.Value),
            BooleanSyntax b => new BooleanConstant(b.Value),
            ForeignValueSyntax f => Problem("Only numbers and true/false can be written in a formula (" + f.Kind + " values are not allowed)."),
            NameSyntax name => Name(name.Name),
            TernarySyntax t => Enter(() => Conditional("?:", t.Condition, t.WhenTrue, t.WhenFalse)),
            UnarySyntax u => Enter(() => Unary(u)),
            BinarySyntax b => Enter(() => Binary(b)),
            CallSyntax call => Enter(() => Call(call)),
            _ => Problem("The expression cannot be read."),
        };
    }

    private Node Binary(BinarySyntax expression)
    {
        var left = Visit(expression.Left);
        var right = Visit(expression.Right);
        string symbol = expression.Symbol;
        switch (symbol)
        {
            case "+":
            case "-":
            case "*":
            case "/":
            case "%":
                Expect(FormulaType.Number, left, right, symbol);
                return Fold(
                    symbol switch
                    {
                        "+" => Operation.Arithmetic<AddOp>(left, right),
                        "-" => Operation.Arithmetic<SubtractOp>(left, right),
                        "*" => Operation.Arithmetic<MultiplyOp>(left, right),
                        "/" => Operation.Arithmetic<DivideOp>(left, right),
                        _ => Operation.Arithmetic<RemainderOp>(left, right),
                    },
                    left,
                    right);
            case "<":
            case "<=":
            case ">":
            case ">=":
            case "=":
            case "==":
            case "!=":
            case "<>":
                // The message names = and != whichever spelling was used, as before.
                string shown = symbol switch { "==" => "=", "<>" => "!=", _ => symbol };
                Expect(FormulaType.Number, left, right, shown);
                return Fold(
                    shown switch
                    {
                        "<" => Operation.Compare<LessOp>(left, right),
                        "<=" => Operation.Compare<LessOrEqualOp>(left, right),
                        ">" => Operation.Compare<GreaterOp>(left, right),
                        ">=" => Operation.Compare<GreaterOrEqualOp>(left, right),
                        "=" => Operation.Compare<EqualOp>(left, right),
                        _ => Operation.Compare<NotEqualOp>(left, right),
                    },
                    left,
                    right);
            case "and":
            case "&&":
            case "or":
            case "||":
                bool and = symbol is "and" or "&&";
                Expect(FormulaType.Boolean, left, right, and ? "and" : "or");
                return Fold(and ? new And(left, right) : new Or(left, right), left, right);
            default:
                return Problem("The operator '" + symbol + "' is not allowed; use + - * / %, comparisons, and, or, not.");
        }
    }

    private Node Unary(UnarySyntax expression)
    {
        var operand = Visit(expression.Operand);
        switch (expression.Symbol)
        {
            case "-":
                Expect(FormulaType.Number, operand, operand, "-");
                return Fold(new Negate(operand), operand);
            case "+":
                Expect(FormulaType.Number, operand, operand, "+");
                return operand;
            case "not":
                Expect(FormulaType.Boolean, operand, operand, "not");
                return Fold(new Not(operand), operand);
            default:
                return Problem("The operator '" + expression.Symbol + "' is not allowed; use + - * / %, comparisons, and, or, not.");
        }
    }

    private Node Call(CallSyntax function)
    {
        string name = function.Name;
        var args = function.Arguments;
        if (!FormulaRule.Functions.Contains(name, StringComparer.Ordinal))
        {
            string? near = FormulaRule.Functions.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
            return Problem("Unknown function '" + name + "'" + (near is null ? string.Empty : " (did you mean '" + near + "'?)") + "; the functions are " + string.Join(", ", FormulaRule.Functions) + ".");
        }

        if (name == "if")
        {
            return args.Length == 3 ? Conditional("if", args[0], args[1], args[2]) : Problem("if takes 3 arguments: if(condition, whenTrue, whenFalse).");
        }

        var nodes = args.Select(Visit).ToArray();
        foreach (var node in nodes)
        {
            Expect(FormulaType.Number, node, node, name);
        }

        return name switch
        {
            "min" when nodes.Length == 2 => Fold(Operation.Extreme<MinOp>(nodes[0], nodes[1]), nodes),
            "max" when nodes.Length == 2 => Fold(Operation.Extreme<MaxOp>(nodes[0], nodes[1]), nodes),
            "min" or "max" when nodes.Length > 2 => Fold(new MinMax(name == "min", nodes), nodes),
            "min" or "max" => Problem(name + " takes 2 or more arguments."),
            "abs" when nodes.Length == 1 => Fold(new Abs(nodes[0]), nodes),
            "abs" => Problem("abs takes 1 argument."),
            _ when nodes is [_, Constant low, Constant high] => Fold(new ClampConstant(nodes[0], low.Value, high.Value), nodes),
            _ when nodes.Length == 3 => Fold(new Clamp(nodes[0], nodes[1], nodes[2]), nodes),
            _ => Problem("clamp takes 3 arguments: clamp(x, low, high)."),
        };
    }

    private Node Name(string name)
    {
        int index = Array.IndexOf(FormulaRule.InputNames, name);
        if (index < 0)
        {
            string? near = FormulaRule.InputNames.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            return Problem("Unknown name '" + name + "'" + (near is null ? string.Empty : " (did you mean '" + near + "'?)") + "; the names are " + string.Join(", ", FormulaRule.InputNames) + ".");
        }

        _used.Add(index);
        return new Input(index);
    }

    private Node Conditional(string what, Syntax condition, Syntax whenTrue, Syntax whenFalse)
    {
        var c = Visit(condition);
        var t = Visit(whenTrue);
        var f = Visit(whenFalse);
        if (c != Invalid && c.Type != FormulaType.Boolean)
        {
            return Problem("The condition of " + what + " must be a comparison or true/false.");
        }

        if (t != Invalid && f != Invalid && t.Type != f.Type)
        {
            return Problem("Both branches of " + what + " must give a number (or both true/false).");
        }

        // A condition written as a constant (if(true, a, b)) leaves only the branch it takes.
        if (_problems.Count == 0 && c.IsConstant)
        {
            var ignored = FormulaStatus.Computed;
            return c.Boolean(default, ref ignored) ? t : f;
        }

        return c is ComparisonNode comparison && _problems.Count == 0 ? comparison.If(t, f) : new Conditional(c, t, f);
    }

    /// <summary>
    /// Replaces an operation whose operands are all constants by its value, computed once now: evaluating it reads no
    /// input, so every later evaluation would give the same value. An operation that divides by zero or overflows is
    /// kept as it is, so that it fails (with its reason) only when, and each time, it is reached.
    /// </summary>
    private Node Fold(Node node, params ReadOnlySpan<Node> operands)
    {
        if (_problems.Count > 0)
        {
            return node;
        }

        foreach (var operand in operands)
        {
            if (!operand.IsConstant)
            {
                return node;
            }
        }

        var status = FormulaStatus.Computed;
        try
        {
            Node folded = node.Type == FormulaType.Number ? new Constant(node.Number(default, ref status)) : new BooleanConstant(node.Boolean(default, ref status));
            return status == FormulaStatus.Computed ? folded : node;
        }
        catch (OverflowException)
        {
            return node;
        }
    }

    private void Expect(FormulaType type, Node left, Node right, string what)
    {
        if ((left != Invalid && left.Type != type) || (right != Invalid && right.Type != type))
        {
            _problems.Add("'" + what + "' needs " + (type == FormulaType.Number ? "numbers" : "true/false values (comparisons)") + ".");
        }
    }

    private Node Enter(Func<Node> build)
    {
        if (++_depth > FormulaRule.MaxDepth)
        {
            _depth--;
            _tooDeep = true;
            return Problem("The expression is nested too deeply: at most " + Format(FormulaRule.MaxDepth) + " levels of operations.");
        }

        try
        {
            return build();
        }
        finally
        {
            _depth--;
        }
    }

    private Node Problem(string message)
    {
        _problems.Add(message);
        return Invalid;
    }
}
