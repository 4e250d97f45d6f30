using Symbolic.Properties.Tests.Generators;

namespace Symbolic.Properties.Tests;

/// <summary>Points the Deep run once drew and that no finite difference can check: the sampler must redraw them.</summary>
public class PointSamplerTests
{
    private static DiffCase Case(string f, params double[] point) =>
        new(Expressions.Parse(f), ExprGenerator.AllVariables[..point.Length], point);

    [Fact]
    public void Sampler_RejectsAPoint_WhereCscOfALargeArgumentOscillatesWithinTheStep() =>
        Assert.False(PointSampler.IsValid(Case(
            "(sin(x0*csc(relu((x0 + 5)/x0))/asin(tanh(2/exp(acos(tanh(sinh(3*sin(x0)))) - 2)))) + 3/2)^asin(x0)/x0",
            0.004296300001442432)));

    [Fact]
    public void Sampler_RejectsAPoint_WhereTanOfExpOfCotOscillatesWithinTheStep() =>
        Assert.False(PointSampler.IsValid(Case(
            "max(softplus(tanh(tan(exp(3*sin(cosh(sinh(3*sin(atan2(tanh(1 - (x0/4 - pi)) - (x0 + 2/7), x0*log2(1/log10(e^2 + 1)^2 + 1))))) + relu(cot(x0)))))/x0^2 - (e^2 - 1)))/(pi - e), 2*x0)",
            0.08074842114001513)));

    [Fact]
    public void Sampler_AcceptsAnOrdinaryPoint() =>
        Assert.True(PointSampler.IsValid(Case("sin(x0)*exp(x1/3) + sqrt(x0^2 + 1)", 0.7, -1.2)));
}
