using FsCheck;
using FsCheck.Fluent;
using Symbolic.Properties.Tests.Generators;
using Symbolic.Properties.Tests.Oracles;
using static Symbolic.Properties.Tests.GradientProperties;

namespace Symbolic.Properties.Tests;

/// <summary>Property 3 of issue 5: the directional derivative and the JVP.</summary>
public class DirectionalProperties
{
    /// <summary>A case with an integer direction v ≠ 0, valid along the unit vector v/|v| too.</summary>
    public sealed record DirectionCase(DiffCase Case, int[] V)
    {
        public Expr[] Direction => V.Select(k => Expr.Num(k)).ToArray();
        public double Norm => Math.Sqrt(V.Sum(k => (double)k * k));
        public double[] Unit => V.Select(k => k / Norm).ToArray();
        public double StepAlong => 1e-5 * Math.Max(1, Case.Point.Max(Math.Abs));
        public override string ToString() => $"{Case}\n    v = ({string.Join(", ", V)})";
    }

    private static Gen<DirectionCase> Cases() =>
        PointSampler.Cases()
            .SelectMany(c => Gen.Choose(-3, 3).ArrayOf(c.Variables.Length).Select(v => new DirectionCase(c, v)))
            .Where(d => d.V.Any(k => k != 0) && PointSampler.StencilOk(d.Case, d.Unit, d.StepAlong));

    [Fact]
    public void DirectionalDerivative_EqualsGradientDotUnitVector_AndCentralDifferenceAlongIt() => Directional(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void DirectionalDerivative_EqualsGradientDotUnitVector_Deep() => Directional(PropertyBudget.DeepCases);

    [Fact]
    public void Jvp_EqualsGradientDotV_OnGeneratedExpressions() => Jvp(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void Jvp_EqualsGradientDotV_Deep() => Jvp(PropertyBudget.DeepCases);

    private static (double Dot, double Scale) Dot(double[] gradient, double[] mass, double[] v)
    {
        double dot = 0, scale = 0;
        for (var i = 0; i < v.Length; i++) { dot += gradient[i] * v[i]; scale += Math.Max(mass[i], Math.Abs(gradient[i])) * Math.Abs(v[i]); }
        return (dot, scale);
    }

    private static void Directional(int cases) =>
        PropertyBudget.Check(nameof(DirectionalDerivative_EqualsGradientDotUnitVector_AndCentralDifferenceAlongIt), Cases(), cases, d =>
        {
            var c = d.Case;
            var directional = Subject.Directional(c.F, c.Variables, d.Direction, c.Point);
            var gradient = Subject.Gradient(c.F, c.Variables, c.Point);
            var (_, _, mass) = DualEvaluator.Evaluate(c.F, c.Variables, c.Bindings());
            var (dot, scale) = Dot(gradient, mass, d.Unit);
            if (!(Math.Abs(directional - dot) <= OracleTolerance * scale))
                throw new Exception($"directional derivative {Show(directional)} but ∇f·v/|v| = {Show(dot)} (scale {Show(scale)})");

            var exprBound = DualEvaluator.RoundingBound(Calculus.DirectionalDerivative(c.F, c.Variables, d.Direction), c.Bindings());
            var (numeric, tolerance) = CentralDifference.Along(
                x => Subject.Value(c.F, c.Variables, x), x => DualEvaluator.RoundingBound(c.F, c.Bindings(x)),
                c.Point, d.Unit, d.StepAlong, exprBound);
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
            var (dot, scale) = Dot(gradient, mass, d.V.Select(k => (double)k).ToArray());
            if (!(Math.Abs(jvp - dot) <= OracleTolerance * scale))
                throw new Exception($"Jvp {Show(jvp)} but ∇f·v = {Show(dot)} (scale {Show(scale)})");
        });
}
