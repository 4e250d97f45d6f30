using System.Reflection;

namespace Symbolic.Codegen;

/// <summary>The binary arithmetic of the statement layer, on <see cref="double"/>.</summary>
internal enum Operator { Add, Subtract, Multiply, Divide }

/// <summary>
/// A value of the statement layer (<see cref="Statement"/>): a literal, a local, an array element, or arithmetic and
/// method calls over them. Values have no side effects, and they nest only a few levels
/// (<see cref="ComputationPlan.MaxInlineDepth"/>): everything deeper is a local.
/// </summary>
internal abstract record Value
{
    public static Value Add(Value left, Value right) => new Arithmetic(Operator.Add, left, right);
    public static Value Subtract(Value left, Value right) => new Arithmetic(Operator.Subtract, left, right);
    public static Value Multiply(Value left, Value right) => new Arithmetic(Operator.Multiply, left, right);
    public static Value Divide(Value left, Value right) => new Arithmetic(Operator.Divide, left, right);
    public static Value Negate(Value operand) => new Negation(operand);
    public static Value Call(MethodInfo method, params Value[] arguments) => new MethodCall(method, arguments);
    public static Value Of(double number) => new Literal(number);
}

/// <summary>A <see cref="double"/> constant.</summary>
internal sealed record Literal(double Number) : Value;

/// <summary>left op right, evaluated left operand first.</summary>
internal sealed record Arithmetic(Operator Operator, Value Left, Value Right) : Value;

/// <summary>-operand.</summary>
internal sealed record Negation(Value Operand) : Value;

/// <summary>A static method on doubles: a <see cref="Math"/> method or a <see cref="SymbolicMath"/> kernel.</summary>
internal sealed record MethodCall(MethodInfo Method, Value[] Arguments) : Value;

/// <summary>What a statement can write: a <see cref="Local"/> or an array <see cref="Element"/>.</summary>
internal abstract record Place : Value;

/// <summary>
/// A local <see cref="double"/>. Identity is by reference; <see cref="Name"/> is unique within one method (emitted C#
/// declares it where it is first assigned). A local may be assigned again once its last reader has run.
/// </summary>
internal sealed record Local(string Name) : Place
{
    public bool Equals(Local? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// An array argument of the compiled method (the input point, the gradient, …): a backend maps each handle to its
/// own access (a batch backend adds the current point's row to the subscript). <see cref="Name"/> is the C# name.
/// </summary>
internal sealed record ArrayHandle(string Name)
{
    public static readonly ArrayHandle Input = new("x");
    public static readonly ArrayHandle Gradient = new("grad");
    public static readonly ArrayHandle Direction = new("direction");
    public static readonly ArrayHandle Values = new("values");

    public bool Equals(ArrayHandle? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>The integer counter of one <see cref="Loop"/>.</summary>
internal sealed class LoopCounter(string name)
{
    public string Name { get; } = name;
}

/// <summary>An array subscript: <see cref="Offset"/>, plus the loop counter when there is one.</summary>
internal readonly record struct Subscript(LoopCounter? Counter, int Offset)
{
    public static Subscript At(int offset) => new(null, offset);
}

/// <summary>array[subscript].</summary>
internal sealed record Element(ArrayHandle Array, Subscript Subscript) : Place;

/// <summary>Names the locals of one method: <c>t0, t1, …</c> for node values, and named series (<c>sum0</c>, <c>product0</c>).</summary>
internal sealed class LocalNames
{
    private readonly Dictionary<string, int> next = new(StringComparer.Ordinal);

    public Local New(string prefix = "t")
    {
        var number = next.GetValueOrDefault(prefix);
        next[prefix] = number + 1;
        return new Local($"{prefix}{number}");
    }
}
