namespace Symbolic.Parser.Tests.Model;

/// <summary>Numeric kernels keep their relative accuracy where the textbook formula loses it.</summary>
public class SymbolicMathTests
{
    [Theory]
    [InlineData(-20.0)]
    [InlineData(-40.0)]
    [InlineData(-175.0)]
    [InlineData(-700.0)]
    public void Softplus_OfLargeNegativeX_IsExpOfX_ToFullRelativePrecision(double x)
    {
        // softplus(x) = log(1 + e^x) = e^x - e^(2x)/2 + …; log(1 + e^x) computed naively is 0 below x ≈ -37
        var expected = Math.Exp(x) * (1 - Math.Exp(x) / 2);
        var got = SymbolicMath.Softplus(x);
        Assert.True(Math.Abs(got - expected) <= 4e-16 * expected, $"softplus({x}) = {got:R}, expected {expected:R}");
    }

    [Theory]
    [InlineData(0.0, 0.6931471805599453)]
    [InlineData(1.0, 1.3132616875182228)]
    [InlineData(30.0, 30.000000000000092)]
    public void Softplus_AtOrdinaryPoints_IsLogOnePlusExp(double x, double expected) =>
        Assert.Equal(expected, SymbolicMath.Softplus(x), 15);
}
