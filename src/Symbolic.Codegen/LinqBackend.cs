using System.Linq.Expressions;
using System.Reflection;

namespace Symbolic.Codegen;

/// <summary>Arithmetic as <see cref="System.Linq.Expressions"/> nodes over <see cref="double"/>.</summary>
internal sealed class LinqBackend : IArithmeticBackend<Expression>
{
    public static readonly LinqBackend Instance = new();

    public Expression Constant(double value) => Expression.Constant(value);
    public Expression Add(Expression left, Expression right) => Expression.Add(left, right);
    public Expression Subtract(Expression left, Expression right) => Expression.Subtract(left, right);
    public Expression Multiply(Expression left, Expression right) => Expression.Multiply(left, right);
    public Expression Divide(Expression left, Expression right) => Expression.Divide(left, right);
    public Expression Negate(Expression operand) => Expression.Negate(operand);
    public Expression Call(MethodInfo method, Expression[] arguments) => Expression.Call(method, arguments);
}
