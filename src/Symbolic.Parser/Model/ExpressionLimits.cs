namespace Symbolic;

/// <summary>
/// The size limit that keeps one input from taking the process down. Stages that can multiply an
/// expression's size (repeated differentiation, Hessians) check their input against it and refuse with a
/// clear error instead of exhausting memory.
/// </summary>
public static class ExpressionLimits
{
    /// <summary>Most distinct nodes an expression may have before a size-multiplying operation refuses it: <see cref="SymbolicLimits.MaxNodes"/>.</summary>
    public static int MaxNodes => SymbolicLimits.Current.MaxNodes;

    /// <summary>Throws a <see cref="SymbolicException"/> when <paramref name="roots"/> together exceed <see cref="MaxNodes"/>.</summary>
    public static void Check(IEnumerable<Expr> roots, string what) => Check(ExprWalk.CountNodes(roots), what);

    /// <summary>
    /// Throws a <see cref="SymbolicException"/> when <paramref name="nodes"/>, the distinct nodes of an expression counted
    /// already (by a pass that numbers them anyway), exceed <see cref="MaxNodes"/>.
    /// </summary>
    public static void Check(int nodes, string what)
    {
        if (nodes > MaxNodes)
            throw Errors.ExpressionTooLarge(what, nodes, MaxNodes);
    }
}
