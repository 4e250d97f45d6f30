namespace Symbolic.Parser.Tests.Model;

/// <summary>Perfect powers leave a root of a number, so radicals print simply and like ones collect.</summary>
public class RootFactorTests
{
    [Theory]
    [InlineData("sqrt(8)", "2*sqrt(2)")]
    [InlineData("sqrt(12)", "2*sqrt(3)")]
    [InlineData("sqrt(72)", "6*sqrt(2)")]
    [InlineData("sqrt(8) - 2*sqrt(2)", "0")]
    [InlineData("sqrt(2)*sqrt(8)", "4")]
    [InlineData("sqrt(1/8)", "sqrt(1/2)/2")]
    [InlineData("16^(1/3)", "2*2^(1/3)")]
    [InlineData("sqrt(6)", "sqrt(6)")]
    [InlineData("sqrt(16)", "4")]
    public void RootOfANumber_TakesOutItsPerfectPowers(string text, string printed) =>
        Assert.Equal(printed, Expressions.Print(Expressions.Parse(text)));

    [Theory]
    [InlineData("sqrt(8)")]
    [InlineData("sqrt(1/8)")]
    [InlineData("8^(3/2)")]
    [InlineData("8^(-1/2)")]
    [InlineData("250^(2/3)")]
    [InlineData("sqrt(2^61*3)")]
    public void ExtractedRoot_KeepsItsValue(string text)
    {
        var value = Evaluator.Evaluate(Expressions.Parse(text), new Dictionary<string, double>());
        var expected = text switch
        {
            "sqrt(8)" => Math.Sqrt(8), "sqrt(1/8)" => Math.Sqrt(0.125), "8^(3/2)" => Math.Pow(8, 1.5),
            "8^(-1/2)" => Math.Pow(8, -0.5), "250^(2/3)" => Math.Pow(250, 2.0 / 3), _ => Math.Sqrt(Math.Pow(2, 61) * 3),
        };
        Assert.Equal(expected, value, expected * 1e-14);
    }
}
