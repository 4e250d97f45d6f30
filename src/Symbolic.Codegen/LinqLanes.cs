using System.Linq.Expressions;
using System.Reflection;

namespace Symbolic.Codegen;

/// <summary>
/// Where a LINQ backend finds an array element of the statement layer: the array, the element's index for the
/// current point (or the first point of a vector step), and the distance between the elements of consecutive points.
/// </summary>
internal readonly record struct ArraySlot(Expression Array, Expression Index, int Stride = 1);

/// <summary>
/// What one value of the statement layer is in LINQ: a <see cref="double"/> (<see cref="Scalar"/>), or a vector of
/// lanes holding that value at several points (the SIMD batch's <c>VectorLanes</c>). Arithmetic is the value type's own
/// operators either way; this decides constants, method calls and array access.
/// </summary>
internal abstract class LinqLanes
{
    /// <summary>One double per value, arrays indexed directly, methods called as they are.</summary>
    public static readonly LinqLanes Scalar = new ScalarLanes();

    /// <summary>The type of a value (and of every local).</summary>
    public abstract Type Type { get; }

    public abstract Expression Constant(double value);

    /// <summary>A call of <paramref name="method"/> (a method on doubles), or of what computes it over lanes.</summary>
    public abstract Expression Call(MethodInfo method, IEnumerable<Expression> arguments);

    public abstract Expression Load(ArraySlot slot);

    public abstract Expression Store(ArraySlot slot, Expression value);

    /// <summary><c>slot = slot op value</c>.</summary>
    public abstract Expression Update(ArraySlot slot, Operator op, Expression value);

    /// <summary>left op right over values of <see cref="Type"/>.</summary>
    public static Expression Binary(Operator op, Expression left, Expression right) => op switch
    {
        Operator.Add => Expression.Add(left, right),
        Operator.Subtract => Expression.Subtract(left, right),
        Operator.Multiply => Expression.Multiply(left, right),
        _ => Expression.Divide(left, right),
    };

    private sealed class ScalarLanes : LinqLanes
    {
        public override Type Type => typeof(double);
        public override Expression Constant(double value) => Expression.Constant(value);
        public override Expression Call(MethodInfo method, IEnumerable<Expression> arguments) => Expression.Call(method, arguments);
        public override Expression Load(ArraySlot slot) => Expression.ArrayAccess(slot.Array, slot.Index);
        public override Expression Store(ArraySlot slot, Expression value) => Expression.Assign(Load(slot), value);

        public override Expression Update(ArraySlot slot, Operator op, Expression value) => op switch
        {
            Operator.Add => Expression.AddAssign(Load(slot), value),
            Operator.Subtract => Expression.SubtractAssign(Load(slot), value),
            Operator.Multiply => Expression.MultiplyAssign(Load(slot), value),
            _ => Expression.DivideAssign(Load(slot), value),
        };
    }
}
