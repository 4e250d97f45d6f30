using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// A truncated Laurent series in t with exact coefficients: Σ Coefficients[i]·t^(Valuation + i), known up to (not
/// including) t^Precision. The leading coefficient is never the number 0 (a series whose known terms are all 0 has
/// no coefficients and its valuation at its precision), so a pole or a removable singularity shows in the valuation.
/// </summary>
internal sealed class LaurentSeries
{
    private LaurentSeries(int valuation, Expr[] coefficients, int precision)
    {
        Valuation = valuation;
        Coefficients = coefficients;
        Precision = precision;
    }

    public int Valuation { get; }

    public Expr[] Coefficients { get; }

    public int Precision { get; }

    /// <summary>The coefficient of t^k (0 below the valuation).</summary>
    public Expr At(int k) => k >= Valuation && k - Valuation < Coefficients.Length ? Coefficients[k - Valuation] : Expr.Zero;

    /// <summary>A series from the coefficients of t^valuation, t^(valuation+1)…, leading zeros dropped.</summary>
    public static LaurentSeries Of(int valuation, IReadOnlyList<Expr> coefficients, int precision)
    {
        var count = Math.Max(0, Math.Min(coefficients.Count, precision - valuation));
        var first = 0;
        while (first < count && ReferenceEquals(coefficients[first], Expr.Zero)) first++;
        if (first == count) return new LaurentSeries(precision, [], precision);
        return new LaurentSeries(valuation + first, coefficients.Skip(first).Take(count - first).ToArray(), precision);
    }

    public static LaurentSeries Constant(Expr c, int precision) => Of(0, [c], precision);

    public static LaurentSeries operator +(LaurentSeries a, LaurentSeries b)
    {
        var precision = Math.Min(a.Precision, b.Precision);
        var valuation = Math.Min(a.Valuation, b.Valuation);
        var terms = new Expr[Math.Max(0, precision - valuation)];
        for (var k = 0; k < terms.Length; k++) terms[k] = Expr.Add(a.At(valuation + k), b.At(valuation + k));
        return Of(valuation, terms, precision);
    }

    public static LaurentSeries operator *(LaurentSeries a, LaurentSeries b)
    {
        var valuation = a.Valuation + b.Valuation;
        var precision = Math.Min(a.Valuation + b.Precision, b.Valuation + a.Precision);
        var terms = new Expr[Math.Max(0, precision - valuation)];
        for (var k = 0; k < terms.Length; k++)
        {
            var products = new List<Expr>();
            for (var i = 0; i <= k && i < a.Coefficients.Length; i++)
                if (k - i < b.Coefficients.Length) products.Add(Expr.Multiply(a.Coefficients[i], b.Coefficients[k - i]));
            terms[k] = Expr.Add(products);
        }
        return Of(valuation, terms, precision);
    }

    public LaurentSeries Scale(Expr c) => Of(Valuation, Coefficients.Select(x => Expr.Multiply(c, x)).ToArray(), Precision);

    /// <summary>1/this: t^-v·(1/(c0 + c1·t + …)), with as many known terms as this has.</summary>
    public LaurentSeries Reciprocal()
    {
        if (Coefficients.Length == 0) throw CalculusErrors.SeriesDivisionByZero();
        var n = Precision - Valuation;
        var inverse = new Expr[n];
        inverse[0] = Expr.Pow(Coefficients[0], Expr.Num(Rational.MinusOne));
        for (var k = 1; k < n; k++)
        {
            var sum = new List<Expr>(k);
            for (var j = 1; j <= k && j < Coefficients.Length; j++) sum.Add(Expr.Multiply(Coefficients[j], inverse[k - j]));
            inverse[k] = Expr.Multiply(Expr.Num(Rational.MinusOne), inverse[0], Expr.Add(sum));
        }
        return Of(-Valuation, inverse, -Valuation + n);
    }

    /// <summary>this^n for an integer n, by squaring.</summary>
    public LaurentSeries Pow(int n)
    {
        if (n < 0) return Reciprocal().Pow(-n);
        var result = Constant(Expr.One, int.MaxValue / 4);   // the empty product, known to every order
        var square = this;
        for (var bits = n; bits > 0; bits >>= 1)
        {
            if ((bits & 1) != 0) result *= square;
            if (bits > 1) square *= square;
        }
        return result;
    }
}
