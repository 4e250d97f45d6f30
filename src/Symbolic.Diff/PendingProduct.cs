namespace Symbolic;

/// <summary>
/// A product of factors not yet built into an <see cref="Expr"/>: a shared linked list, so the chain rule through
/// a long chain (sin(sin(…))) adds one factor per level in constant time instead of copying an ever longer
/// canonical product at every level. Built once, when a sum needs it or the result is read.
/// </summary>
internal sealed class PendingProduct
{
    private Expr? factor;
    private PendingProduct? rest;
    private Expr? built;

    /// <summary>The product 0.</summary>
    public static readonly PendingProduct Zero = new(Expr.Zero);

    private PendingProduct(Expr factor, PendingProduct? rest = null)
    {
        this.factor = factor;
        this.rest = rest;
        if (rest is null) built = factor;
    }

    /// <summary>A single, already built expression.</summary>
    public static PendingProduct Of(Expr e) => e == Expr.Zero ? Zero : new PendingProduct(e);

    /// <summary>True for a product known to be 0.</summary>
    public bool IsZero => ReferenceEquals(this, Zero);

    /// <summary>This product times <paramref name="next"/>, in constant time.</summary>
    public PendingProduct Times(Expr next) =>
        IsZero ? Zero : next == Expr.Zero ? Zero : next == Expr.One ? this : IsOne ? new PendingProduct(next) : new PendingProduct(next, this);

    // The product 1 (where every gradient starts): 1 times e is e, already built.
    private bool IsOne => rest is null && built == Expr.One;

    /// <summary>The canonical product of all factors (computed once).</summary>
    public Expr Build()
    {
        if (built is not null) return built;
        // Counted first, so the factors go into one exactly sized array instead of a growing list.
        var count = 0;
        for (var p = this; p is not null; p = p.rest)
        {
            count++;
            if (p.built is not null) break;
        }
        var factors = new Expr[count];
        var k = 0;
        for (var p = this; k < count; p = p.rest!) factors[k++] = p.built ?? p.factor!;
        built = Expr.Multiply(factors);
        // A built product is read only as built (a longer chain stops at it), so its chain is let go: the pending
        // factors behind it die young instead of living as long as the product does.
        factor = null;
        rest = null;
        return built;
    }
}
