namespace Symbolic.Repl;

/// <summary>The one place the REPL simplifies, so every command prints the same simplified form.</summary>
internal static class Simplification
{
    /// <summary>The simplified form of <paramref name="expr"/>, by Symbolic.Diff's rewrite rules; stops when <paramref name="cancellation"/> is cancelled.</summary>
    public static Expr Apply(Expr expr, CancellationToken cancellation) => Simplifier.Simplify(expr, cancellation);
}
