namespace Symbolic;

/// <summary>
/// Forward accumulation over the DAG: the derivative of every node along given tangents of the variables,
/// each shared node differentiated once. With one tangent of 1 this is ∂f/∂x; with a vector v it is
/// ∇f·v without building the gradient.
/// </summary>
internal static class ForwardDerivative
{
    public static Expr Along(Expr f, IReadOnlyDictionary<Expr, Expr> tangents)
    {
        var order = ExprWalk.TopologicalOrder(f);
        // Each node's derivative is dropped once its last consumer has used it, so a long chain's
        // intermediate products (sin(sin(…)): cos·cos·…) do not all stay alive at once.
        var consumers = new Dictionary<Expr, int>(ReferenceEqualityComparer.Instance);
        foreach (var node in order)
            foreach (var a in node.ArgArray) consumers[a] = consumers.GetValueOrDefault(a) + 1;
        var d = new Dictionary<Expr, Expr>(ReferenceEqualityComparer.Instance);
        foreach (var node in order)
        {
            d[node] = Derivative(node, d, tangents);
            foreach (var a in node.ArgArray)
                if (--consumers[a] == 0) d.Remove(a);
        }
        return d[f];
    }

    private static Expr Derivative(Expr node, Dictionary<Expr, Expr> d, IReadOnlyDictionary<Expr, Expr> tangents)
    {
        var args = node.ArgArray;
        switch (node)
        {
            case Variable: return tangents.TryGetValue(node, out var t) ? t : Expr.Zero;
            case Number or Constant: return Expr.Zero;
            case Sum: return Expr.Add(args.Select(a => d[a]));
            case Product:
            {
                var terms = new List<Expr>();
                for (var i = 0; i < args.Length; i++)
                {
                    var di = d[args[i]];
                    if (di == Expr.Zero) continue;
                    var factors = new Expr[args.Length];
                    for (var j = 0; j < args.Length; j++) factors[j] = j == i ? di : args[j];
                    terms.Add(Expr.Multiply(factors));
                }
                return Expr.Add(terms);
            }
            case Power p:
            {
                var db = d[p.Base];
                var de = d[p.Exponent];
                if (db == Expr.Zero || de == Expr.Zero) return Expr.Add(PowerRule.BaseTerm(p, db), PowerRule.ExponentTerm(p, de));
                // Both vary (x^x): b^e·(e'·log(b) + e·b'/b), the textbook factored form.
                return Expr.Multiply(p, Expr.Add(
                    Expr.Multiply(de, Expr.Apply("log", p.Base)),
                    Expr.Multiply(p.Exponent, db, Expr.Pow(p.Base, Expr.MinusOne))));
            }
            case Call c:
            {
                var terms = new List<Expr>();
                Expr[]? partials = null;
                for (var i = 0; i < args.Length; i++)
                {
                    var di = d[args[i]];
                    if (di == Expr.Zero) continue;
                    partials ??= c.Function.Partials(args);
                    terms.Add(Expr.Multiply(partials[i], di));
                }
                return Expr.Add(terms);
            }
            default: throw new InvalidOperationException($"cannot differentiate {node.GetType().Name}");
        }
    }
}

/// <summary>The general power rule, in the two parts the forward and reverse passes share.</summary>
internal static class PowerRule
{
    /// <summary>∂(b^e)/∂b · db = e·b^(e−1)·db.</summary>
    public static Expr BaseTerm(Power p, Expr db) =>
        db == Expr.Zero ? Expr.Zero
            : Expr.Multiply(p.Exponent, Expr.Pow(p.Base, Expr.Add(p.Exponent, Expr.MinusOne)), db);

    /// <summary>∂(b^e)/∂e · de = b^e·log(b)·de.</summary>
    public static Expr ExponentTerm(Power p, Expr de) =>
        de == Expr.Zero ? Expr.Zero : Expr.Multiply(p, Expr.Apply("log", p.Base), de);
}
