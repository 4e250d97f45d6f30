namespace Symbolic;

/// <summary>
/// Forward accumulation over the DAG: the derivative of every node along given tangents of the variables,
/// each shared node differentiated once. With one tangent of 1 this is ∂f/∂x; with a vector v it is
/// ∇f·v without building the gradient.
/// </summary>
internal static class ForwardDerivative
{
    public static Expr Along(Expr f, IReadOnlyDictionary<Expr, Expr> tangents, CancellationToken cancellationToken = default) =>
        AlongAll([f], tangents, cancellationToken)[0];

    /// <summary>The derivatives of all <paramref name="roots"/> along the tangents, in one pass over their shared DAG.</summary>
    public static Expr[] AlongAll(
        IReadOnlyList<Expr> roots, IReadOnlyDictionary<Expr, Expr> tangents, CancellationToken cancellationToken = default)
    {
        var order = ExprWalk.TopologicalOrder(roots, cancellationToken);
        // Each node's derivative is dropped once its last consumer has used it, so a long chain's
        // intermediate products do not all stay alive at once; a root is its own last consumer.
        var consumers = new Dictionary<Expr, int>();
        foreach (var node in order)
            foreach (var a in node.Operands) consumers[a] = consumers.GetValueOrDefault(a) + 1;
        foreach (var root in roots) consumers[root] = consumers.GetValueOrDefault(root) + 1;
        var d = new Dictionary<Expr, PendingProduct>();
        foreach (var node in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            d[node] = Derivative(node, d, tangents);
            foreach (var a in node.Operands)
                if (--consumers[a] == 0) d.Remove(a);
        }
        var built = new Dictionary<Expr, Expr>();
        return roots.Select(r => built.TryGetValue(r, out var done) ? done : built[r] = d[r].Build()).ToArray();
    }

    private static PendingProduct Derivative(Expr node, Dictionary<Expr, PendingProduct> d, IReadOnlyDictionary<Expr, Expr> tangents)
    {
        var args = node.Operands;
        switch (node)
        {
            case Variable: return tangents.TryGetValue(node, out var t) ? PendingProduct.Of(t) : PendingProduct.Zero;
            case Number or Constant: return PendingProduct.Zero;
            case Sum: return AddTerms(node.Args.Select(a => d[a]));
            case Product:
            {
                var terms = new List<PendingProduct>();
                for (var i = 0; i < args.Length; i++)
                {
                    var di = d[args[i]];
                    if (di.IsZero) continue;
                    for (var j = 0; j < args.Length; j++)
                        if (j != i) di = di.Times(args[j]);
                    terms.Add(di);
                }
                return AddTerms(terms);
            }
            case Power p:
            {
                var db = d[p.Base];
                var de = d[p.Exponent];
                if (de.IsZero) return PowerRule.BaseTerm(p, db);
                if (db.IsZero) return PowerRule.ExponentTerm(p, de);
                // Both vary (x^x): b^e·(e'·log(b) + e·b'/b), the textbook factored form.
                return PendingProduct.Of(Expr.Multiply(p, Expr.Add(
                    Expr.Multiply(de.Build(), Expr.Log(p.Base)),
                    Expr.Multiply(p.Exponent, db.Build(), Expr.Pow(p.Base, Expr.MinusOne)))));
            }
            case Call c:
            {
                var terms = new List<PendingProduct>();
                Expr[]? partials = null;
                for (var i = 0; i < args.Length; i++)
                {
                    var di = d[args[i]];
                    if (di.IsZero) continue;
                    partials ??= c.Function.Partials(c.Args);
                    terms.Add(di.Times(partials[i]));
                }
                return AddTerms(terms);
            }
            default: throw new InvalidOperationException($"cannot differentiate {node.GetType().Name}");
        }
    }

    // A single nonzero term stays pending (the chain goes on); several are built and added.
    private static PendingProduct AddTerms(IEnumerable<PendingProduct> terms)
    {
        var nonzero = terms.Where(t => !t.IsZero).ToList();
        return nonzero.Count switch
        {
            0 => PendingProduct.Zero,
            1 => nonzero[0],
            _ => PendingProduct.Of(Expr.Add(nonzero.Select(t => t.Build()))),
        };
    }
}
