using Symbolic.Properties.Tests.Generators;
using Symbolic.Properties.Tests.Oracles;
using static Symbolic.Properties.Tests.GradientProperties;

namespace Symbolic.Properties.Tests;

/// <summary>
/// The compiled sparse Hessian equals the compiled dense Hessian entry for entry (zero outside its pattern), and the
/// compiled Hessian-vector product equals the dense Hessian times v. The dense Hessian itself is held to central
/// differences of the compiled gradient by <see cref="HessianProperties"/>, so all three agree with the numbers.
/// </summary>
public class SecondOrderProperties
{
    [Fact]
    public void SparseHessianAndHessianVectorProduct_AgreeWithTheDenseHessian() => Check(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void SparseHessianAndHessianVectorProduct_AgreeWithTheDenseHessian_Deep() => Check(PropertyBudget.DeepCases);

    private static bool Same(double a, double b, double scale) =>
        a.Equals(b) || Math.Abs(a - b) <= 1e-12 * Math.Max(1, scale);

    private static void Check(int cases) =>
        PropertyBudget.Check(nameof(SparseHessianAndHessianVectorProduct_AgreeWithTheDenseHessian), PointSampler.Cases(), cases, c =>
        {
            var n = c.Variables.Length;
            var dense = Subject.Hessian(c.F, c.Variables, c.Point);
            var sparse = Subject.SparseHessian(c.F, c.Variables, c.Point);
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    if (!Same(sparse[i][j], dense[i][j], Math.Abs(dense[i][j])))
                        throw new Exception($"sparse H[{i}][{j}] = {Show(sparse[i][j])}, dense {Show(dense[i][j])}");
            var v = Enumerable.Range(0, n).Select(j => (j % 2 == 0 ? 1 : -1) * (1 + j / 2.0)).ToArray();
            var hv = Subject.HessianVectorProduct(c.F, c.Variables, c.Point, v);
            var hessianExprs = Calculus.Hessian(c.F, c.Variables);
            var productExprs = Calculus.HessianVectorProduct(c.F, c.Variables, 
                Enumerable.Range(0, n).Select(j => Expr.Divide(Expr.Num((j % 2 == 0 ? 1 : -1) * (2 + j)), Expr.Num(2))).ToArray());
            for (var i = 0; i < n; i++)
            {
                var terms = Enumerable.Range(0, n).Select(j => dense[i][j] * v[j]).ToArray();
                if (!terms.All(double.IsFinite)) continue;
                var expected = terms.Sum();
                // Both sides are bounded by their own rounding: the entries' (times |v|) and the product expression's.
                var bound = Enumerable.Range(0, n).Sum(j => DualEvaluator.RoundingBound(hessianExprs[i][j], c.Bindings()) * Math.Abs(v[j]))
                    + DualEvaluator.RoundingBound(productExprs[i], c.Bindings());
                if (!(Math.Abs(hv[i] - expected) <= 4 * bound + 1e-12 * terms.Sum(Math.Abs)))
                    throw new Exception($"(H·v)[{i}] = {Show(hv[i])}, dense H·v = {Show(expected)}");
            }
        });
}
