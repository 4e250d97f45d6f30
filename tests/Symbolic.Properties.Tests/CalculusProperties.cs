using Symbolic.Properties.Tests.Generators;
using Symbolic.Properties.Tests.Oracles;
using static Symbolic.Properties.Tests.GradientProperties;

namespace Symbolic.Properties.Tests;

/// <summary>
/// Identities of the calculus itself, symbolic against symbolic: the derivative is linear, mixed partials
/// commute, the reverse-mode gradient is the list of forward partials. Two sides that are not the same object
/// must agree in value within the rounding both formulas provably cost.
/// </summary>
public class CalculusProperties
{
    private const double Relative = 1e-9;

    [Fact]
    public void DiffOfASum_IsTheSumOfTheDiffs() =>
        PropertyBudget.Check(nameof(DiffOfASum_IsTheSumOfTheDiffs), PointSampler.Cases(), PropertyBudget.Cases, c =>
        {
            // sin(f) has f's domain and stays finite wherever f does
            var g = Expr.Apply("sin", c.F);
            var x = c.Variables[0];
            AgreeAt(c, "d(f + g)", Calculus.Diff(c.F + g, x), "df + dg", Calculus.Diff(c.F, x) + Calculus.Diff(g, x));
        });

    [Fact]
    public void MixedPartials_Commute() =>
        PropertyBudget.Check(nameof(MixedPartials_Commute), PointSampler.Cases(), PropertyBudget.Cases, c =>
        {
            var (x, y) = (c.Variables[0], c.Variables[^1]);
            AgreeAt(c, $"∂²f/∂{x}∂{y}", Calculus.Diff(c.F, x, y), $"∂²f/∂{y}∂{x}", Calculus.Diff(c.F, y, x));
        });

    [Fact]
    public void Gradient_IsTheListOfSinglePartials() =>
        PropertyBudget.Check(nameof(Gradient_IsTheListOfSinglePartials), PointSampler.Cases(), PropertyBudget.Cases, c =>
        {
            var gradient = Calculus.Gradient(c.F, c.Variables);
            for (var i = 0; i < c.Variables.Length; i++)
                AgreeAt(c, $"gradient[{i}]", gradient[i], $"∂f/∂{c.Variables[i]}", Calculus.Diff(c.F, c.Variables[i]));
        });

    [Fact]
    public void SparseHessian_HoldsEveryNonZeroRepeatedPartial_AndTheHessianVectorProductIsHTimesV() =>
        PropertyBudget.Check(nameof(SparseHessian_HoldsEveryNonZeroRepeatedPartial_AndTheHessianVectorProductIsHTimesV),
            PointSampler.Cases(), PropertyBudget.Cases, c =>
        {
            var n = c.Variables.Length;
            var pattern = Calculus.HessianPattern(c.F, c.Variables);
            var sparse = Calculus.SparseHessian(c.F, c.Variables).ToDictionary(e => (e.Row, e.Column), e => e.Value);
            var direction = Enumerable.Range(0, n).Select(i => Expr.Var($"v{i}")).ToArray();
            var hvp = Calculus.HessianVectorProduct(c.F, c.Variables, direction);
            var v = Enumerable.Range(0, n).Select(i => 0.5 - 0.25 * i).ToArray();
            var at = c.Bindings();
            for (var i = 0; i < n; i++) at[$"v{i}"] = v[i];
            for (var i = 0; i < n; i++)
            {
                var row = Expr.Zero;
                for (var j = 0; j < n; j++)
                {
                    var repeated = Calculus.Diff(Calculus.Diff(c.F, c.Variables[i]), c.Variables[j]);
                    if (repeated != Expr.Zero && !pattern[i].Contains(j))
                        throw new Exception($"∂²f/∂{c.Variables[i]}∂{c.Variables[j]} = {repeated} is missing from the pattern");
                    AgreeAt(c, $"H[{i}][{j}]", sparse.GetValueOrDefault((i, j), Expr.Zero), "the repeated partial", repeated);
                    row += repeated * Expr.Num(new Symbolic.Numbers.Rational((long)(v[j] * 4), 4));
                }
                AgreeAt(c, $"(H·v)[{i}]", hvp[i], "the row of repeated partials times v", row, at);
            }
        });

    internal static void AgreeAt(DiffCase c, string what, Expr a, string other, Expr b, Dictionary<string, double>? bindings = null)
    {
        if (ReferenceEquals(a, b)) return;
        var at = bindings ?? c.Bindings();
        var (u, v) = (Evaluator.Evaluate(a, at), Evaluator.Evaluate(b, at));
        if (!double.IsFinite(u) && !double.IsFinite(v)) return;   // a second derivative may leave the sampled range
        var allowed = Relative * Math.Max(1, Math.Max(Math.Abs(u), Math.Abs(v)))
            + 4 * (DualEvaluator.RoundingBound(a, at) + DualEvaluator.RoundingBound(b, at));
        if (!(Math.Abs(u - v) <= allowed))
            throw new Exception($"{what} = {a}\n    = {Show(u)}\n    {other} = {b}\n    = {Show(v)}, allowed {Show(allowed)}");
    }
}
