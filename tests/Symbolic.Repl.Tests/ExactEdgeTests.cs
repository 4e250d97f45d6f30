using System.Diagnostics;

namespace Symbolic.Repl.Tests;

/// <summary>Edges of exact arithmetic and of definitions, as a user meets them in a session.</summary>
public class ExactEdgeTests
{
    private static string Answer(Session session, string input)
    {
        var result = session.Run(input);
        return result.Ok ? result.Text : "error: " + result.Text;
    }

    private static string Answer(string input) => Answer(new Session(Path.GetTempPath()), input);

    [Theory]
    [InlineData("eval(10^303/7)", "1.4285714285714286e302")]
    [InlineData("eval(5e-303)", "5e-303")]
    [InlineData("eval(1e-313)", "1e-313")]
    [InlineData("eval(123456789012345/(7*10^310))", "1.7636684144620714e-297")]
    [InlineData("sqrt(4^600) - 2^600", "0")]
    [InlineData("eval(sqrt(10^401))", "3.1622776601683794e200")]
    // The correctly rounded double of cbrt(2)*10^-107 = 1.25992104989487316477e-107.
    [InlineData("eval(cbrt(2e-321))", "1.2599210498948731e-107")]
    [InlineData("eval(x^(1/3), x=-8)", "-2")]
    [InlineData("(-8)^(1/3)", "-2")]
    [InlineData("eval(sqrt(-x), x=0)", "0")]
    [InlineData("eval(1/sqrt(-x), x=0)", "inf")]
    [InlineData("sqrt((10^30+1)^2)", "1000000000000000000000000000001")]
    [InlineData("x*sqrt(x^2)*sqrt(x^2)", "x^3")]
    [InlineData("sqrt(x^2)*sqrt(x^2)/x^2", "1")]
    [InlineData("simplify(x*y + x*z)", "x*(y + z)")]
    public void ExactNumbersAndRoots(string input, string expected) => Assert.Equal(expected, Answer(input));

    [Theory]
    [InlineData("1/x/0", "error: division by zero")]
    [InlineData("eval(x, x=1, x=2)", "error: 'x=' is given twice")]
    [InlineData("diff(x, x, 10^20)", "error: the order of a derivative is limited to 100,000, got 100000000000000000000")]
    [InlineData("diff(x^2, x, -10^20)", "error: the order of a derivative must be 0 or more, got -100000000000000000000")]
    [InlineData("let h(e) = e^2", "error: 'e' is built in and cannot be redefined")]
    [InlineData("let k(pi) = pi + 1", "error: 'pi' is built in and cannot be redefined")]
    public void ClearErrors(string input, string expected) => Assert.Equal(expected, Answer(input));

    [Fact]
    public void AHugeOrderOfAPolynomial_StopsAtZero()
    {
        var clock = Stopwatch.StartNew();
        Assert.Equal("0", Answer("diff(x^2, x, 100000)"));
        Assert.Equal("0", Answer("diff(x^5*y, x, 99999)"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "hangs");
    }

    [Theory]
    [InlineData("abs(x)*sign(x)", "x=0")]
    [InlineData("exp(log(x))", "x=-1")]
    [InlineData("sqrt(x^2)", "x=-2")]
    public void AFormula_MeansTheSame_DefinedOrInline(string formula, string point)
    {
        var session = new Session(Path.GetTempPath());
        Assert.True(session.Run($"let g(x) = {formula}").Ok);
        Assert.Equal(Answer(session, $"eval(grad({formula}), {point})"), Answer(session, $"eval(grad(g), {point})"));
        Assert.Equal(Answer(session, $"eval({formula}, {point})"), Answer(session, $"eval(g(x), {point})"));
        Assert.Equal(Answer(session, $"diff({formula}, x)"), Answer(session, "diff(g, x)"));
    }
}
