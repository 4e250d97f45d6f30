namespace Symbolic.Properties.Tests.Oracles;

/// <summary>
/// Forward-mode automatic differentiation over the original, unsimplified <see cref="Expr"/>: each node
/// carries its value and its gradient (a vector of tangents, one per variable), combined with
/// <see cref="LocalRules"/>. Independent of Symbolic.Diff. Also reports, per component, the "mass" of the
/// computation — the same chain rule with every local partial and tangent replaced by its absolute value —
/// which is the size of the values that were summed, the natural scale for a relative comparison when
/// terms cancel.
/// </summary>
public static class DualEvaluator
{
    /// <summary>Value, gradient and mass of <paramref name="f"/> at <paramref name="point"/>.</summary>
    public static (double Value, double[] Gradient, double[] Mass) Evaluate(
        Expr f, IReadOnlyList<Expr> variables, IReadOnlyDictionary<string, double> point)
    {
        var (value, tangent, mass) = EvaluateNodes(f, variables, point);
        return (value[f], tangent[f], mass[f]);
    }

    /// <summary>Value, gradient and mass of every node of <paramref name="f"/>.</summary>
    public static (Dictionary<Expr, double> Value, Dictionary<Expr, double[]> Tangent, Dictionary<Expr, double[]> Mass) EvaluateNodes(
        Expr f, IReadOnlyList<Expr> variables, IReadOnlyDictionary<string, double> point)
    {
        var n = variables.Count;
        var value = new Dictionary<Expr, double>(ReferenceEqualityComparer.Instance);
        var tangent = new Dictionary<Expr, double[]>(ReferenceEqualityComparer.Instance);
        var mass = new Dictionary<Expr, double[]>(ReferenceEqualityComparer.Instance);
        foreach (var node in ExprWalk.TopologicalOrder(f))
        {
            var args = node.Args.Select(a => value[a]).ToArray();
            var v = LocalRules.Value(node, args, point);
            var t = new double[n];
            var m = new double[n];
            if (node is Variable)
            {
                for (var i = 0; i < n; i++)
                    if (variables[i] == node) { t[i] = 1; m[i] = 1; }
            }
            else if (node.Args.Count > 0)
            {
                var partials = LocalRules.Partials(node, args, v);
                for (var k = 0; k < partials.Length; k++)
                {
                    var at = tangent[node.Args[k]];
                    var am = mass[node.Args[k]];
                    if (am.All(x => x == 0)) continue;   // a constant argument: no contribution, even if its partial is not finite
                    for (var i = 0; i < n; i++)
                    {
                        t[i] += partials[k] * at[i];
                        m[i] += Math.Abs(partials[k]) * am[i];
                    }
                }
            }
            value[node] = v;
            tangent[node] = t;
            mass[node] = m;
        }
        return (value, tangent, mass);
    }

    /// <summary>
    /// A first-order bound on the rounding error of evaluating <paramref name="f"/> in double precision
    /// (running error analysis): Σ over nodes of |∂f/∂node|·|node|·u·k, with u = 2⁻⁵³ and k the number of
    /// rounded operations at the node (one per extra operand of a sum or product, 4 for a library call,
    /// which is within a few ulps, 1 for a number or a coordinate, both rounded to double). The adjoints use <see cref="LocalRules"/>, in absolute value.
    /// </summary>
    public static double RoundingBound(Expr f, IReadOnlyDictionary<string, double> point)
    {
        const double u = 1.1102230246251565e-16;
        var order = ExprWalk.TopologicalOrder(f);
        var value = new Dictionary<Expr, double>(ReferenceEqualityComparer.Instance);
        var partials = new Dictionary<Expr, double[]>(ReferenceEqualityComparer.Instance);
        foreach (var node in order)
        {
            var args = node.Args.Select(a => value[a]).ToArray();
            var v = LocalRules.Value(node, args, point);
            value[node] = v;
            partials[node] = LocalRules.Partials(node, args, v);
        }
        var adjoint = new Dictionary<Expr, double>(ReferenceEqualityComparer.Instance) { [f] = 1 };
        var bound = 0.0;
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var node = order[i];
            var adj = adjoint.GetValueOrDefault(node);
            if (adj == 0) continue;
            double ops = node switch
            {
                Sum or Product => node.Args.Count - 1,
                Power or Call => 4,
                Number => 1,
                Variable => 1,      // the coordinates of a shifted point are rounded too
                _ => 0,
            };
            bound += adj * Math.Abs(value[node]) * u * ops;
            var p = partials[node];
            for (var k = 0; k < p.Length; k++)
            {
                var contribution = adj * Math.Abs(p[k]);
                if (double.IsFinite(contribution)) adjoint[node.Args[k]] = adjoint.GetValueOrDefault(node.Args[k]) + contribution;
            }
        }
        return bound;
    }
}
