using System;

namespace Cchc.Scoring.Formulas;

#pragma warning disable SA1402 // The node kinds of a compiled formula live together.

/// <summary>The two types a formula's parts can have.</summary>
internal enum FormulaType
{
    Number,
    Boolean,
}

/// <summary>
/// A node of a compiled formula: a closed set of immutable node kinds, so that only what is listed here can ever run
/// (exact <see cref="decimal"/> arithmetic, comparisons, logic and the whitelisted functions).
/// </summary>
internal abstract class Node
{
    protected Node(FormulaType type) => Type = type;

    public FormulaType Type { get; }

    public virtual decimal Number(decimal[] inputs) => throw new InvalidOperationException("Not a number node.");

    public virtual bool Boolean(decimal[] inputs) => throw new InvalidOperationException("Not a boolean node.");
}

internal sealed class Constant(decimal value) : Node(FormulaType.Number)
{
    public override decimal Number(decimal[] inputs) => value;
}

internal sealed class BooleanConstant(bool value) : Node(FormulaType.Boolean)
{
    public override bool Boolean(decimal[] inputs) => value;
}

internal sealed class Input(int index) : Node(FormulaType.Number)
{
    public override decimal Number(decimal[] inputs) => inputs[index];
}

internal enum Arithmetic
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
}

internal sealed class ArithmeticNode(Arithmetic op, Node left, Node right) : Node(FormulaType.Number)
{
    public override decimal Number(decimal[] inputs)
    {
        decimal a = left.Number(inputs), b = right.Number(inputs);
        return op switch
        {
            Arithmetic.Add => a + b,
            Arithmetic.Subtract => a - b,
            Arithmetic.Multiply => a * b,
            Arithmetic.Divide => a / b,
            _ => a % b,
        };
    }
}

internal enum Relation
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}

internal sealed class Compare(Relation op, Node left, Node right) : Node(FormulaType.Boolean)
{
    public override bool Boolean(decimal[] inputs)
    {
        decimal a = left.Number(inputs), b = right.Number(inputs);
        return op switch
        {
            Relation.Less => a < b,
            Relation.LessOrEqual => a <= b,
            Relation.Greater => a > b,
            Relation.GreaterOrEqual => a >= b,
            Relation.Equal => a == b,
            _ => a != b,
        };
    }
}

internal sealed class Logic(bool isAnd, Node left, Node right) : Node(FormulaType.Boolean)
{
    public override bool Boolean(decimal[] inputs) => isAnd ? left.Boolean(inputs) && right.Boolean(inputs) : left.Boolean(inputs) || right.Boolean(inputs);
}

internal sealed class Negate(Node operand) : Node(FormulaType.Number)
{
    public override decimal Number(decimal[] inputs) => -operand.Number(inputs);
}

internal sealed class Not(Node operand) : Node(FormulaType.Boolean)
{
    public override bool Boolean(decimal[] inputs) => !operand.Boolean(inputs);
}

/// <summary><c>if(c, a, b)</c> and <c>c ? a : b</c>: only the branch taken is evaluated.</summary>
internal sealed class Conditional(Node condition, Node whenTrue, Node whenFalse) : Node(whenTrue.Type)
{
    public override decimal Number(decimal[] inputs) => condition.Boolean(inputs) ? whenTrue.Number(inputs) : whenFalse.Number(inputs);

    public override bool Boolean(decimal[] inputs) => condition.Boolean(inputs) ? whenTrue.Boolean(inputs) : whenFalse.Boolean(inputs);
}

internal sealed class MinMax(bool isMin, Node[] arguments) : Node(FormulaType.Number)
{
    public override decimal Number(decimal[] inputs)
    {
        decimal result = arguments[0].Number(inputs);
        for (int i = 1; i < arguments.Length; i++)
        {
            decimal next = arguments[i].Number(inputs);
            result = isMin ? Math.Min(result, next) : Math.Max(result, next);
        }

        return result;
    }
}

internal sealed class Abs(Node operand) : Node(FormulaType.Number)
{
    public override decimal Number(decimal[] inputs) => Math.Abs(operand.Number(inputs));
}

/// <summary><c>clamp(x, low, high)</c> = <c>min(max(x, low), high)</c>; never throws, even when low exceeds high.</summary>
internal sealed class Clamp(Node value, Node low, Node high) : Node(FormulaType.Number)
{
    public override decimal Number(decimal[] inputs) => Math.Min(Math.Max(value.Number(inputs), low.Number(inputs)), high.Number(inputs));
}
