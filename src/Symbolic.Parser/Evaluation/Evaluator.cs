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
            var args = node.ArgArray;
            double value;
            switch (node)
            {
                case Number n: value = n.Value.ToDouble(); break;
                case Constant c: value = c.Value; break;
                case Variable v:
                    if (!bindings.TryGetValue(v.Name, out value))
                        throw new SymbolicException($"variable '{v.Name}' has no value; bind it, e.g. {v.Name}=1");
                    break;
                case Power:
                    value = Pow(values[args[0]], values[args[1]]);
                    break;
                case Sum:
                    value = 0;
                    foreach (var a in args) value += values[a];
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
    /// Real power as the expression means it: <c>x^(1/3)</c> of a negative x is NaN like <c>Math.Pow</c>,
    /// integer exponents work for negative bases. <c>x^(±1/2)</c> go through <c>Math.Sqrt</c> as compiled code computes
    /// them, so every negative base, -∞ included, gives NaN (<c>Math.Pow(-∞, -0.5)</c> would give 0).
    /// </summary>
    public static double Pow(double x, double y) => y switch
    {
        2 => x * x,
        0.5 => Math.Sqrt(x),
        -0.5 => 1 / Math.Sqrt(x),
        -1 => 1 / x,
        _ => Math.Pow(x, y),
    };
}
