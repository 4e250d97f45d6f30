using Symbolic.Properties.Tests.Generators;
using Symbolic.Properties.Tests.Oracles;
using static Symbolic.Properties.Tests.GradientProperties;

namespace Symbolic.Properties.Tests;

/// <summary>The Hessian is symmetric and is the central difference of the compiled gradient.</summary>
public class HessianProperties
{
    [Fact]
    public void Hessian_IsSymmetric_AndMatchesCentralDifferencesOfTheGradient() => Hessian(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void Hessian_IsSymmetric_AndMatchesCentralDifferencesOfTheGradient_Deep() => Hessian(PropertyBudget.DeepCases);

    // points where each gradient component is itself resolved by central differences along every axis
    private static FsCheck.Gen<DiffCase> GradientResolved() =>
        FsCheck.Fluent.Gen.Where(PointSampler.Cases(), c =>
        {
            var n = c.Variables.Length;
            var exprs = Subject.GradientExprs(c.F, c.Variables);
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    if (!CentralDifference.IsResolved(x => Subject.Gradient(c.F, c.Variables, x)[i],
                            x => DualEvaluator.RoundingBound(exprs[i], c.Bindings(x)), c.Point, CentralDifference.Axis(n, j), c.Step(j)))
                        return false;
            return true;
        });

    private static void Hessian(int cases) =>
        PropertyBudget.Check(nameof(Hessian_IsSymmetric_AndMatchesCentralDifferencesOfTheGradient), GradientResolved(), cases, c =>
        {
            var n = c.Variables.Length;
            var h = Subject.Hessian(c.F, c.Variables, c.Point);
            var hessianExprs = Calculus.Hessian(c.F, c.Variables);
            var gradientExprs = Subject.GradientExprs(c.F, c.Variables);
            for (var i = 0; i < n; i++)
                for (var j = 0; j < i; j++)
                    if (!(Math.Abs(h[i][j] - h[j][i]) <= 1e-12 * Math.Max(Math.Abs(h[i][j]), Math.Abs(h[j][i]))))
                        throw new Exception($"H[{i}][{j}] = {Show(h[i][j])} but H[{j}][{i}] = {Show(h[j][i])}");
            for (var j = 0; j < n; j++)          // differentiate the gradient along x_j
            {
                var axis = CentralDifference.Axis(n, j);
                for (var i = 0; i < n; i++)      // component i of the gradient
                {
                    var gi = gradientExprs[i];
                    var bound = DualEvaluator.RoundingBound(hessianExprs[i][j], c.Bindings());
                    var (numeric, tolerance) = CentralDifference.Along(
                        x => Subject.Gradient(c.F, c.Variables, x)[i], x => DualEvaluator.RoundingBound(gi, c.Bindings(x)),
                        c.Point, axis, c.Step(j), bound);
                    if (!(Math.Abs(h[i][j] - numeric) <= tolerance))
                        throw new Exception(
                            $"H[{i}][{j}] = {Show(h[i][j])}, central difference of ∂f/∂{c.Variables[i]} along {c.Variables[j]} = {Show(numeric)}, " +
                            $"|difference| {Show(Math.Abs(h[i][j] - numeric))} > tolerance {Show(tolerance)}\n    ∂f/∂{c.Variables[i]} = {gi}\n    H[{i}][{j}] = {hessianExprs[i][j]}");
                }
            }
        });
}
