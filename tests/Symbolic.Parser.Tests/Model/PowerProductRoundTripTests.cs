namespace Symbolic.Parser.Tests.Model;

/// <summary>Products of powers of powers stay canonical: printing and parsing back gives the same object.</summary>
public class PowerProductRoundTripTests
{
    private static readonly string[] Factors =
        ["x", "x^2", "sqrt(x^2)", "(x^2)^(1/3)", "sqrt(x)", "(x*y)^(1/2)", "y", "y^-1", "sqrt(x^3)", "(x^(1/2))^3", "(x^4)^(1/4)", "2"];

    [Theory]
    [InlineData("x*sqrt(x^2)*sqrt(x^2)", "x^3")]
    [InlineData("sqrt(x^2)*sqrt(x^2)/x^2", "1")]
    [InlineData("(x^2)^(1/3)*(x^2)^(2/3)*x", "x^3")]
    public void MergedPowers_MeetTheirBase(string text, string printed) =>
        Assert.Equal(printed, Expressions.Print(Expressions.Parse(text)));

    [Fact]
    public void RandomProductsOfPowers_PrintAndParseBackToTheSameObject()
    {
        var random = new Random(9);
        for (var trial = 0; trial < 3_000; trial++)
        {
            var count = random.Next(2, 7);
            var text = string.Join(random.Next(3) == 0 ? "/" : "*", Enumerable.Range(0, count).Select(_ => Factors[random.Next(Factors.Length)]));
            var e = Expressions.Parse(text);
            Assert.True(ReferenceEquals(e, Expressions.Parse(Expressions.Print(e))), $"{text} prints as {Expressions.Print(e)}, which reads back as {Expressions.Print(Expressions.Parse(Expressions.Print(e)))}");
            // The same factors built one at a time (the insertion path for long products) give the same object.
            Assert.Same(e, Expressions.Parse($"({text})*1"));
        }
    }
}
