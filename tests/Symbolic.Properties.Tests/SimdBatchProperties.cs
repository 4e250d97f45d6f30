using Symbolic.Codegen;
using Symbolic.Properties.Tests.Generators;
using Symbolic.Properties.Tests.Oracles;

namespace Symbolic.Properties.Tests;

/// <summary>
/// The vector batch (<see cref="BatchWidth.Vector512"/> or <see cref="BatchWidth.Vector256"/>, forced, so this runs
/// on any machine; the width alternates between cases to halve the compile time) against the scalar batch on
/// generated expressions: f and every component of ∇f, at 11 copies of the point (one or two full vectors of lanes,
/// and a scalar tail).
/// </summary>
public class SimdBatchProperties
{
    /// <summary>
    /// The tolerance in units of the running error bound (<see cref="DualEvaluator.RoundingBound"/>), derived: a
    /// kernel within K ulps of Math (K ≤ 6, the largest documented bound) is off by at most 2K·u·|v| where the bound
    /// counts 4u·|v| per call, so the kernels cost K/2 = 3 bounds; each side's own arithmetic rounding one bound each.
    /// </summary>
    public const double BoundsAllowed = 3 + 2;

    private const int Copies = 11;

    [Fact]
    public void VectorBatch_AgreesWithScalarBatch_OnGeneratedExpressions() => Agree(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void VectorBatch_AgreesWithScalarBatch_Deep() => Agree(PropertyBudget.DeepCases);

    private static void Agree(int cases) =>
        PropertyBudget.Check(nameof(VectorBatch_AgreesWithScalarBatch_OnGeneratedExpressions), PointSampler.Cases(), cases, c =>
        {
            var n = c.Variables.Length;
            var (values, gradients) = Subject.Batch(c.F, c.Variables, c.Point, Copies, BatchWidth.Scalar);
            var valueTolerance = BoundsAllowed * DualEvaluator.RoundingBound(c.F, c.Bindings());
            var gradientExprs = Subject.GradientExprs(c.F, c.Variables);
            var gradientTolerance = gradientExprs.Select(g => BoundsAllowed * DualEvaluator.RoundingBound(g, c.Bindings())).ToArray();
            var width = (c.F.GetHashCode() & 1) == 0 ? BatchWidth.Vector512 : BatchWidth.Vector256;
            {
                var (vectorValues, vectorGradients) = Subject.Batch(c.F, c.Variables, c.Point, Copies, width);
                for (var p = 0; p < Copies; p++)
                {
                    Check(values[p], vectorValues[p], valueTolerance, $"f at copy {p} ({width})");
                    for (var i = 0; i < n; i++)
                        Check(gradients[p * n + i], vectorGradients[p * n + i], gradientTolerance[i],
                            $"∂f/∂{c.Variables[i]} at copy {p} ({width}) = {gradientExprs[i]}");
                }
            }
        });

    private static void Check(double scalar, double vector, double tolerance, string what)
    {
        if (!(Math.Abs(scalar - vector) <= tolerance))
            throw new Exception(
                $"{what}: scalar {GradientProperties.Show(scalar)}, vector {GradientProperties.Show(vector)}, " +
                $"|difference| {GradientProperties.Show(Math.Abs(scalar - vector))} > tolerance {GradientProperties.Show(tolerance)}");
    }
}
