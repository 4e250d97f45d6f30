namespace Symbolic;

/// <summary>
/// Traversals of the expression DAG. All are iterative, so an expression of any depth is safe,
/// and each visits a shared node once.
/// </summary>
public static class ExprWalk
{
    /// <summary>The distinct nodes under <paramref name="root"/>, every node after all of its operands (root last).</summary>
    public static List<Expr> TopologicalOrder(Expr root) => TopologicalOrder([root]);

    /// <summary>The distinct nodes under all <paramref name="roots"/>, every node after its operands.</summary>
    public static List<Expr> TopologicalOrder(IEnumerable<Expr> roots) => TopologicalOrder(roots, CancellationToken.None);

    /// <summary>
    /// The distinct nodes under all <paramref name="roots"/>, every node after its operands; the walk stops with an
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static List<Expr> TopologicalOrder(IEnumerable<Expr> roots, CancellationToken cancellationToken)
    {
        var order = new List<Expr>();
        // Expr's own Equals is reference equality and its hash is cached when the node is made, so the default comparer
        // compares by identity too, without ReferenceEqualityComparer's cost of the runtime making (and storing) an
        // identity hash for every node the first time it is met; every table keyed by nodes uses it for that reason.
        var seen = new HashSet<Expr>();
        PostOrder(roots, seen.Add, order.Add, cancellationToken);
        return order;
    }

    /// <summary>
    /// The post-order walk every traversal here shares, on an explicit stack: <paramref name="firstVisit"/> is asked of
    /// each node reached (true: not seen before, and now marked seen), and <paramref name="finish"/> gets each new node
    /// after all of its operands. It uses no recursion, so any depth is safe.
    /// </summary>
    /// <param name="roots">Where the walk starts; nodes shared between roots are visited once if <paramref name="firstVisit"/> says so.</param>
    /// <param name="firstVisit">Marks a node seen and says whether it was new; returning false skips the node and its operands.</param>
    /// <param name="finish">Gets each new node after all of its operands.</param>
    /// <param name="cancellationToken">Checked at every step.</param>
    /// <example><code>
    /// var seen = new HashSet&lt;Expr&gt;();
    /// ExprWalk.PostOrder([f], seen.Add, node => Console.WriteLine(node));   // operands before the nodes using them
    /// </code></example>
    public static void PostOrder(
        IEnumerable<Expr> roots, Func<Expr, bool> firstVisit, Action<Expr> finish, CancellationToken cancellationToken = default)
    {
        // The open nodes with the next operand to visit, advanced in place rather than popped and pushed at every edge.
        var frames = new (Expr Node, int Next)[16];
        foreach (var root in roots)
        {
            if (!firstVisit(root)) continue;
            var depth = 0;
            frames[depth++] = (root, 0);
            while (depth > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ref var frame = ref frames[depth - 1];
                var args = frame.Node.Operands;
                if (frame.Next < args.Length)
                {
                    var operand = args[frame.Next++];
                    if (!firstVisit(operand)) continue;
                    if (depth == frames.Length) Array.Resize(ref frames, depth * 2);
                    frames[depth++] = (operand, 0);
                }
                else
                {
                    depth--;
                    finish(frame.Node);
                }
            }
        }
    }

    /// <summary>Number of distinct nodes of all <paramref name="roots"/> together, counting shared nodes once.</summary>
    public static int CountNodes(IEnumerable<Expr> roots)
    {
        var seen = new HashSet<Expr>();
        PostOrder(roots, seen.Add, static _ => { });
        return seen.Count;
    }

    /// <summary>The variables that occur, in natural order (<c>x2</c> before <c>x10</c>).</summary>
    public static List<string> Variables(Expr root) => Variables([root]);

    /// <summary>The variables that occur in any of <paramref name="roots"/>, in natural order.</summary>
    public static List<string> Variables(IEnumerable<Expr> roots)
    {
        // Each variable is one node (interned by name), so each name is met once.
        var names = new List<string>();
        var seen = new HashSet<Expr>();
        PostOrder(roots, seen.Add, node =>
        {
            if (node is Variable v) names.Add(v.Name);
        });
        names.Sort(ExprOrder.NaturalCompare);
        return names;
    }

    /// <summary>
    /// Rebuilds <paramref name="root"/> bottom-up: <paramref name="rewrite"/> gets each node with its operands
    /// already rebuilt (as an array in operand order) and returns the new node. Unchanged subtrees stay shared.
    /// </summary>
    public static Expr Rebuild(Expr root, Func<Expr, Expr[], Expr> rewrite) => Rebuild(root, rewrite, CancellationToken.None);

    /// <inheritdoc cref="Rebuild(Expr, Func{Expr, Expr[], Expr})"/>
    /// <param name="root">The expression to rebuild.</param>
    /// <param name="rewrite">Gets each node with its rebuilt operands, returns the new node.</param>
    /// <param name="cancellationToken">Checked at every node; a cancelled rebuild throws <see cref="OperationCanceledException"/>.</param>
    public static Expr Rebuild(Expr root, Func<Expr, Expr[], Expr> rewrite, CancellationToken cancellationToken)
    {
        var done = new Dictionary<Expr, Expr>();
        foreach (var node in TopologicalOrder([root], cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var args = node.Operands;
            var rebuilt = new Expr[args.Length];
            for (var i = 0; i < args.Length; i++) rebuilt[i] = done[args[i]];
            done[node] = rewrite(node, rebuilt);
        }
        return done[root];
    }

    /// <summary>A node of the same kind with new operands (the node itself when they are unchanged).</summary>
    public static Expr WithArgs(Expr node, Expr[] args)
    {
        if (args.AsSpan().SequenceEqual(node.Operands)) return node;
        return node switch
        {
            Sum => Expr.Add(args),
            Product => Expr.Multiply(args),
            Power => Expr.Pow(args[0], args[1]),
            Call c => Expr.Apply(c.Function, args),
            _ => node,
        };
    }

    /// <summary>Replaces every occurrence of each key by its value, simultaneously.</summary>
    public static Expr Substitute(Expr root, IReadOnlyDictionary<Expr, Expr> replacements) =>
        Rebuild(root, (node, args) => replacements.TryGetValue(node, out var r) ? r : WithArgs(node, args));
}
