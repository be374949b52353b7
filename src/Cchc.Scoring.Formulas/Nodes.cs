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
/// A node of a compiled formula: a closed set of immutable, sealed node kinds, so that only what is listed here can
/// ever run (exact <see cref="decimal"/> arithmetic, comparisons, logic and the whitelisted functions). A node reads
/// the inputs by slot (resolved when compiling) from a struct passed by reference: evaluating allocates nothing,
/// boxes nothing and looks nothing up by name.
/// </summary>
internal abstract class Node
{
    protected Node(FormulaType type) => Type = type;

    public FormulaType Type { get; }

    /// <summary>True for a number or true/false written in the text: a node whose value is known when compiling.</summary>
    public virtual bool IsConstant => false;

    public virtual decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => throw new InvalidOperationException("Not a number node.");

    public virtual bool Boolean(in FormulaInputs inputs, ref FormulaStatus status) => throw new InvalidOperationException("Not a boolean node.");
}

internal sealed class Constant(decimal value) : Node(FormulaType.Number)
{
    public override bool IsConstant => true;

    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => value;
}

internal sealed class BooleanConstant(bool value) : Node(FormulaType.Boolean)
{
    public override bool IsConstant => true;

    public override bool Boolean(in FormulaInputs inputs, ref FormulaStatus status) => value;
}

/// <summary>An input name, resolved to its slot in <see cref="FormulaInputs"/> when compiling.</summary>
internal sealed class Input(int index) : Node(FormulaType.Number)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => inputs[index];
}

internal enum Arithmetic
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
}

/// <summary>One arithmetic operation, as a type: each node kind below is compiled for its own operation, with no switch.</summary>
internal interface IArithmetic
{
    static abstract decimal Apply(decimal a, decimal b, ref FormulaStatus status);
}

/// <summary>Arithmetic that stops at a division by zero without an exception.</summary>
internal static class Division
{
    /// <summary>
    /// Records a division by zero (unless an earlier failure is recorded) and gives 0 so that evaluation can go on:
    /// once a failure is recorded, the points are 0 whatever the rest gives, and no exception is thrown and caught.
    /// </summary>
    public static decimal ByZero(ref FormulaStatus status)
    {
        if (status == FormulaStatus.Computed)
        {
            status = FormulaStatus.DivisionByZero;
        }

        return 0;
    }
}

internal readonly struct AddOp : IArithmetic
{
    public static decimal Apply(decimal a, decimal b, ref FormulaStatus status) => a + b;
}

internal readonly struct SubtractOp : IArithmetic
{
    public static decimal Apply(decimal a, decimal b, ref FormulaStatus status) => a - b;
}

internal readonly struct MultiplyOp : IArithmetic
{
    public static decimal Apply(decimal a, decimal b, ref FormulaStatus status) => a * b;
}

internal readonly struct DivideOp : IArithmetic
{
    public static decimal Apply(decimal a, decimal b, ref FormulaStatus status) => b == 0 ? Division.ByZero(ref status) : a / b;
}

internal readonly struct RemainderOp : IArithmetic
{
    public static decimal Apply(decimal a, decimal b, ref FormulaStatus status) => b == 0 ? Division.ByZero(ref status) : a % b;
}

internal sealed class ArithmeticNode<TOp>(Node left, Node right) : Node(FormulaType.Number)
    where TOp : struct, IArithmetic
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => TOp.Apply(left.Number(inputs, ref status), right.Number(inputs, ref status), ref status);
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

/// <summary>One comparison, as a type (see <see cref="IArithmetic"/>).</summary>
internal interface IRelation
{
    static abstract bool Holds(decimal a, decimal b);
}

internal readonly struct LessOp : IRelation
{
    public static bool Holds(decimal a, decimal b) => a < b;
}

internal readonly struct LessOrEqualOp : IRelation
{
    public static bool Holds(decimal a, decimal b) => a <= b;
}

internal readonly struct GreaterOp : IRelation
{
    public static bool Holds(decimal a, decimal b) => a > b;
}

internal readonly struct GreaterOrEqualOp : IRelation
{
    public static bool Holds(decimal a, decimal b) => a >= b;
}

internal readonly struct EqualOp : IRelation
{
    public static bool Holds(decimal a, decimal b) => a == b;
}

internal readonly struct NotEqualOp : IRelation
{
    public static bool Holds(decimal a, decimal b) => a != b;
}

internal sealed class Compare<TOp>(Node left, Node right) : Node(FormulaType.Boolean)
    where TOp : struct, IRelation
{
    public override bool Boolean(in FormulaInputs inputs, ref FormulaStatus status) => TOp.Holds(left.Number(inputs, ref status), right.Number(inputs, ref status));
}

internal sealed class And(Node left, Node right) : Node(FormulaType.Boolean)
{
    public override bool Boolean(in FormulaInputs inputs, ref FormulaStatus status) => left.Boolean(inputs, ref status) && right.Boolean(inputs, ref status);
}

internal sealed class Or(Node left, Node right) : Node(FormulaType.Boolean)
{
    public override bool Boolean(in FormulaInputs inputs, ref FormulaStatus status) => left.Boolean(inputs, ref status) || right.Boolean(inputs, ref status);
}

internal sealed class Negate(Node operand) : Node(FormulaType.Number)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => -operand.Number(inputs, ref status);
}

internal sealed class Not(Node operand) : Node(FormulaType.Boolean)
{
    public override bool Boolean(in FormulaInputs inputs, ref FormulaStatus status) => !operand.Boolean(inputs, ref status);
}

/// <summary><c>if(c, a, b)</c> and <c>c ? a : b</c>: only the branch taken is evaluated.</summary>
internal sealed class Conditional(Node condition, Node whenTrue, Node whenFalse) : Node(whenTrue.Type)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => condition.Boolean(inputs, ref status) ? whenTrue.Number(inputs, ref status) : whenFalse.Number(inputs, ref status);

    public override bool Boolean(in FormulaInputs inputs, ref FormulaStatus status) => condition.Boolean(inputs, ref status) ? whenTrue.Boolean(inputs, ref status) : whenFalse.Boolean(inputs, ref status);
}

/// <summary><c>min(a, b)</c>, the common case, without a loop.</summary>
internal sealed class Min2(Node left, Node right) : Node(FormulaType.Number)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => Math.Min(left.Number(inputs, ref status), right.Number(inputs, ref status));
}

/// <summary><c>max(a, b)</c>, the common case, without a loop.</summary>
internal sealed class Max2(Node left, Node right) : Node(FormulaType.Number)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => Math.Max(left.Number(inputs, ref status), right.Number(inputs, ref status));
}

internal sealed class MinMax(bool isMin, Node[] arguments) : Node(FormulaType.Number)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status)
    {
        decimal result = arguments[0].Number(inputs, ref status);
        for (int i = 1; i < arguments.Length; i++)
        {
            decimal next = arguments[i].Number(inputs, ref status);
            result = isMin ? Math.Min(result, next) : Math.Max(result, next);
        }

        return result;
    }
}

internal sealed class Abs(Node operand) : Node(FormulaType.Number)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => Math.Abs(operand.Number(inputs, ref status));
}

/// <summary><c>clamp(x, low, high)</c> = <c>min(max(x, low), high)</c>; never throws, even when low exceeds high.</summary>
internal sealed class Clamp(Node value, Node low, Node high) : Node(FormulaType.Number)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => Math.Min(Math.Max(value.Number(inputs, ref status), low.Number(inputs, ref status)), high.Number(inputs, ref status));
}
