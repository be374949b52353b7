using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NCalc;
using NCalc.Exceptions;
using NCalc.Visitors;

namespace Cchc.Scoring.Formulas;

/// <summary>
/// Turns formula text into a tree of <see cref="Node"/>s. NCalc parses the text; this visitor then accepts only
/// numbers, <c>true</c>/<c>false</c>, the known input names, arithmetic, comparisons, logic and the whitelisted
/// functions, checks their types and arity, and reports everything else as a problem. Nothing of the text is run
/// while compiling, and nothing but the nodes it builds can run later.
/// </summary>
internal sealed class FormulaCompiler : ILogicalExpressionVisitor<Node>
{
    private static readonly LogicalExpressionParserOptions ParserOptions = new()
    {
        FloatingPointNumberType = FloatingPointNumberType.Decimal,
        IntegerNumberType = IntegerNumberType.Int64,
    };

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

        // Bracket nesting is bounded before the parser sees the text, so that no input can drive it deep.
        int nesting = 0, deepest = 0;
        foreach (char c in text)
        {
            nesting += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            deepest = Math.Max(deepest, nesting);
        }

        if (deepest > FormulaRule.MaxDepth)
        {
            return (null, ["The expression is nested too deeply: " + Format(deepest) + " levels of brackets, at most " + Format(FormulaRule.MaxDepth) + "."], compiler._used);
        }

