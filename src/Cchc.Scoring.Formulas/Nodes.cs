using System;
using System.Numerics;

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
/// boxes nothing and looks nothing up by name. A division by zero is written to the status passed along by reference
/// (the first failure met stays) and gives 0, so that evaluation goes on to the end without an exception.
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
    public decimal Value => value;

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
    public int Slot => index;

    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => inputs[index];
}

/// <summary>
/// An operand of an operation, as a type: an input read in place, a constant, or any other node (a virtual call).
/// The operations below are generic over their operands' types, so that the common leaves — names and numbers — are
/// read inline, with no call at all: <c>value / target</c> is one node, not three.
/// </summary>
internal interface IOperand
{
    decimal Read(in FormulaInputs inputs, ref FormulaStatus status);
}

internal readonly struct InputOperand(int slot) : IOperand
{
    public decimal Read(in FormulaInputs inputs, ref FormulaStatus status) => inputs[slot];
}

internal readonly struct ConstantOperand(decimal value) : IOperand
{
    public decimal Read(in FormulaInputs inputs, ref FormulaStatus status) => value;
}

internal readonly struct NodeOperand(Node node) : IOperand
{
    public decimal Read(in FormulaInputs inputs, ref FormulaStatus status) => node.Number(inputs, ref status);
}

/// <summary>Builds the operations over the operand types that fit their operands.</summary>
internal static class Operation
{
    public static Node Arithmetic<TOp>(Node left, Node right)
        where TOp : struct, IArithmetic => (left, right) switch
        {
            (Input l, Input r) => new ArithmeticNode<TOp, InputOperand, InputOperand>(new(l.Slot), new(r.Slot)),
            (Input l, Constant r) => new ArithmeticNode<TOp, InputOperand, ConstantOperand>(new(l.Slot), new(r.Value)),
            (Input l, _) => new ArithmeticNode<TOp, InputOperand, NodeOperand>(new(l.Slot), new(right)),
            (Constant l, Input r) => new ArithmeticNode<TOp, ConstantOperand, InputOperand>(new(l.Value), new(r.Slot)),
            (Constant l, Constant r) => new ArithmeticNode<TOp, ConstantOperand, ConstantOperand>(new(l.Value), new(r.Value)),
            (Constant l, _) => new ArithmeticNode<TOp, ConstantOperand, NodeOperand>(new(l.Value), new(right)),
            (_, Input r) => new ArithmeticNode<TOp, NodeOperand, InputOperand>(new(left), new(r.Slot)),
            (_, Constant r) => new ArithmeticNode<TOp, NodeOperand, ConstantOperand>(new(left), new(r.Value)),
            _ => new ArithmeticNode<TOp, NodeOperand, NodeOperand>(new(left), new(right)),
        };

    public static Node Compare<TOp>(Node left, Node right)
        where TOp : struct, IRelation => (left, right) switch
        {
            (Input l, Input r) => new Compare<TOp, InputOperand, InputOperand>(new(l.Slot), new(r.Slot)),
            (Input l, Constant r) => new Compare<TOp, InputOperand, ConstantOperand>(new(l.Slot), new(r.Value)),
            (Input l, _) => new Compare<TOp, InputOperand, NodeOperand>(new(l.Slot), new(right)),
            (Constant l, Input r) => new Compare<TOp, ConstantOperand, InputOperand>(new(l.Value), new(r.Slot)),
            (Constant l, Constant r) => new Compare<TOp, ConstantOperand, ConstantOperand>(new(l.Value), new(r.Value)),
            (Constant l, _) => new Compare<TOp, ConstantOperand, NodeOperand>(new(l.Value), new(right)),
            (_, Input r) => new Compare<TOp, NodeOperand, InputOperand>(new(left), new(r.Slot)),
            (_, Constant r) => new Compare<TOp, NodeOperand, ConstantOperand>(new(left), new(r.Value)),
            _ => new Compare<TOp, NodeOperand, NodeOperand>(new(left), new(right)),
        };

    /// <summary><c>min(a, b)</c> or <c>max(a, b)</c>, the common case, as one node without a loop.</summary>
    public static Node Extreme<TOp>(Node left, Node right)
        where TOp : struct, IExtreme => (left, right) switch
        {
            (Input l, Input r) => new Extreme<TOp, InputOperand, InputOperand>(new(l.Slot), new(r.Slot)),
            (Input l, Constant r) => new Extreme<TOp, InputOperand, ConstantOperand>(new(l.Slot), new(r.Value)),
            (Input l, _) => new Extreme<TOp, InputOperand, NodeOperand>(new(l.Slot), new(right)),
            (Constant l, Input r) => new Extreme<TOp, ConstantOperand, InputOperand>(new(l.Value), new(r.Slot)),
            (Constant l, Constant r) => new Extreme<TOp, ConstantOperand, ConstantOperand>(new(l.Value), new(r.Value)),
            (Constant l, _) => new Extreme<TOp, ConstantOperand, NodeOperand>(new(l.Value), new(right)),
            (_, Input r) => new Extreme<TOp, NodeOperand, InputOperand>(new(left), new(r.Slot)),
            (_, Constant r) => new Extreme<TOp, NodeOperand, ConstantOperand>(new(left), new(r.Value)),
            _ => new Extreme<TOp, NodeOperand, NodeOperand>(new(left), new(right)),
        };
}

