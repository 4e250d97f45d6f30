using System.Globalization;
using Symbolic.Properties.Tests.Generators;
using Symbolic.Properties.Tests.Oracles;

namespace Symbolic.Properties.Tests;

/// <summary>The compiled gradient against central differences and against a dual-number oracle.</summary>
public class GradientProperties
{
    /// <summary>Relative agreement asked of the forward-mode oracle.</summary>
    public const double OracleTolerance = 1e-10;

    [Fact]
    public void CompiledGradient_AgreesWithCentralDifferences_OnGeneratedExpressions() => CentralDifferences(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void CompiledGradient_AgreesWithCentralDifferences_Deep() => CentralDifferences(PropertyBudget.DeepCases);

    [Fact]
    public void CompiledGradient_AgreesWithDualNumberOracle_OnGeneratedExpressions() => DualOracle(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void CompiledGradient_AgreesWithDualNumberOracle_Deep() => DualOracle(PropertyBudget.DeepCases);

    private static void CentralDifferences(int cases) =>
        PropertyBudget.Check(nameof(CompiledGradient_AgreesWithCentralDifferences_OnGeneratedExpressions), PointSampler.Cases(), cases, c =>
        {
            var n = c.Variables.Length;
            var gradient = Subject.Gradient(c.F, c.Variables, c.Point);
            var gradientExprs = Subject.GradientExprs(c.F, c.Variables);
            for (var i = 0; i < n; i++)
            {
                var symbolicBound = DualEvaluator.RoundingBound(gradientExprs[i], c.Bindings());
                var (numeric, tolerance) = CentralDifference.Along(
                    x => Subject.Value(c.F, c.Variables, x), x => DualEvaluator.RoundingBound(c.F, c.Bindings(x)),
                    c.Point, CentralDifference.Axis(n, i), c.Step(i), symbolicBound);
                if (!(Math.Abs(gradient[i] - numeric) <= tolerance))
                    throw new Exception(
                        $"∂f/∂{c.Variables[i]}: symbolic {Show(gradient[i])}, central difference {Show(numeric)}, " +
                        $"|difference| {Show(Math.Abs(gradient[i] - numeric))} > tolerance {Show(tolerance)}\n    ∂f/∂{c.Variables[i]} = {gradientExprs[i]}");
            }
        });

    private static void DualOracle(int cases) =>
        PropertyBudget.Check(nameof(CompiledGradient_AgreesWithDualNumberOracle_OnGeneratedExpressions), PointSampler.Cases(), cases, c =>
        {
            var gradient = Subject.Gradient(c.F, c.Variables, c.Point);
            var (_, oracle, mass) = DualEvaluator.Evaluate(c.F, c.Variables, c.Bindings());
            for (var i = 0; i < gradient.Length; i++)
            {
                // relative to the size of the values the chain rule summed (the mass), which is ≥ |∂f/∂xᵢ|
                var scale = Math.Max(mass[i], Math.Max(Math.Abs(gradient[i]), Math.Abs(oracle[i])));
                // plus what double rounding of the library's own formula provably costs (running error bound):
                // the table's 1 - tanh(u)^2, sigmoid(u)*(1 - sigmoid(u)), 1/(1 - u^2) cancel where the oracle's forms do not
                var formulaRounding = 4 * DualEvaluator.RoundingBound(Subject.GradientExprs(c.F, c.Variables)[i], c.Bindings());
                if (!(Math.Abs(gradient[i] - oracle[i]) <= OracleTolerance * scale + formulaRounding))
                    throw new Exception(
                        $"∂f/∂{c.Variables[i]}: symbolic {Show(gradient[i])}, dual-number oracle {Show(oracle[i])}, " +
                        $"scale {Show(scale)}\n    ∂f/∂{c.Variables[i]} = {Subject.GradientExprs(c.F, c.Variables)[i]}");
            }
        });

    internal static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