        LogicalExpression parsed;
        try
        {
            parsed = LogicalExpressionParser.Parse(text, ParserOptions, CultureInfo.InvariantCulture, CancellationToken.None);
        }
        catch (NCalcParserException ex)
        {
            return (null, ["The expression cannot be read: " + ex.Message], compiler._used);
        }
#pragma warning disable CA1031 // The text comes from a framework file: any failure of the parser is reported as a problem, never thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, ["The expression cannot be read (" + ex.GetType().Name + ")."], compiler._used);
        }

        var root = compiler.Visit(parsed);
        if (compiler._problems.Count == 0 && root.Type != FormulaType.Number)
        {
            compiler._problems.Add("The expression must give a number of points, not true/false; use if(condition, points, otherPoints).");
        }

        return (compiler._problems.Count == 0 ? root : null, compiler._problems.Distinct(StringComparer.Ordinal).ToArray(), compiler._used);
    }

    public Node Visit(TernaryExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Enter(() => Conditional("?:", expression.LeftExpression, expression.MiddleExpression, expression.RightExpression));
    }

    public Node Visit(BinaryExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Enter(() =>
        {
            var type = expression.Type;
            var left = Visit(expression.LeftExpression);
            var right = Visit(expression.RightExpression);
            switch (type)
            {
                case BinaryExpressionType.Plus:
                case BinaryExpressionType.Minus:
                case BinaryExpressionType.Times:
                case BinaryExpressionType.Div:
                case BinaryExpressionType.Modulo:
                    Expect(FormulaType.Number, left, right, Symbol(type));
                    return Fold(
                        type switch
                        {
                            BinaryExpressionType.Plus => Operation.Arithmetic<AddOp>(left, right),
                            BinaryExpressionType.Minus => Operation.Arithmetic<SubtractOp>(left, right),
                            BinaryExpressionType.Times => Operation.Arithmetic<MultiplyOp>(left, right),
                            BinaryExpressionType.Div => Operation.Arithmetic<DivideOp>(left, right),
                            _ => Operation.Arithmetic<RemainderOp>(left, right),
                        },
                        left,
                        right);
                case BinaryExpressionType.Lesser:
                case BinaryExpressionType.LesserOrEqual:
                case BinaryExpressionType.Greater:
                case BinaryExpressionType.GreaterOrEqual:
                case BinaryExpressionType.Equal:
                case BinaryExpressionType.NotEqual:
                    Expect(FormulaType.Number, left, right, Symbol(type));
                    return Fold(
                        type switch
                        {
                            BinaryExpressionType.Lesser => Operation.Compare<LessOp>(left, right),
                            BinaryExpressionType.LesserOrEqual => Operation.Compare<LessOrEqualOp>(left, right),
                            BinaryExpressionType.Greater => Operation.Compare<GreaterOp>(left, right),
                            BinaryExpressionType.GreaterOrEqual => Operation.Compare<GreaterOrEqualOp>(left, right),
                            BinaryExpressionType.Equal => Operation.Compare<EqualOp>(left, right),
                            _ => Operation.Compare<NotEqualOp>(left, right),
                        },
                        left,
                        right);
                case BinaryExpressionType.And:
                case BinaryExpressionType.Or:
                    Expect(FormulaType.Boolean, left, right, type == BinaryExpressionType.And ? "and" : "or");
                    return Fold(type == BinaryExpressionType.And ? new And(left, right) : new Or(left, right), left, right);
                default:
                    return Problem("The operator '" + Symbol(type) + "' is not allowed; use + - * / %, comparisons, and, or, not.");
            }
        });
    }

    public Node Visit(UnaryExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Enter(() =>
        {
            var operand = Visit(expression.Expression);
            switch (expression.Type)
            {
                case UnaryExpressionType.Negate:
                    Expect(FormulaType.Number, operand, operand, "-");
                    return Fold(new Negate(operand), operand);
                case UnaryExpressionType.Positive:
                    Expect(FormulaType.Number, operand, operand, "+");
                    return operand;
                case UnaryExpressionType.Not:
                    Expect(FormulaType.Boolean, operand, operand, "not");
                    return Fold(new Not(operand), operand);
                default:
                    return Problem("The operator '" + expression.Type.ToString() + "' is not allowed; use + - * / %, comparisons, and, or, not.");
            }
        });
    }

    public Node Visit(ValueExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Value switch
        {
            decimal d => new Constant(d),
            int i => new Constant(i),
            long l => new Constant(l),
            bool b => new BooleanConstant(b),
            double => Problem("Write numbers plainly, without an exponent, and within ±79228162514264337593543950335."),
            _ => Problem("Only numbers and true/false can be written in a formula (" + expression.Type.ToString().ToLowerInvariant() + " values are not allowed)."),
        };
    }

    public Node Visit(Function function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return Enter(() =>
        {
            string name = function.Identifier.Name;
            var args = function.Parameters.ToArray();
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
        });
    }

    public Node Visit(Identifier identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        int index = Array.IndexOf(FormulaRule.InputNames, identifier.Name);
        if (index < 0)
        {
            string? near = FormulaRule.InputNames.FirstOrDefault(n => string.Equals(n, identifier.Name, StringComparison.OrdinalIgnoreCase));
            return Problem("Unknown name '" + identifier.Name + "'" + (near is null ? string.Empty : " (did you mean '" + near + "'?)") + "; the names are " + string.Join(", ", FormulaRule.InputNames) + ".");
        }

        _used.Add(index);
        return new Input(index);
    }

    public Node Visit(LogicalExpressionList list) => Problem("Lists are not allowed in a formula.");

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Symbol(BinaryExpressionType type) => type switch
    {
        BinaryExpressionType.Plus => "+",
        BinaryExpressionType.Minus => "-",
        BinaryExpressionType.Times => "*",
        BinaryExpressionType.Div => "/",
        BinaryExpressionType.Modulo => "%",
        BinaryExpressionType.Lesser => "<",
        BinaryExpressionType.LesserOrEqual => "<=",
        BinaryExpressionType.Greater => ">",
        BinaryExpressionType.GreaterOrEqual => ">=",
        BinaryExpressionType.Equal => "=",
        BinaryExpressionType.NotEqual => "!=",
        BinaryExpressionType.Exponentiation => "**",
        BinaryExpressionType.BitwiseAnd => "&",
        BinaryExpressionType.BitwiseOr => "|",
        BinaryExpressionType.BitwiseXOr => "^",
        BinaryExpressionType.LeftShift => "<<",
        BinaryExpressionType.RightShift => ">>",
        BinaryExpressionType.Coalesce => "??",
        _ => type.ToString().ToLowerInvariant(),
    };

    private Node Visit(LogicalExpression expression) => _tooDeep ? Invalid : expression.Accept(this);

    private Node Conditional(string what, LogicalExpression condition, LogicalExpression whenTrue, LogicalExpression whenFalse)
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
