using System.Linq.Expressions;
using System.Reflection;

namespace Symbolic.Codegen.Simd;

/// <summary>
/// Values of the statement layer as vectors of lanes (<see cref="Lanes512"/> or <see cref="Lanes256"/>), one point
/// per lane: a constant is broadcast, a call to a scalar method becomes a call to its kernel in
/// <see cref="VectorKernels"/>, and an array element is gathered from (scattered to) the elements of consecutive points.
/// </summary>
internal sealed class VectorLanes(Type lanes) : LinqLanes
{
    private readonly MethodInfo create = lanes.GetMethod(nameof(Lanes512.Create), BindingFlags.Public | BindingFlags.Static, [typeof(double)])!;
    private readonly MethodInfo gather = lanes.GetMethod(nameof(Lanes512.Gather))!;
    private readonly MethodInfo scatter = lanes.GetMethod(nameof(Lanes512.Scatter))!;
    private readonly Dictionary<MethodInfo, MethodInfo> kernels = [];

    public override Type Type => lanes;

    /// <summary>Points per vector.</summary>
    public int Count { get; } = (int)lanes.GetProperty(nameof(Lanes512.Count))!.GetValue(null)!;

    public override Expression Constant(double value) => Expression.Call(create, Expression.Constant(value));

    public override Expression Call(MethodInfo method, IEnumerable<Expression> arguments)
    {
        if (!kernels.TryGetValue(method, out var kernel)) kernels[method] = kernel = VectorKernels.For(method, lanes);
        return Expression.Call(kernel, arguments);
    }

    public override Expression Load(ArraySlot slot) => Expression.Call(gather, slot.Array, slot.Index, Expression.Constant(slot.Stride));

    public override Expression Store(ArraySlot slot, Expression value) =>
        Expression.Call(scatter, value, slot.Array, slot.Index, Expression.Constant(slot.Stride));

    public override Expression Update(ArraySlot slot, Operator op, Expression value) => Store(slot, Binary(op, Load(slot), value));
}
