using FsCheck;
using FsCheck.Fluent;
using Symbolic.Properties.Tests.Generators;
using Symbolic.Properties.Tests.Oracles;
using static Symbolic.Properties.Tests.GradientProperties;

namespace Symbolic.Properties.Tests;

/// <summary>The directional derivative and the JVP.</summary>
public class DirectionalProperties
{
    /// <summary>A case with an integer direction v ≠ 0, valid along the unit vector v/|v| too.</summary>
    public sealed record DirectionCase(DiffCase Case, int[] V)
    {
        public Expr[] Direction => V.Select(k => Expr.Num(k)).ToArray();
        public double Norm => Math.Sqrt(V.Sum(k => (double)k * k));
        public double[] Unit => V.Select(k => k / Norm).ToArray();
        public double[] VDouble => V.Select(k => (double)k).ToArray();
        /// <summary>A power of two near 1e-5·max(1, |x|)/|v|: x ± t·step·v is then exact (coordinates are multiples of 2^-30).</summary>
        public double StepAlong => Math.Pow(2, Math.Floor(Math.Log2(1e-5 * Math.Max(1, Case.Point.Max(Math.Abs)) / Norm)));
        public override string ToString() => $"{Case}\n    v = ({string.Join(", ", V)})";
    }

    private static Gen<DirectionCase> Cases() =>
        PointSampler.Cases()
            .SelectMany(c => Gen.Choose(-3, 3).ArrayOf(c.Variables.Length).Select(v => new DirectionCase(c, v)))
            .Where(d => d.V.Any(k => k != 0) && PointSampler.StencilOk(d.Case, d.VDouble, d.StepAlong)
                && CentralDifference.IsResolved(x => Subject.Value(d.Case.F, d.Case.Variables, x),
                    x => DualEvaluator.RoundingBound(d.Case.F, d.Case.Bindings(x)), d.Case.Point, d.VDouble, d.StepAlong));

    [Fact]
    public void DirectionalDerivative_EqualsGradientDotUnitVector_AndCentralDifferenceAlongIt() => Directional(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void DirectionalDerivative_EqualsGradientDotUnitVector_Deep() => Directional(PropertyBudget.DeepCases);

    [Fact]
    public void Jvp_EqualsGradientDotV_OnGeneratedExpressions() => Jvp(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void Jvp_EqualsGradientDotV_Deep() => Jvp(PropertyBudget.DeepCases);

    // ∇f·v, and the allowance: 1e-10 relative to the size of the summed values, plus the rounding bounds of
    // the gradient components' formulas (see GradientProperties.DualOracle)
    private static (double Dot, double Allowed) Dot(DiffCase c, double[] gradient, double[] mass, double[] v)
    {
        double dot = 0, scale = 0, rounding = 0;
        var exprs = Subject.GradientExprs(c.F, c.Variables);
        for (var i = 0; i < v.Length; i++)
        {
            dot += gradient[i] * v[i];
            scale += Math.Max(mass[i], Math.Abs(gradient[i])) * Math.Abs(v[i]);
            rounding += 4 * DualEvaluator.RoundingBound(exprs[i], c.Bindings()) * Math.Abs(v[i]);
        }
        return (dot, OracleTolerance * scale + rounding);
    }

    private static void Directional(int cases) =>
        PropertyBudget.Check(nameof(DirectionalDerivative_EqualsGradientDotUnitVector_AndCentralDifferenceAlongIt), Cases(), cases, d =>
        {
            var c = d.Case;
            var directional = Subject.Directional(c.F, c.Variables, d.Direction, c.Point);
            var gradient = Subject.Gradient(c.F, c.Variables, c.Point);
            var (_, _, mass) = DualEvaluator.Evaluate(c.F, c.Variables, c.Bindings());
            var exprBound = DualEvaluator.RoundingBound(Calculus.DirectionalDerivative(c.F, c.Variables, d.Direction), c.Bindings());
            var (dot, allowed) = Dot(c, gradient, mass, d.Unit);
            if (!(Math.Abs(directional - dot) <= allowed + 4 * exprBound))
                throw new Exception($"directional derivative {Show(directional)} but ∇f·v/|v| = {Show(dot)} (allowed {Show(allowed + 4 * exprBound)})");

            // the central difference along v itself (exact stencil points) estimates ∇f·v; divide by |v|
            var (alongV, toleranceAlongV) = CentralDifference.Along(
                x => Subject.Value(c.F, c.Variables, x), x => DualEvaluator.RoundingBound(c.F, c.Bindings(x)),
                c.Point, d.VDouble, d.StepAlong, exprBound * d.Norm);
            var numeric = alongV / d.Norm;
            var tolerance = toleranceAlongV / d.Norm + 4 * 1.1102230246251565e-16 * Math.Abs(numeric);   // |v| is rounded
            if (!(Math.Abs(directional - numeric) <= tolerance))
                throw new Exception(
                    $"directional derivative {Show(directional)}, central difference along v/|v| {Show(numeric)}, " +
                    $"|difference| {Show(Math.Abs(directional - numeric))} > tolerance {Show(tolerance)}");
        });

    private static void Jvp(int cases) =>
        PropertyBudget.Check(nameof(Jvp_EqualsGradientDotV_OnGeneratedExpressions), Cases(), cases, d =>
        {
            var c = d.Case;
            var jvp = Subject.Jvp(c.F, c.Variables, d.Direction, c.Point);
            var gradient = Subject.Gradient(c.F, c.Variables, c.Point);
            var (_, _, mass) = DualEvaluator.Evaluate(c.F, c.Variables, c.Bindings());
            var exprBound = DualEvaluator.RoundingBound(Calculus.Jvp(c.F, c.Variables, d.Direction), c.Bindings());
            var (dot, allowed) = Dot(c, gradient, mass, d.V.Select(k => (double)k).ToArray());
            if (!(Math.Abs(jvp - dot) <= allowed + 4 * exprBound))
                throw new Exception($"Jvp {Show(jvp)} but ∇f·v = {Show(dot)} (allowed {Show(allowed + 4 * exprBound)})");
        });
}
