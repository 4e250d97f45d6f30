using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

public class CompiledValueTests
{
    // Varied shapes: powers of every kind, divisions, negations, shared subtrees, constants, and every
    // non-sugar function of the table inside its domain (variables take values in [0.2, 0.9]).
    public static readonly string[] Formulas =
    [
        "3*a", "a^2", "a^3", "a^4", "a^5", "a^-1", "a^-2", "a^-3", "a^(1/2)", "a^(-1/2)", "a^(3/2)", "a^pi", "a^b",
        "x^2 - x*y", "3*(a + b*c)", "x/y", "-x", "-2*x + y", "1/(x*y)", "x^2/y^3", "(x + y)^2 - (x - y)^2",
        "sin(x)^2 + sin(x)", "exp(-x^2/2)/sqrt(2*pi)", "100*(y - x^2)^2 + (1 - x)^2", "log(1 + x*y)/(1 + x)",
        "sin(x)*cos(y) - tan(x*y)", "sec(x) + csc(x) + cot(x)", "asin(x) + acos(y) + atan(x/y)", "atan2(y, x)",
        "sinh(x) + cosh(y) + tanh(x - y)", "asinh(x) + acosh(1 + y) + atanh(x/2)", "exp(x)*log(y)",
        "log10(x) + log2(y)", "cbrt(x - y)", "abs(x - y) + sign(x - y)", "step(x - y) + relu(y - x)",
        "max(x, y) + min(x, y)", "sigmoid(3*x - y)", "softplus(x - 2*y)", "x^x", "e^x + pi*x",
        "sqrt(x^2 + y^2 + z^2)", "(x*y*z)^(1/3)", "sin(sin(sin(x)))", "exp(sin(x)*cos(y))/(1 + z^2)",
        "x1 + 2*x2 + 3*x3 + 4*x4 + 5*x5 + 6*x6 + 7*x7 + 8*x8 + 9*x9 + 10*x10 + 11*x11 + 12*x12 + 13*x13 + 14*x14 + 15*x15 + 16*x16 + 17*x17 + 18*x18",
        "x1*x2*x3*x4*x5*x6*x7*x8*x9*x10*x11*x12*x13*x14*x15*x16*x17*x18*x19*x20",
        "tanh(w1*x + b1)*v1 + tanh(w2*x + b2)*v2", "(tanh(w1*x + b1)*v1 + tanh(w2*x + b2)*v2 - y)^2", "2", "pi",
    ];

    public static TheoryData<string> FormulaData() => [.. Formulas];

    [Theory]
    [MemberData(nameof(FormulaData))]
    public void CompiledValue_EqualsInterpretedValue(string formula)
    {
        var f = Expressions.Parse(formula);
        var names = ExprWalk.Variables(f);
        var compiled = Compiler.Value(f);
        var random = new Random(formula.GetHashCode(StringComparison.Ordinal));
        for (var trial = 0; trial < 20; trial++)
        {
            var point = names.Select(_ => 0.2 + 0.7 * random.NextDouble()).ToArray();
            var expected = Evaluator.Evaluate(f, Bindings(names, point));
            Assert.Equal(expected, compiled(point), Tolerance.Relative(expected));
        }
    }

    [Fact]
    public void EveryTableFunction_AppearsInTheFormulaList()
    {
        var used = Formulas.Select(Expressions.Parse).SelectMany(f => ExprWalk.TopologicalOrder(f)).OfType<Call>()
            .Select(c => c.Function.Name).ToHashSet();
        foreach (var row in FunctionTable.All.Where(r => !r.IsSugar)) Assert.Contains(row.Name, used);
    }

    [Fact]
    public void SharedSine_IsCalledOnce()
    {
        var lambda = Compiler.ValueLambda(Expressions.Parse("sin(x)^2 + sin(x)"));
        Assert.Equal(1, MethodCallCounter.Count(lambda, nameof(Math.Sin)));
        Assert.Equal(Math.Sin(0.7) * Math.Sin(0.7) + Math.Sin(0.7), lambda.Compile()([0.7]), 15);
    }

    [Fact]
    public void IntegerPowers_BecomeMultiplications_AndHalfPowerSqrt()
    {
        var lambda = Compiler.ValueLambda(Expressions.Parse("x^2 + x^3 + y^-1 + y^-2 + sqrt(x*y)"));
        Assert.Equal(0, MethodCallCounter.Count(lambda, nameof(Math.Pow)));
        Assert.Equal(1, MethodCallCounter.Count(lambda, nameof(Math.Sqrt)));
    }

    [Fact]
    public void Value_WithExplicitVariableOrder_ReadsArgumentsInThatOrder()
    {
        var f = Compiler.Value(Expressions.Parse("x - 10*y"), ["y", "x"]);
        Assert.Equal(3 - 10 * 1, f([1, 3]));
    }

    [Fact]
    public void Value_WithAVariableLeftOut_IsAnError()
    {
        var error = Assert.Throws<SymbolicException>(() => Compiler.Value(Expressions.Parse("x + y"), ["x"]));
        Assert.Contains("'y'", error.Message);
    }

    [Fact]
    public void Value_OfAShortArgument_IsAClearError()
    {
        var f = Compiler.Value(Expressions.Parse("x + y"));
        ArrayErrors.AssertTooShort("x", 2, () => f([1]));
        Assert.Throws<ArgumentNullException>(() => f(null!));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(-1000)]
    public void SigmoidAndSoftplus_AtLargeArguments_AreFiniteAndRight(double x)
    {
        var sigmoid = Compiler.Value(Expressions.Parse("sigmoid(x)"));
        var softplus = Compiler.Value(Expressions.Parse("softplus(x)"));
        Assert.Equal(x > 0 ? 1.0 : 0.0, sigmoid([x]));
        Assert.Equal(x > 0 ? 1000.0 : 0.0, softplus([x]));
        var gradient = new double[1];
        Compiler.ValueAndGradient(Expressions.Parse("softplus(x)"))([x], gradient);
        Assert.Equal(x > 0 ? 1.0 : 0.0, gradient[0]);
    }

    internal static Dictionary<string, double> Bindings(IReadOnlyList<string> names, double[] point) =>
        names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => point[p.i]);
}
