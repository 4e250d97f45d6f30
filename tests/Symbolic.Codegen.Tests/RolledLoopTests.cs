using System.Linq.Expressions;
using Symbolic.Codegen;
using static Symbolic.Testing.TestFunctions;

namespace Symbolic.Codegen.Tests;

/// <summary>Index-shifted repeats (Rosenbrock's terms, a gradient's inner components) compile to loops.</summary>
public class RolledLoopTests
{

    private static double[] RosenbrockGradient(double[] x)
    {
        var n = x.Length;
        var g = new double[n];
        for (var i = 0; i < n - 1; i++)
        {
            g[i] += -400 * x[i] * (x[i + 1] - x[i] * x[i]) - 2 * (1 - x[i]);
            g[i + 1] += 200 * (x[i + 1] - x[i] * x[i]);
        }
        return g;
    }

    private static double[] RandomPoint(Random random, int n) => Enumerable.Range(0, n).Select(_ => random.NextDouble() * 2 - 1).ToArray();

    [Fact]
    public void RosenbrockValue_CompilesToATreeWhoseSizeDoesNotGrowWithN()
    {
        var small = TreeSize.Of(Compiler.ValueLambda(Rosenbrock(20)));
        var large = TreeSize.Of(Compiler.ValueLambda(Rosenbrock(1_000)));

        Assert.Equal(small, large);
        Assert.True(TreeSize.Loops(Compiler.ValueLambda(Rosenbrock(1_000))) >= 1);
    }

    [Fact]
    public void RosenbrockValueAndGradient_MatchTheClosedForm()
    {
        var random = new Random(7);
        foreach (var n in new[] { 9, 10, 50, 1_000 })
        {
            var f = Rosenbrock(n);
            var compiled = Compiler.ValueAndGradient(f);
            var value = Compiler.Value(f);
            for (var trial = 0; trial < 5; trial++)
            {
                var x = RandomPoint(random, n);
                var expected = Evaluator.Evaluate(f, CompiledValueTests.Bindings(ExprWalk.Variables(f), x));
                var gradient = new double[n];
                Assert.Equal(expected, compiled(x, gradient), Tolerance.Relative(expected));
                Assert.Equal(expected, value(x), Tolerance.Relative(expected));
                var closedForm = RosenbrockGradient(x);
                for (var i = 0; i < n; i++) Assert.Equal(closedForm[i], gradient[i], Tolerance.Relative(closedForm[i]));
            }
        }
    }

    [Theory]
    [InlineData("neighbours")]
    [InlineData("stride two")]
    [InlineData("gap in the run")]
    [InlineData("two lengths")]
    [InlineData("offset gradient")]
    public void IrregularFamilies_CompileToTheInterpretedValueAndGradient(string family)
    {
        var terms = family switch
        {
            "neighbours" => Enumerable.Range(0, 30).Select(i => Expr.Apply("sin", X(i)) * Expr.Apply("exp", X(i + 1))),
            "stride two" => Enumerable.Range(0, 20).Select(i => X(2 * i) * X(2 * i + 1)),
            // x7's term is missing: two runs, 0..6 (too short to loop) and 8..29.
            "gap in the run" => Enumerable.Range(0, 30).Where(i => i != 7).Select(i => Expr.Pow(X(i) - X(i + 2), 2)),
            // Two families over different ranges, and a term that belongs to neither.
            "two lengths" => Enumerable.Range(0, 25).Select(i => Expr.Apply("cos", X(i))).Concat(
                Enumerable.Range(3, 12).Select(i => 3 * X(i) * X(i + 4))).Append(X(0) * X(24)),
            // Every component depends on a variable far away: the shift is not the component's own index.
            _ => Enumerable.Range(0, 20).Select(i => Expr.Apply("tanh", X(i) - 2 * X(i + 10))),
        };
        CompiledGradientCheck.AgreesWithTheInterpreter(Expr.Add(terms), CompiledGradientCheck.Signed, family.Length);
    }

    [Fact]
    public void ShortFamilies_StayUnrolled()
    {
        var f = Expr.Add(Enumerable.Range(0, IndexedRuns.MinimumCount - 1).Select(i => Expr.Apply("sin", X(i)) * X(i + 1)));
        Assert.Equal(0, TreeSize.Loops(Compiler.ValueLambda(f)));
    }

    [Fact]
    public void BatchRosenbrock_EqualsOnePointAtATime()
    {
        const int n = 40, points = 25;
        var f = Rosenbrock(n);
        var random = new Random(3);
        var flat = RandomPoint(random, n * points);
        var values = new double[points];
        var gradients = new double[n * points];
        // The scalar batch rolls the same loops as the single-point delegate, so the sums run in the same order and
        // agree bit for bit (the vector batch is straight-line code, held to the scalar one in SimdBatchTests).
        Compiler.BatchValueAndGradient(f, width: BatchWidth.Scalar)(flat, values, gradients, 0, points);
        var onlyValues = new double[points];
        Compiler.BatchValue(f, width: BatchWidth.Scalar)(flat, onlyValues, 0, points);
        var single = Compiler.ValueAndGradient(f);
        for (var p = 0; p < points; p++)
        {
            var gradient = new double[n];
            var value = single(flat[(p * n)..((p + 1) * n)], gradient);
            Assert.Equal(value, values[p]);
            Assert.Equal(value, onlyValues[p]);
            Assert.Equal(gradient, gradients[(p * n)..((p + 1) * n)]);
        }
    }

    [Fact]
    public void ShiftShapes_MatchCopiesUpToAnIndexShift_AndNothingElse()
    {
        var names = Enumerable.Range(0, 12).Select(i => $"x{i}").ToList();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        Expr Term(int i) => 100 * Expr.Pow(X(i + 1) - Expr.Pow(X(i), 2), 2);
        var other = 100 * Expr.Pow(X(3) - Expr.Pow(X(1), 2), 2);   // a different gap between the indices
        var scaled = 99 * Expr.Pow(X(4) - Expr.Pow(X(3), 2), 2);   // a different coefficient
        var shapes = new ShiftShapes([Term(0), Term(7), other, scaled], index);

        Assert.Equal(shapes.Shape(Term(0)), shapes.Shape(Term(7)));
        Assert.Equal(7, shapes.Lowest(Term(7)));
        Assert.Equal((shapes.Shape(Term(0)), 7), shapes.Of(Term(7)));
        Assert.NotEqual(shapes.Shape(Term(0)), shapes.Shape(other));
        Assert.NotEqual(shapes.Shape(Term(0)), shapes.Shape(scaled));
    }

    /// <summary>Sizes of compiled expression trees, chunk methods included.</summary>
    private sealed class TreeSize : ExpressionVisitor
    {
        private int nodes;
        private int loops;

        public static int Of(Expression tree) => Measure(tree).nodes;

        public static int Loops(Expression tree) => Measure(tree).loops;

        private static TreeSize Measure(Expression tree)
        {
            var size = new TreeSize();
            size.Visit(tree);
            return size;
        }

        public override Expression? Visit(Expression? node)
        {
            if (node is not null) nodes++;
            if (node is LoopExpression) loops++;
            return base.Visit(node);
        }
    }
}
