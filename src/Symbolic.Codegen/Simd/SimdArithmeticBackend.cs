using System.Linq.Expressions;
using System.Reflection;

namespace Symbolic.Codegen.Simd;

/// <summary>
/// Arithmetic as <see cref="System.Linq.Expressions"/> nodes over a lanes type (<see cref="Lanes512"/> or
/// <see cref="Lanes256"/>): the operators are the lanes type's own, and a call to a scalar method becomes a call to
/// its kernel in <see cref="VectorKernels"/>.
/// </summary>
internal sealed class SimdArithmeticBackend(Type lanes) : IArithmeticBackend<Expression>
{
    private readonly MethodInfo create = lanes.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, [typeof(double)])!;
    private readonly Dictionary<MethodInfo, MethodInfo> kernels = [];

    /// <summary>The lanes type the code computes in.</summary>
    public Type Lanes { get; } = lanes;

    public Expression Constant(double value) => Expression.Call(create, Expression.Constant(value));
    public Expression Add(Expression left, Expression right) => Expression.Add(left, right);
    public Expression Subtract(Expression left, Expression right) => Expression.Subtract(left, right);
    public Expression Multiply(Expression left, Expression right) => Expression.Multiply(left, right);
    public Expression Divide(Expression left, Expression right) => Expression.Divide(left, right);
    public Expression Negate(Expression operand) => Expression.Negate(operand);

    public Expression Call(MethodInfo method, Expression[] arguments)
    {
        if (!kernels.TryGetValue(method, out var kernel)) kernels[method] = kernel = VectorKernels.For(method, Lanes);
        return Expression.Call(kernel, arguments);
    }
}