/// <summary>One arithmetic operation, as a type: each node kind below is compiled for its own operation, with no switch.</summary>
internal interface IArithmetic
{
    static abstract decimal Apply(decimal a, decimal b, ref FormulaStatus status);
}

/// <summary>Arithmetic that stops at a division by zero without an exception.</summary>
internal static class Division
{
    /// <summary>True for a zero of any scale (0, 0.00): a test of the digits, cheaper than comparing with 0.</summary>
    public static bool IsZero(decimal value) => IsZero<decimal>(value);
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

    private static bool IsZero<T>(T value)
        where T : INumberBase<T> => T.IsZero(value);
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
    public static decimal Apply(decimal a, decimal b, ref FormulaStatus status) => Division.IsZero(b) ? Division.ByZero(ref status) : a / b;
}

internal readonly struct RemainderOp : IArithmetic
{
    public static decimal Apply(decimal a, decimal b, ref FormulaStatus status) => Division.IsZero(b) ? Division.ByZero(ref status) : a % b;
}

internal sealed class ArithmeticNode<TOp, TLeft, TRight>(TLeft left, TRight right) : Node(FormulaType.Number)
    where TOp : struct, IArithmetic
    where TLeft : struct, IOperand
    where TRight : struct, IOperand
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => TOp.Apply(left.Read(inputs, ref status), right.Read(inputs, ref status), ref status);
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

/// <summary>A comparison, which can also become the condition of an <c>if</c> (see <see cref="IfCompare{TOp, TLeft, TRight}"/>).</summary>
internal abstract class ComparisonNode() : Node(FormulaType.Boolean)
{
    /// <summary><c>if(this, whenTrue, whenFalse)</c> as one node.</summary>
    public abstract Node If(Node whenTrue, Node whenFalse);
}

internal sealed class Compare<TOp, TLeft, TRight>(TLeft left, TRight right) : ComparisonNode
    where TOp : struct, IRelation
    where TLeft : struct, IOperand
    where TRight : struct, IOperand
{
    public override bool Boolean(in FormulaInputs inputs, ref FormulaStatus status) => TOp.Holds(left.Read(inputs, ref status), right.Read(inputs, ref status));

    public override Node If(Node whenTrue, Node whenFalse) => new IfCompare<TOp, TLeft, TRight>(left, right, whenTrue, whenFalse);
}

/// <summary>
/// <c>if(a op b, whenTrue, whenFalse)</c>, the common condition, with the comparison read inline rather than called;
/// only the branch taken is evaluated.
/// </summary>
internal sealed class IfCompare<TOp, TLeft, TRight>(TLeft left, TRight right, Node whenTrue, Node whenFalse) : Node(whenTrue.Type)
    where TOp : struct, IRelation
    where TLeft : struct, IOperand
    where TRight : struct, IOperand
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) =>
        TOp.Holds(left.Read(inputs, ref status), right.Read(inputs, ref status)) ? whenTrue.Number(inputs, ref status) : whenFalse.Number(inputs, ref status);

    public override bool Boolean(in FormulaInputs inputs, ref FormulaStatus status) =>
        TOp.Holds(left.Read(inputs, ref status), right.Read(inputs, ref status)) ? whenTrue.Boolean(inputs, ref status) : whenFalse.Boolean(inputs, ref status);
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

/// <summary><c>min</c> or <c>max</c> of two numbers, as a type (see <see cref="IArithmetic"/>).</summary>
internal interface IExtreme
{
    static abstract decimal Of(decimal a, decimal b);
}

internal readonly struct MinOp : IExtreme
{
    public static decimal Of(decimal a, decimal b) => Math.Min(a, b);
}

internal readonly struct MaxOp : IExtreme
{
    public static decimal Of(decimal a, decimal b) => Math.Max(a, b);
}

internal sealed class Extreme<TOp, TLeft, TRight>(TLeft left, TRight right) : Node(FormulaType.Number)
    where TOp : struct, IExtreme
    where TLeft : struct, IOperand
    where TRight : struct, IOperand
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => TOp.Of(left.Read(inputs, ref status), right.Read(inputs, ref status));
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

/// <summary>
/// <c>clamp(x, low, high)</c> with low and high written as numbers (<c>clamp(x, 0, 1)</c>, the common case): one call.
/// </summary>
internal sealed class ClampConstant(Node value, decimal low, decimal high) : Node(FormulaType.Number)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => Math.Min(Math.Max(value.Number(inputs, ref status), low), high);
}

/// <summary><c>clamp(x, low, high)</c> = <c>min(max(x, low), high)</c>; never throws, even when low exceeds high.</summary>
internal sealed class Clamp(Node value, Node low, Node high) : Node(FormulaType.Number)
{
    public override decimal Number(in FormulaInputs inputs, ref FormulaStatus status) => Math.Min(Math.Max(value.Number(inputs, ref status), low.Number(inputs, ref status)), high.Number(inputs, ref status));
}
