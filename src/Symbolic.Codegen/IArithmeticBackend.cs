using System.Reflection;

namespace Symbolic.Codegen;

/// <summary>
/// The few operations code generation needs, over some representation of code <typeparamref name="T"/>:
/// LINQ expression trees for delegates, C# text for <see cref="CSharpEmitter"/>.
/// </summary>
internal interface IArithmeticBackend<T>
{
    T Constant(double value);
    T Add(T left, T right);
    T Subtract(T left, T right);
    T Multiply(T left, T right);
    T Divide(T left, T right);
    T Negate(T operand);
    T Call(MethodInfo method, T[] arguments);
}
