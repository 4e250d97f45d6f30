using System.Numerics;
using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// sin, cos and tan at the rational multiples of pi where their value is rational (sin(pi) = 0, cos(pi) = -1,
/// sin(pi/6) = 1/2, tan(pi/4) = 1): the folds of those three rows of the function table.
/// </summary>
internal static class ExactAngles
{
    /// <summary>The fold of <c>sin</c>.</summary>
    public static Expr? Sin(Expr[] args) => PiMultiple(args[0]) is { } k ? Num(SinOfPiTimes(k)) : null;

    /// <summary>The fold of <c>cos</c>: cos(k·pi) = sin((k + 1/2)·pi).</summary>
    public static Expr? Cos(Expr[] args) => PiMultiple(args[0]) is { } k ? Num(SinOfPiTimes(k + Rational.Half)) : null;

    /// <summary>The fold of <c>tan</c>; at a pole (pi/2) it stays symbolic, as the evaluator gives a huge number there.</summary>
    public static Expr? Tan(Expr[] args)
    {
        if (PiMultiple(args[0]) is not { } k || Steps(k, 4) is not { } quarters) return null;
        // tan has period pi: four quarter turns of pi/4.
        return (quarters % 4) switch { 0 => Expr.Num(0), 1 => Expr.Num(1), 3 => Expr.Num(-1), _ => null };
    }

    // sin(k*pi) is rational only at the multiples of pi/6 that are multiples of pi/2 or odd multiples of pi/6.
    private static Rational? SinOfPiTimes(Rational k) => Steps(k, 6) switch
    {
        0 or 6 => Rational.Zero,
        1 or 5 => Rational.Half,
        3 => Rational.One,
        7 or 11 => -Rational.Half,
        9 => Rational.MinusOne,
        _ => null,
    };

    // k as a whole number of 1/perHalfTurn steps of a full turn (2*perHalfTurn steps), or null when k is not one.
    private static int? Steps(Rational k, int perHalfTurn)
    {
        var scaled = k * perHalfTurn;
        if (!scaled.IsInteger) return null;
        var turn = 2 * perHalfTurn;
        return (int)((BigInteger.Remainder(scaled.Numerator, turn) + turn) % turn);
    }

    // k for the argument k*pi; the number 0 is 0*pi.
    private static Rational? PiMultiple(Expr e) => e switch
    {
        Number { Value.IsZero: true } => Rational.Zero,
        _ when ReferenceEquals(e, Expr.Pi) => Rational.One,
        Product { Operands: [Number k, var rest] } when ReferenceEquals(rest, Expr.Pi) => k.Value,
        _ => null,
    };

    private static Expr? Num(Rational? value) => value is { } v ? Expr.Num(v) : null;
}
