namespace Symbolic;

/// <summary>
/// Numeric evaluation of an expression in double precision, interpreting the DAG directly (each shared
/// node once). IEEE semantics: <c>1/0</c> is infinity, <c>log(0)</c> is -infinity, <c>sqrt(-1)</c> is NaN.
/// For speed, compile instead (Symbolic.Codegen).
/// </summary>
public static class Evaluator
{
    /// <summary>Value of <paramref name="expr"/> with the variables bound by name; an unbound variable is an error.</summary>
    /// <example><c>Evaluator.Evaluate(Parse("x^2 + y"), new() { ["x"] = 3, ["y"] = 1 }) == 10</c></example>
    public static double Evaluate(Expr expr, IReadOnlyDictionary<string, double> bindings) =>
        EvaluateAll([expr], bindings)[0];

    /// <summary>Values of several expressions sharing one pass over their common nodes.</summary>
    public static double[] EvaluateAll(IReadOnlyList<Expr> exprs, IReadOnlyDictionary<string, double> bindings)
    {
        var values = new Dictionary<Expr, double>(ReferenceEqualityComparer.Instance);
        Span<double> operands = stackalloc double[2];
        foreach (var node in ExprWalk.TopologicalOrder(exprs))
        {
            var args = node.Operands;
            double value;
            switch (node)
            {
                case Number n: value = n.Value.ToDouble(); break;
                case Constant c: value = c.Value; break;
                case Variable v:
                    if (!bindings.TryGetValue(v.Name, out value))
                        throw Errors.UnboundVariable(v.Name);
                    break;
                case Power:
                    value = PowerValue(args[0], args[1], values[args[0]], values[args[1]]);
                    break;
                case Sum:
                    // From the first term, not from 0: 0 + (-0) would lose the sign of a zero sum.
                    value = values[args[0]];
                    for (var i = 1; i < args.Length; i++) value += values[args[i]];
                    break;
                case Product:
                    value = 1;
                    foreach (var a in args) value *= values[a];
                    break;
                case Call call:
                    for (var i = 0; i < args.Length; i++) operands[i] = values[args[i]];
                    value = call.Function.Evaluate(operands[..args.Length]);
                    break;
                default: throw new InvalidOperationException($"unknown node {node.GetType().Name}");
            }
            values[node] = value;
        }
        var result = new double[exprs.Count];
        for (var i = 0; i < result.Length; i++) result[i] = values[exprs[i]];
        return result;
    }

    /// <summary>
    /// The value of <c>@base^exponent</c> given the operands' values: a constant exponent follows
    /// <see cref="RealPower"/> (and a number base is raised exactly first, so <c>(10^400)^(1/2)</c> is 1e200);
    /// a variable one is IEEE <c>Math.Pow</c>. Compiled code computes the same.
    /// </summary>
    /// <param name="base">The base, to tell a number base from a computed one.</param>
    /// <param name="exponent">The exponent, to tell a constant exponent from a computed one.</param>
    /// <param name="baseValue">The base's value.</param>
    /// <param name="exponentValue">The exponent's value.</param>
    /// <example><code>Evaluator.PowerValue(x, Expr.Num(new Rational(1, 3)), -8, 1.0 / 3)   // -2: the real cube root, where Math.Pow gives NaN</code></example>
    public static double PowerValue(Expr @base, Expr exponent, double baseValue, double exponentValue) => exponent switch
    {
        Number { Value: var e } when @base is Number { Value: var b } => b.PowToDouble(e),
        Number { Value: var e } => RealPower.Evaluate(baseValue, e),
        _ => Pow(baseValue, exponentValue),
    };

    /// <summary>x^y for an exponent known only as a double: IEEE <c>Math.Pow</c>, as compiled code calls it.</summary>
    public static double Pow(double x, double y) => Math.Pow(x, y);
}
