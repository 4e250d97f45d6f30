using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

/// <summary>
/// Compiled delegates, emitted C# and the interpreter give the same bits at the points where the sign of a zero
/// or an infinity decides the answer: ±0, ±1, the edges of each function's domain, ±∞ and NaN.
/// </summary>
public class BoundaryAgreementTests
{
    // Powers of two only (and the special values), so that a/b and a*(1/b) round alike and only the conventions differ.
    private static readonly double[] Points = [0.0, -0.0, 1, -1, 2, -2, 0.5, -0.5, 8, -8, double.PositiveInfinity, double.NegativeInfinity, double.NaN];

    private static readonly string[] Exponents = ["1/2", "-1/2", "1/3", "-1/3", "2/3", "-2/3", "3/2", "-3/2", "1/4", "5/3", "-5/3", "2", "-2", "3", "-1", "7", "-7", "1/5", "-2/5", "3/7"];

    public static TheoryData<string> Formulas()
    {
        var data = new TheoryData<string>();
        foreach (var row in FunctionTable.All.Where(r => !r.IsSugar))
        {
            var args = row.Arity == 1 ? "x" : "x, 1 - x";
            data.Add($"{row.Name}({args})");
            data.Add($"{row.Name}({args.Replace("x", "(-x)")})");
        }
        foreach (var e in Exponents)
        {
            data.Add($"x^({e})");
            data.Add($"(-x)^({e})");
            data.Add($"(1 - x^2)^({e})");
        }
        data.Add("1/sqrt(-x)");
        data.Add("sqrt(-x)");
        data.Add("x + (-x)");
        data.Add("-x - x");
        return data;
    }

    [Theory]
    [MemberData(nameof(Formulas))]
    public void ValueAndGradient_CompiledEqualsInterpreted_BitForBit(string formula)
    {
        var f = Expressions.Parse(formula);
        var gradient = Calculus.Gradient(f, [Expr.Var("x")])[0];
        var value = Compiler.Value(f, ["x"]);
        var valueAndGradient = Compiler.ValueAndGradient(f, ["x"]);
        foreach (var x in Points)
        {
            var bindings = new Dictionary<string, double> { ["x"] = x };
            var expected = Evaluator.Evaluate(f, bindings);
            var expectedSlope = Evaluator.Evaluate(gradient, bindings);
            var slope = new double[1];
            AssertSameBits(expected, value([x]), $"{formula} at x = {x}");
            AssertSameBits(expected, valueAndGradient([x], slope), $"{formula} with its gradient at x = {x}");
            AssertSameBits(expectedSlope, slope[0], $"d/dx {formula} = {gradient} at x = {x}");
        }
    }

    [Fact]
    public void EmittedCSharp_EqualsInterpreted_BitForBit_ForEveryRootForm()
    {
        var f = Expr.Add(Exponents.Select((e, i) => Expr.Var($"c{i}") * Expressions.Parse($"(x - y)^({e})")));
        var names = new[] { "x", "y" }.Concat(Exponents.Select((_, i) => $"c{i}")).ToArray();
        var type = CSharpEmitterTests.CompileWithRoslyn(CSharpEmitter.EmitCSharp(f, names, "Roots"), "Roots");
        var emitted = type.GetMethod("Value")!.CreateDelegate<Func<double[], double>>();
        for (var k = 0; k < Exponents.Length; k++)
            foreach (var x in Points)
            {
                // Only the k-th term is switched on: the emitted sum then is that one power (times 1).
                var point = new double[names.Length];
                point[0] = x;
                point[2 + k] = 1;
                var bindings = names.Select((n, i) => (n, point[i])).ToDictionary(p => p.n, p => p.Item2);
                var alone = Expressions.Parse($"(x - y)^({Exponents[k]})");
                var expected = Evaluator.Evaluate(alone, bindings);
                // 0*∞ or 0*NaN in the switched-off terms makes the whole sum NaN; compare only where they are finite.
                var others = Evaluator.Evaluate(f, bindings);
                if (double.IsNaN(others) && !double.IsNaN(expected)) continue;
                AssertSameBits(others, emitted(point), $"emitted (x - y)^({Exponents[k]}) at x = {x}");
                if (!double.IsNaN(expected)) AssertSameBits(expected, others, $"(x - y)^({Exponents[k]}) at x = {x}");
            }
    }

    [Theory]
    [InlineData("x^(1/3)", -8, -2)]
    [InlineData("x^(2/3)", -8, 4)]
    [InlineData("x^(-1/3)", -8, -0.5)]
    [InlineData("x^(5/3)", -8, -32)]
    [InlineData("x^(1/2)", -4, double.NaN)]
    [InlineData("cbrt(x)", -8, -2)]
    [InlineData("1/sqrt(-x)", 0, double.PositiveInfinity)]
    [InlineData("sqrt(-x)", 0, 0.0)]
    [InlineData("x^(-1/3)", -0.0, double.NegativeInfinity)]
    public void NegativeBases_TakeTheRealOddRoot_InEveryPath(string formula, double x, double expected)
    {
        var f = Expressions.Parse(formula);
        AssertSameBits(expected, Evaluator.Evaluate(f, new Dictionary<string, double> { ["x"] = x }), formula);
        AssertSameBits(expected, Compiler.Value(f, ["x"])([x]), formula);
        if (x == 0) return;   // the exact 0^(negative) is a division by zero
        var folded = Expressions.Parse(formula.Replace("x", $"({x})"));
        if (folded is Number n) AssertSameBits(expected, n.Value.ToDouble(), $"{formula} folded");
    }

    [Theory]
    [InlineData("x^(1/3)", -8, 1.0 / 12)]           // the real cube root rises everywhere
    [InlineData("x^(2/3)", -8, -1.0 / 3)]           // |x|^(2/3) falls left of 0
    [InlineData("cbrt(x)", -8, 1.0 / 12)]
    [InlineData("sqrt(-x)", 0, double.NegativeInfinity)]
    public void Derivatives_FollowTheSameConvention(string formula, double x, double expected)
    {
        var f = Expressions.Parse(formula);
        var derivative = Calculus.Diff(f, Expr.Var("x"));
        Assert.Equal(expected, Evaluator.Evaluate(derivative, new Dictionary<string, double> { ["x"] = x }), 1e-15);
        var slope = new double[1];
        Compiler.ValueAndGradient(f, ["x"])([x], slope);
        Assert.Equal(expected, slope[0], 1e-15);
    }

    private static void AssertSameBits(double expected, double actual, string what)
    {
        if (double.IsNaN(expected) && double.IsNaN(actual)) return;
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
            $"{what}: interpreted {expected:R}, compiled {actual:R}");
    }
}
