using System.Numerics;
using Symbolic.Numbers;

namespace Symbolic.Parser.Tests.ExactNumbers;

/// <summary>Roots of huge or tiny exact numbers fold where exact, stay symbolic elsewhere, and evaluate right.</summary>
public class HugeRootTests
{
    [Theory]
    [InlineData("sqrt(2^1100)", "2^550")]
    [InlineData("sqrt(4^600)", "2^600")]
    [InlineData("cbrt(8^400)", "2^400")]
    [InlineData("sqrt(10^400)", "10^200")]
    [InlineData("sqrt((10^30+1)^2)", "10^30 + 1")]
    [InlineData("(10^90 + 7)^(3/3)", "10^90 + 7")]
    [InlineData("((3^200)^5)^(1/5)", "3^200")]
    [InlineData("(2^-3000)^(1/3)", "2^-1000")]
    public void ExactRoots_Fold(string text, string expected) =>
        Assert.Same(Expressions.Parse(expected), Expressions.Parse(text));

    [Theory]
    [InlineData("sqrt(10^401)", 3.1622776601683794e200)]
    [InlineData("cbrt(2e-321)", 1.2599210498948732e-107)]
    [InlineData("(10^500)^(-1/2)", 1e-250)]
    [InlineData("(-(10^400 + 1))^(1/3)", -2.154434690031884e133)]
    [InlineData("(10^400)^(3/2)", double.PositiveInfinity)]
    [InlineData("(10^400)^(-3/2)", 0.0)]
    public void InexactRoots_EvaluateToTheRightDouble(string text, double expected)
    {
        var value = Evaluator.Evaluate(Expressions.Parse(text), new Dictionary<string, double>());
        if (double.IsInfinity(expected) || expected == 0) Assert.Equal(expected, value);
        else Assert.Equal(1.0, value / expected, 1e-14);
    }

    [Fact]
    public void RootsWhoseScaleIsNotAWholePowerOfTwo_Evaluate()
    {
        Assert.Equal(1.0, Value("sqrt(2^2001)") / Math.ScaleB(Math.Sqrt(2), 1000), 1e-15);
        Assert.Equal(1.0, Value("(2^3001)^(1/1001)") / Math.Pow(2, 3001.0 / 1001), 1e-14);
        Assert.Equal(1.0, Value("(2^3001)^(1/70)") / Math.Pow(2, 3001.0 / 70), 1e-14);
    }

    private static double Value(string text) => Evaluator.Evaluate(Expressions.Parse(text), new Dictionary<string, double>());

    [Fact]
    public void ARootOfA300DigitQuotient_Evaluates()
    {
        var digits = string.Concat(Enumerable.Repeat("1234567890", 30));
        var e = Expressions.Parse($"(6/19)/sqrt({digits}/7)");
        var expected = 6.0 / 19 / Math.Sqrt(1.23456789012345678e299 / 7);
        Assert.Equal(1.0, Evaluator.Evaluate(e, new Dictionary<string, double>()) / expected, 1e-14);
    }

    [Fact]
    public void ExactRoot_OfRandomPerfectPowers_FindsTheRoot()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var k = random.Next(2, 12);
            var root = new BigInteger(random.NextInt64(2, long.MaxValue)) * BigInteger.Pow(3, random.Next(0, 60));
            var power = new Rational(BigInteger.Pow(root, k));
            Assert.Equal(new Rational(root), power.ExactRoot(k));
            Assert.Null((power + Rational.One).ExactRoot(k));
        }
    }
}
