namespace Symbolic.Parser.Tests.Model;

/// <summary>sin, cos and tan fold to exact numbers at the multiples of pi where their value is rational.</summary>
public class ExactAngleTests
{
    [Theory]
    [InlineData("sin(pi)", "0")]
    [InlineData("sin(-pi)", "0")]
    [InlineData("sin(2*pi)", "0")]
    [InlineData("sin(pi/2)", "1")]
    [InlineData("sin(3*pi/2)", "-1")]
    [InlineData("sin(pi/6)", "1/2")]
    [InlineData("sin(5*pi/6)", "1/2")]
    [InlineData("sin(-pi/6)", "-1/2")]
    [InlineData("cos(pi)", "-1")]
    [InlineData("cos(0)", "1")]
    [InlineData("cos(pi/2)", "0")]
    [InlineData("cos(pi/3)", "1/2")]
    [InlineData("cos(2*pi/3)", "-1/2")]
    [InlineData("cos(101*pi)", "-1")]
    [InlineData("tan(pi)", "0")]
    [InlineData("tan(pi/4)", "1")]
    [InlineData("tan(3*pi/4)", "-1")]
    public void TrigAtRationalMultiplesOfPi_IsExact(string text, string exact) =>
        Assert.Equal(exact, Expressions.Print(Expressions.Parse(text)));

    [Theory]
    [InlineData("sin(pi/4)")]
    [InlineData("cos(pi/5)")]
    [InlineData("tan(pi/2)")]
    [InlineData("sin(1)")]
    [InlineData("sin(pi*x)")]
    public void TrigElsewhere_StaysSymbolic(string text) =>
        Assert.Contains("(", Expressions.Print(Expressions.Parse(text)));

    [Theory]
    [InlineData("sin", 0.0, 2.0)]
    [InlineData("cos", -3.0, 3.0)]
    [InlineData("tan", -1.0, 1.0)]
    public void EveryFoldAgreesWithTheDoubleValue(string function, double from, double to)
    {
        // Every multiple of pi/12 in the range: where the fold gives a number, it equals the double evaluation.
        for (var twelfths = (int)(from * 12); twelfths <= (int)(to * 12); twelfths++)
        {
            var e = Expressions.Parse($"{function}({twelfths}*pi/12)");
            if (e is not Number n) continue;
            var expected = function switch { "sin" => Math.Sin(twelfths * Math.PI / 12), "cos" => Math.Cos(twelfths * Math.PI / 12), _ => Math.Tan(twelfths * Math.PI / 12) };
            Assert.Equal(expected, n.Value.ToDouble(), 1e-12);
        }
    }
}
