namespace Symbolic.Parser.Tests.Model;

/// <summary>The infix printer writes textbook forms and never the canonical internals (1*x, x^1, + -, --x).</summary>
public class PrinterTests
{
    [Theory]
    [InlineData("a - b", "a - b")]
    [InlineData("a/b", "a/b")]
    [InlineData("-x", "-x")]
    [InlineData("1/x", "1/x")]
    [InlineData("sqrt(x)", "sqrt(x)")]
    [InlineData("x^(1/2)", "sqrt(x)")]
    [InlineData("3/10", "3/10")]
    [InlineData("1*x", "x")]
    [InlineData("x^1", "x")]
    [InlineData("a + -b", "a - b")]
    [InlineData("--x", "x")]
    [InlineData("-(-x)", "x")]
    [InlineData("x^-2", "1/x^2")]
    [InlineData("-3/x", "-3/x")]
    [InlineData("2*x - 3*y", "2*x - 3*y")]
    public void Print_WritesTheTextbookForm(string text, string printed) =>
        Assert.Equal(printed, Expressions.Print(Expressions.Parse(text)));

    [Theory]
    [InlineData("x*y + 2*x*y^2 - 3/4*z + sqrt(x + 1) - sin(-x)")]
    [InlineData("a/b - c/d + e^(2*x)")]
    [InlineData("-x^3/(2*y) + pi*e")]
    public void Print_NeverShowsCanonicalInternals(string text)
    {
        var printed = Expressions.Print(Expressions.Parse(text));
        foreach (var bad in new[] { "1*", "^1 ", "+ -", "--", "*-1", "^(1)" })
            Assert.False(printed.Contains(bad), $"'{text}' printed as '{printed}', which contains '{bad}'");
        Assert.False(printed.EndsWith("^1", StringComparison.Ordinal), printed);
    }
}
