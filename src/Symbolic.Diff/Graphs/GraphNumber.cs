using System.Globalization;
using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// A value, adjoint or local partial of a <see cref="ComputationGraph"/>: the exact rational when it could be
/// computed exactly (an exact point and operations that stay rational), and always the nearest double.
/// </summary>
/// <param name="Value">The value in double precision (the nearest double to <paramref name="Exact"/> when that is known).</param>
/// <param name="Exact">The exact value, or null where a function made it irrational (<c>sin(1)</c>) or it grew too large.</param>
public readonly record struct GraphNumber(double Value, Rational? Exact)
{
    /// <summary>True when <see cref="Exact"/> is known.</summary>
    public bool IsExact => Exact is not null;

    /// <summary>The exact value (<c>33</c>, <c>-3/10</c>) or the shortest round-trip double.</summary>
    public override string ToString() => Exact?.ToString() ?? Value.ToString("R", CultureInfo.InvariantCulture);

    internal static GraphNumber Of(Rational exact) => new(exact.ToDouble(), exact);

    internal static GraphNumber Approximate(double value) => new(value, null);

    internal static readonly GraphNumber One = Of(Rational.One);

    // Exact arithmetic falls back to doubles when a rational would exceed Rational.MaxBits.
    internal GraphNumber Times(GraphNumber other)
    {
        if (Exact is { } a && other.Exact is { } b) return Exactly(() => a * b, Value * other.Value);
        // 0 times a finite number is exactly 0: a routed-away max input stays an exact 0.
        if ((Exact is { IsZero: true } && double.IsFinite(other.Value)) || (other.Exact is { IsZero: true } && double.IsFinite(Value)))
            return Of(Rational.Zero);
        return Approximate(Value * other.Value);
    }

    internal GraphNumber Plus(GraphNumber other) =>
        Exact is { } a && other.Exact is { } b ? Exactly(() => a + b, Value + other.Value) : Approximate(Value + other.Value);

    private static GraphNumber Exactly(Func<Rational> compute, double fallback)
    {
        try { return Of(compute()); }
        catch (SymbolicException) { return Approximate(fallback); }
    }
}
