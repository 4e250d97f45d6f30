using FsCheck;
using FsCheck.Fluent;
using static Symbolic.Diff.Tests.ExpressionGenerator;

namespace Symbolic.Diff.Tests;

/// <summary>Properties over generated expressions (FsCheck, 500 cases each).</summary>
public class PropertyTests
{
    private static readonly Config Cases500 = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static double At(Expr e, (double X, double Y) p) =>
        Evaluator.Evaluate(e, new Dictionary<string, double> { ["x"] = p.X, ["y"] = p.Y });

    // The simplifier's promise: the printed tree never grows; at equal length the DAG never grows.
    private static bool NotLarger((long Tree, int Distinct) after, (long Tree, int Distinct) before) =>
        after.Tree < before.Tree || (after.Tree == before.Tree && after.Distinct <= before.Distinct);

    private static bool Close(double a, double b) =>
        a == b || (double.IsNaN(a) && double.IsNaN(b)) || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    [Fact]
    public void Simplify_KeepsTheValueAtRandomPoints() =>
        Prop.ForAll(Cases, c =>
        {
            var simplified = Simplifier.Simplify(c.F);
            return Close(At(c.F, c.At), At(simplified, c.At)) && NotLarger(Simplifier.Size(simplified), Simplifier.Size(c.F));
        }).Check(Cases500);

    [Fact]
    public void Simplify_OfADerivative_KeepsItsValue() =>
        Prop.ForAll(Cases, c =>
        {
            var d = Calculus.Diff(c.F, X);
            return Close(At(d, c.At), At(Simplifier.Simplify(d), c.At));
        }).Check(Cases500);

    [Fact]
    public void DiffOfASum_IsTheSumOfTheDiffs() =>
        Prop.ForAll(Cases, c =>
        {
            var ofSum = Calculus.Diff(c.F + c.G, X);
            var sumOf = Calculus.Diff(c.F, X) + Calculus.Diff(c.G, X);
            return ofSum == sumOf || Close(At(ofSum, c.At), At(sumOf, c.At));
        }).Check(Cases500);

    [Fact]
    public void MixedPartials_Commute() =>
        Prop.ForAll(Cases, c =>
        {
            var xy = Calculus.Diff(c.F, X, Y);
            var yx = Calculus.Diff(c.F, Y, X);
            return xy == yx || Math.Abs(At(xy, c.At) - At(yx, c.At)) <= 1e-8 * Math.Max(1, Math.Abs(At(xy, c.At)));
        }).Check(Cases500);

    [Fact]
    public void Gradient_IsTheListOfSinglePartials() =>
        Prop.ForAll(Cases, c =>
        {
            var f = c.F * c.G;
            var gradient = Calculus.Gradient(f, [X, Y]);
            return gradient.Zip(new[] { X, Y }, (g, v) => (g, d: Calculus.Diff(f, v)))
                .All(p => p.g == p.d || Close(At(p.g, c.At), At(p.d, c.At)));
        }).Check(Cases500);
}
