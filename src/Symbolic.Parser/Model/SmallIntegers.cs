using System.Numerics;
using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// The interned numbers −16 … 256, built once and kept: coefficients and exponents such as 1, −1, 2 and 100
/// are made over and over, and each would otherwise allocate a candidate node and look it up in the table.
/// </summary>
internal static class SmallIntegers
{
    private const int Min = -16;
    private const int Max = 256;

    private static readonly Expr[] Numbers = Enumerable.Range(Min, Max - Min + 1)
        .Select(i => (Expr)InternTable.Intern(new Number(new Rational(i)))).ToArray();

    /// <summary>The shared node for <paramref name="value"/> when it is a small integer, else null.</summary>
    public static Expr? Find(in Rational value)
    {
        if (!value.IsInteger) return null;
        var n = value.Numerator;
        return n >= Min && n <= Max ? Numbers[(int)n - Min] : null;
    }
}
