namespace Symbolic.Repl.Tests;

/// <summary><c>taylor(e, x, a, n)</c> in a script: exact coefficients in ascending powers, clear errors at bad points and orders.</summary>
public class TaylorCommandTests
{
    private static readonly Lazy<ToolRun> Run = new(() => SymdiffProcess.Run([],
        "taylor(exp(x), x, 0, 4)\n" +
        "taylor(sin(x)/x, x, 0, 6)\n" +
        "taylor(log(x), x, 1, 3)\n" +
        "taylor(1/x, x, 0, 3)\n" +
        "taylor(exp(x), x, 0, -1)\n" +
        "taylor(exp(x), x, 0, 1/2)\n" +
        "taylor(exp(x), x, 0, 10^9)\n", SymdiffProcess.TempDirectory()));

    [Fact]
    public void Taylor_PrintsExactCoefficients_InAscendingPowers()
    {
        var lines = Run.Value.Lines;
        Assert.Equal("1 + x + x^2/2 + x^3/6 + x^4/24", lines[0]);
        Assert.Equal("1 - x^2/6 + x^4/120 - x^6/5040", lines[1]);
        Assert.Equal("(x - 1) - (x - 1)^2/2 + (x - 1)^3/3", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Taylor_AtAPoleOrWithABadOrder_IsAClearError()
    {
        var errors = Run.Value.StandardError;
        Assert.NotEqual(0, Run.Value.ExitCode);
        Assert.Contains("taylor: 1/x has a pole at x = 0, so it has no Taylor series there", errors);
        Assert.Contains("the order of taylor must be 0 to 200, got -1", errors);
        Assert.Contains("the order of taylor must be a whole number, got 1/2", errors);
        Assert.Contains("the order of taylor must be 0 to 200, got 1000000000", errors);
    }
}
