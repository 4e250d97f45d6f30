namespace Symbolic;

/// <summary>
/// Reverse accumulation (adjoints) over the DAG: the whole gradient in one backward sweep, so its size
/// stays within a small constant of f's instead of n times f's, and shared subexpressions stay shared.
/// </summary>
internal static class ReverseGradient
{
    public static Expr[] Of(Expr f, IReadOnlyList<Expr> variables)
    {
        var order = ExprWalk.TopologicalOrder(f);
        var wanted = new HashSet<Expr>(variables, ReferenceEqualityComparer.Instance);
        // A node is active when some wanted variable occurs under it; only active nodes receive adjoints.
        var active = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        foreach (var node in order)
            if (wanted.Contains(node) || node.ArgArray.Any(active.Contains)) active.Add(node);

        var contributions = new Dictionary<Expr, List<PendingProduct>>(ReferenceEqualityComparer.Instance);
        void Send(Expr child, PendingProduct amount)
        {
            if (amount.IsZero || !active.Contains(child)) return;
            if (!contributions.TryGetValue(child, out var list)) contributions[child] = list = [];
            list.Add(amount);
        }

        Send(f, PendingProduct.Of(Expr.One));
        for (var k = order.Count - 1; k >= 0; k--)
        {
            var node = order[k];
            if (node is Variable || !contributions.Remove(node, out var list)) continue;
            // One contribution flows on unbuilt (a chain); several are built and added.
            var adjoint = list.Count == 1 ? list[0] : PendingProduct.Of(Expr.Add(list.Select(a => a.Build())));
            var args = node.ArgArray;
            switch (node)
            {
                case Sum:
                    foreach (var a in args) Send(a, adjoint);
                    break;
                case Product:
                    for (var i = 0; i < args.Length; i++)
                    {
                        if (!active.Contains(args[i])) continue;
                        var share = adjoint;
                        for (var j = 0; j < args.Length; j++)
                            if (j != i) share = share.Times(args[j]);
                        Send(args[i], share);
                    }
                    break;
                case Power p:
                    Send(p.Base, PowerRule.BaseTerm(p, adjoint));
                    if (active.Contains(p.Exponent)) Send(p.Exponent, PowerRule.ExponentTerm(p, adjoint));
                    break;
                case Call c:
                    var partials = c.Function.Partials(args);
                    for (var i = 0; i < args.Length; i++)
                        if (active.Contains(args[i])) Send(args[i], adjoint.Times(partials[i]));
                    break;
            }
        }
        return variables.Select(v => contributions.TryGetValue(v, out var l) ? Expr.Add(l.Select(a => a.Build())) : Expr.Zero).ToArray();
    }
}
