namespace Symbolic.Properties.Tests.Oracles;

/// <summary>
/// The oracle's own calculus, written apart from Symbolic.Diff: the value of one node from the values of
/// its arguments, and its local partial derivatives ∂node/∂argₖ, per function name. It never reads
/// <see cref="FunctionDef.Partials"/> or <see cref="FunctionDef.Evaluate"/>; the formulas are the textbook
/// ones, in forms deliberately different from the table's where there is a choice (tan' = 1/cos², …).
/// </summary>
public static class LocalRules
{
    /// <summary>Value of <paramref name="node"/> given its argument values.</summary>
    public static double Value(Expr node, double[] a, IReadOnlyDictionary<string, double> point) => node switch
    {
        Number n => n.Value.ToDouble(),
        Constant { Name: "pi" } => Math.PI,
        Constant { Name: "e" } => Math.E,
        Variable v => point[v.Name],
        Sum => a.Sum(),
        Product => a.Aggregate(1.0, (p, x) => p * x),
        Power => Math.Pow(a[0], a[1]),
        Call c => Function(c.Function.Name, a),
        _ => throw new InvalidOperationException($"oracle: unknown node {node.GetType().Name}"),
    };

    private static double Function(string name, double[] a)
    {
        var u = a[0];
        return name switch
        {
            "sin" => Math.Sin(u),
            "cos" => Math.Cos(u),
            "tan" => Math.Sin(u) / Math.Cos(u),
            "sec" => 1 / Math.Cos(u),
            "csc" => 1 / Math.Sin(u),
            "cot" => Math.Cos(u) / Math.Sin(u),
            "asin" => Math.Asin(u),
            "acos" => Math.Acos(u),
            "atan" => Math.Atan(u),
            "atan2" => Math.Atan2(u, a[1]),
            "sinh" => Math.Sinh(u),
            "cosh" => Math.Cosh(u),
            "tanh" => Math.Tanh(u),
            "asinh" => Math.Asinh(u),
            "acosh" => Math.Acosh(u),
            "atanh" => Math.Atanh(u),
            "exp" => Math.Exp(u),
            "log" => Math.Log(u),
            "log10" => Math.Log(u) / Math.Log(10),
            "log2" => Math.Log(u) / Math.Log(2),
            "cbrt" => Math.Cbrt(u),
            "abs" => Math.Abs(u),
            "sign" => u > 0 ? 1 : u < 0 ? -1 : 0,
            "step" => u >= 0 ? 1 : 0,
            "max" => u >= a[1] ? u : a[1],
            "min" => u <= a[1] ? u : a[1],
            "sigmoid" => 1 / (1 + Math.Exp(-u)),
            "softplus" => u > 0 ? u + Log1P(Math.Exp(-u)) : Log1P(Math.Exp(u)),
            "relu" => u > 0 ? u : 0,
            _ => throw new InvalidOperationException($"oracle: no rule for function '{name}'; add one when the table grows"),
        };
    }

    /// <summary>log(1 + t), accurate for tiny t (series; the oracle's own, not the library's).</summary>
    private static double Log1P(double t) => Math.Abs(t) < 1e-4 ? t * (1 - t * (0.5 - t * (1.0 / 3 - t / 4))) : Math.Log(1 + t);

    /// <summary>∂node/∂argₖ for each argument, at argument values <paramref name="a"/> and node value <paramref name="value"/>.</summary>
    public static double[] Partials(Expr node, double[] a, double value)
    {
        switch (node)
        {
            case Sum:
                return a.Select(_ => 1.0).ToArray();
            case Product:
            {
                // ∏_{j≠k} a_j, without dividing (a factor may be 0)
                var result = new double[a.Length];
                for (var k = 0; k < a.Length; k++)
                {
                    var p = 1.0;
                    for (var j = 0; j < a.Length; j++) if (j != k) p *= a[j];
                    result[k] = p;
                }
                return result;
            }
            case Power power:
            {
                var b = a[0]; var e = a[1];
                var dBase = e == 0 ? 0 : e * Math.Pow(b, e - 1);
                // d/de b^e = b^e ln b; only asked for when the exponent depends on a variable
                var dExponent = ExprWalk.Variables(power.Exponent).Count == 0 ? 0 : value * Math.Log(b);
                return [dBase, dExponent];
            }
            case Call c:
                return FunctionPartials(c.Function.Name, a, value);
            default:
                return [];
        }
    }

    private static double[] FunctionPartials(string name, double[] a, double value)
    {
        var u = a[0];
        switch (name)
        {
            case "atan2":
            {
                // atan2(y, x): ∂/∂y = x/(x²+y²), ∂/∂x = -y/(x²+y²)
                var y = a[0]; var x = a[1]; var r2 = x * x + y * y;
                return [x / r2, -y / r2];
            }
            case "max": return u >= a[1] ? [1.0, 0.0] : [0.0, 1.0];
            case "min": return u <= a[1] ? [1.0, 0.0] : [0.0, 1.0];
        }
        double d = name switch
        {
            "sin" => Math.Cos(u),
            "cos" => -Math.Sin(u),
            "tan" => 1 / (Math.Cos(u) * Math.Cos(u)),
            "sec" => Math.Sin(u) / (Math.Cos(u) * Math.Cos(u)),
            "csc" => -Math.Cos(u) / (Math.Sin(u) * Math.Sin(u)),
            "cot" => -1 / (Math.Sin(u) * Math.Sin(u)),
            "asin" => 1 / Math.Sqrt((1 - u) * (1 + u)),
            "acos" => -1 / Math.Sqrt((1 - u) * (1 + u)),
            "atan" => 1 / (1 + u * u),
            "sinh" => Math.Cosh(u),
            "cosh" => Math.Sinh(u),
            "tanh" => 1 / (Math.Cosh(u) * Math.Cosh(u)),
            "asinh" => 1 / Math.Sqrt(u * u + 1),
            "acosh" => 1 / Math.Sqrt((u - 1) * (u + 1)),
            "atanh" => 1 / ((1 - u) * (1 + u)),
            "exp" => value,
            "log" => 1 / u,
            "log10" => 1 / (u * Math.Log(10)),
            "log2" => 1 / (u * Math.Log(2)),
            "cbrt" => value / (3 * u),
            "abs" => u > 0 ? 1 : u < 0 ? -1 : 0,
            "sign" or "step" => 0,
            "sigmoid" => value * (1 - value),
            "softplus" => 1 / (1 + Math.Exp(-u)),
            "relu" => u > 0 ? 1 : 0,
            _ => throw new InvalidOperationException($"oracle: no derivative rule for function '{name}'; add one when the table grows"),
        };
        return [d];
    }
}
