namespace Symbolic;

/// <summary>
/// Reverse accumulation (adjoints) over the DAG: the whole gradient in one backward sweep, so its size
/// stays within a small constant of f's instead of n times f's, and shared subexpressions stay shared.
/// </summary>
/// <remarks>
/// Nodes are numbered by their place in the topological order (<see cref="DagNumbering"/>, operands included), so
/// the sweep's bookkeeping (which nodes are active, the contributions each has received) lives in arrays indexed by
/// that number instead of in hash sets and dictionaries keyed by node; a <see cref="SweepWorkspace"/> holds them and
/// is reused by the next sweep.
/// </remarks>
internal static class ReverseGradient
{
    public static Expr[] Of(Expr f, IReadOnlyList<Expr> variables, CancellationToken cancellationToken = default)
    {
        var workspace = SweepWorkspace.For(f, cancellationToken);
        try
        {
            return Sweep(f, variables, workspace.Nodes, workspace, cancellationToken);
        }
        finally
        {
            workspace.Release();
        }
    }

    /// <summary>The gradient of <paramref name="f"/>, a node of <paramref name="nodes"/>, over that numbering (made once for several passes).</summary>
    public static Expr[] Of(Expr f, IReadOnlyList<Expr> variables, DagNumbering nodes, CancellationToken cancellationToken = default)
    {
        var workspace = SweepWorkspace.For(nodes);
        try
        {
            return Sweep(f, variables, nodes, workspace, cancellationToken);
        }
        finally
        {
            workspace.Release();
        }
    }

    private static Expr[] Sweep(Expr f, IReadOnlyList<Expr> variables, DagNumbering nodes, SweepWorkspace workspace, CancellationToken cancellationToken)
    {
        var order = nodes.Order;
        var top = nodes.NumberOf(f);
        var operands = nodes.OperandNumbers;

        // A node is active when some wanted variable occurs under it; only active nodes receive adjoints.
        var active = workspace.Active;
        for (var i = 0; i < variables.Count; i++)
            if (nodes.TryGetNumber(variables[i], out var k)) active[k] = true;
        for (var k = 0; k <= top; k++)
        {
            if (active[k]) continue;
            foreach (var a in nodes.OperandsOf(k))
                if (active[a]) { active[k] = true; break; }
        }

        var contributions = workspace.Contributions;
        var operandStarts = nodes.OperandStarts;
        void Send(int k, PendingProduct amount)
        {
            if (amount.IsZero || !active[k]) return;
            // An active node without operands is a variable, which is never swept: its contributions wait for the end,
            // and unbuilt they would keep alive every chain of factors they extend until then (the collector would
            // promote a sweep's worth of them). Built now, they are the same products, and the chains die young.
            if (operandStarts[k] == operandStarts[k + 1]) amount.Build();
            contributions[k].Add(amount);
        }

        Send(top, PendingProduct.Of(Expr.One));
        for (var k = top; k >= 0; k--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var node = order[k];
            if (node is Variable || contributions[k].IsEmpty) continue;
            // One contribution flows on unbuilt (a chain); several are built and added.
            var adjoint = contributions[k].Single ?? PendingProduct.Of(contributions[k].Sum());
            contributions[k] = default;
            var args = node.Operands;
            var first = nodes.OperandStart(k);
            switch (node)
            {
                case Sum:
                    for (var i = 0; i < args.Length; i++) Send(operands[first + i], adjoint);
                    break;
                case Product product:
                    for (var i = 0; i < args.Length; i++)
                        if (active[operands[first + i]]) Send(operands[first + i], adjoint.Times(product.WithoutFactor(i)));
                    break;
                case Power p:
                    Send(operands[first], PowerRule.BaseTerm(p, adjoint));
                    if (active[operands[first + 1]]) Send(operands[first + 1], PowerRule.ExponentTerm(p, adjoint));
                    break;
                case Call c:
                    var partials = c.Function.Partials(c.Args);
                    for (var i = 0; i < args.Length; i++)
                        if (active[operands[first + i]]) Send(operands[first + i], adjoint.Times(partials[i]));
                    break;
            }
        }

        var gradient = new Expr[variables.Count];
        for (var i = 0; i < gradient.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            gradient[i] = nodes.TryGetNumber(variables[i], out var k) && !contributions[k].IsEmpty ? contributions[k].Sum() : Expr.Zero;
        }
        return gradient;
    }

    /// <summary>The adjoint contributions one node has received: usually one, kept without a list.</summary>
    internal struct Contributions
    {
        private PendingProduct? first;
        private List<PendingProduct>? more;

        public readonly bool IsEmpty => first is null;

        /// <summary>The only contribution, or null when there are several.</summary>
        public readonly PendingProduct? Single => more is null ? first : null;

        public void Add(PendingProduct amount)
        {
            if (first is null) first = amount;
            else (more ??= []).Add(amount);
        }

        /// <summary>All contributions, built and added.</summary>
        public readonly Expr Sum()
        {
            var terms = new Expr[1 + (more?.Count ?? 0)];
            terms[0] = first!.Build();
            for (var i = 1; i < terms.Length; i++) terms[i] = more![i - 1].Build();
            return Expr.Add(terms);
        }
    }
}
