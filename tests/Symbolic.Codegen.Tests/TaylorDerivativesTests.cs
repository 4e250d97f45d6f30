namespace Symbolic.Codegen.Tests;

/// <summary>
/// Compiler.Derivatives (Taylor arithmetic through the DAG) against the symbolic derivatives where those are cheap to
/// build, and against mpmath where they are not.
/// </summary>
public class TaylorDerivativesTests
{
    // mpmath 1.3, mp.dps = 60: mpmath.diffs(lambda x: sin(cos(tan(x**x))), mpf('0.7'), 20), to 25 digits
    // (orders 4 and 6 agree with SymPy's exact derivatives to all 25 digits; order 20 is the same at mp.dps = 120).
    private static readonly double[] SinCosTanXToTheXAt07 =
    [
        0.5234249928772507656759615, -0.7038927267738174195301772, -3.529639084337592646039932, -17.42484145656473772318342,
        -121.3421885939098673673648, -794.041494481857751311333, -5827.173551163984222738725, -24084.44858895620397411312,
        223466.5095623323860814249, 12774248.54533222849897773, 338004657.661623043575375, 8171924613.992569492339541,
        184232075401.3029599960802, 4122289053021.428831649006, 88786570057549.19908688565, 1835798184458542.075769744,
        33219073879029103.76808582, 400296205058438588.8436855, -6236654645355607797.842874, -776605804716472448602.7542,
        -43962868233400345596179.47,
    ];

    [Fact]
    public void TwentiethDerivativeOfSinCosTanXToTheX_AgreesWithMpmath()
    {
        var derivatives = Compiler.Derivatives(Expressions.Parse("sin(cos(tan(x^x)))"), "x", 20)(0.7);
        Assert.Equal(21, derivatives.Length);
        for (var k = 0; k <= 20; k++)
            Assert.True(Math.Abs(derivatives[k] - SinCosTanXToTheXAt07[k]) <= 1e-10 * Math.Abs(SinCosTanXToTheXAt07[k]),
                $"order {k}: {derivatives[k]:R}, mpmath {SinCosTanXToTheXAt07[k]:R}");
    }

    [Theory]
    [InlineData("sin(cos(tan(x^x)))", 0.7, 5)]
    [InlineData("exp(-x^2)", 0.3, 12)]
    [InlineData("tanh(x)", 0.3, 8)]
    [InlineData("atan(x)*sec(x) + sigmoid(x)", -0.4, 6)]
    [InlineData("1/(1 + 25*x^2)", 0.3, 8)]
    [InlineData("sqrt(1 + x^2)*log(2 + x)", 0.3, 6)]
    [InlineData("x^x^x", 1.3, 4)]
    [InlineData("x^7 - 3*x^2 + 1", 0, 9)]
    [InlineData("abs(x)*x + max(x, 2*x)", -0.5, 3)]
    public void Derivatives_AgreeWithTheSymbolicDerivatives(string text, double x, int order)
    {
        var f = Expressions.Parse(text);
        var derivatives = Compiler.Derivatives(f, "x", order)(x);
        var symbolic = f;
        for (var k = 0; k <= order; k++)
        {
            if (k > 0) symbolic = Calculus.Diff(symbolic, Expr.Var("x"));
            var expected = Evaluator.Evaluate(symbolic, new Dictionary<string, double> { ["x"] = x });
            Assert.True(Math.Abs(derivatives[k] - expected) <= 1e-9 * Math.Abs(expected) + 1e-12,
                $"{text}, order {k} at {x}: Taylor {derivatives[k]:R}, symbolic {expected:R}");
        }
    }

    [Fact]
    public void APolynomialAtZero_HasItsCoefficientsTimesFactorials()
    {
        // x^7 at 0: a zero base, where the real-power recurrence would divide by 0; integer powers are products.
        var d = Compiler.Derivatives(Expressions.Parse("x^7 + 2*x^3"), "x", 8)(0);
        Assert.Equal([0, 0, 0, 12, 0, 0, 0, 5040, 0], d);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Compiler.MaxDerivativeOrder + 1)]
    [InlineData(1_000_000_000)]
    public void ANegativeOrAbsurdOrder_IsAnArgumentError(int order) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Compiler.Derivatives(Expressions.Parse("sin(x)"), "x", order));

    [Fact]
    public void AnotherFreeVariable_IsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => Compiler.Derivatives(Expressions.Parse("sin(x*y)"), "x", 3));
        Assert.Contains("depends on 'y'", e.Message);
    }

    [Fact]
    public void Cancelled_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Compiler.Derivatives(Expressions.Parse("sin(x)"), "x", 3, cancelled.Token));
    }
}
