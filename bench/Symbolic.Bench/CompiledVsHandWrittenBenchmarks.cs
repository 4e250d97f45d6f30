using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Symbolic.Codegen;

namespace Symbolic.Bench;

/// <summary>
/// Compiled value and value+gradient against the same formula and its gradient by hand, one class per formula. Rows are
/// grouped by category, each with its hand-written baseline, so the Ratio column compares compiled value with the
/// hand-written value, and compiled value+gradient with the hand-written value+gradient.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class CompiledVsHandWritten
{
    private Func<double[], double> compiled = null!;
    private Func<double[], double> handThroughDelegate = null!;
    private GradientFunction valueAndGradient = null!;
    private double[] point = null!;
    private double[] gradient = null!;

    protected abstract string Formula { get; }
    protected abstract double Hand(double[] x);
    protected abstract double HandGradient(double[] x, double[] gradient);

    [GlobalSetup]
    public void Setup()
    {
        var f = Expressions.Parse(Formula);
        compiled = Compiler.Value(f);
        handThroughDelegate = Hand;
        valueAndGradient = Compiler.ValueAndGradient(f);
        var n = ExprWalk.Variables(f).Count;
        point = Enumerable.Range(0, n).Select(i => 0.3 + 0.01 * (i % 50)).ToArray();
        gradient = new double[n];
        Check("value", compiled(point), Hand(point));
        var handGradient = new double[n];
        Check("value with gradient", valueAndGradient(point, gradient), HandGradient(point, handGradient));
        for (var i = 0; i < n; i++) Check($"gradient[{i}]", gradient[i], handGradient[i]);
    }

    private static void Check(string what, double compiledValue, double hand)
    {
        if (Math.Abs(compiledValue - hand) > 1e-9 * Math.Max(1, Math.Abs(hand)))
            throw new InvalidOperationException($"compiled {what} {compiledValue} differs from hand-written {hand}");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Value")]
    public double HandWritten() => Hand(point);

    /// <summary>
    /// The hand-written formula called the way compiled code is, through a delegate: the JIT cannot inline it, so
    /// this separates the cost of the call from the cost of the code for one-nanosecond formulas.
    /// </summary>
    [Benchmark, BenchmarkCategory("Value")]
    public double HandWrittenThroughDelegate() => handThroughDelegate(point);

    [Benchmark, BenchmarkCategory("Value")]
    public double Compiled() => compiled(point);

    [Benchmark(Baseline = true), BenchmarkCategory("ValueAndGradient")]
    public double HandWrittenValueAndGradient() => HandGradient(point, gradient);

    [Benchmark, BenchmarkCategory("ValueAndGradient")]
    public double CompiledValueAndGradient() => valueAndGradient(point, gradient);
}

public class Rosenbrock2 : CompiledVsHandWritten
{
    protected override string Formula => Corpus.Expr("rosenbrock_2d");
    protected override double Hand(double[] x) => Bench.HandWritten.Rosenbrock2(x);
    protected override double HandGradient(double[] x, double[] g) => Bench.HandWritten.Rosenbrock2(x, g);
}

public class RosenbrockN1000 : CompiledVsHandWritten
{
    protected override string Formula => Corpus.Expr("rosenbrock_n1000");
    protected override double Hand(double[] x) => Bench.HandWritten.Rosenbrock(x);
    protected override double HandGradient(double[] x, double[] g) => Bench.HandWritten.Rosenbrock(x, g);
}

public class NetworkLoss : CompiledVsHandWritten
{
    protected override string Formula => Corpus.Expr("tiny_nn_sqerr");
    protected override double Hand(double[] x) => Bench.HandWritten.NetworkLoss(x);
    protected override double HandGradient(double[] x, double[] g) => Bench.HandWritten.NetworkLoss(x, g);
}

public class GaussPdf : CompiledVsHandWritten
{
    protected override string Formula => Corpus.Expr("gauss_pdf");
    protected override double Hand(double[] x) => Bench.HandWritten.GaussPdf(x);
    protected override double HandGradient(double[] x, double[] g) => Bench.HandWritten.GaussPdf(x, g);
}

/// <summary><c>sin(x0)*exp(x1) + … + sin(x999)*exp(x1000)</c>.</summary>
public class SinExpSumN1000 : CompiledVsHandWritten
{
    protected override string Formula => ScaleFamilies.Named("sin·exp sum").Text(1_000);
    protected override double Hand(double[] x) => Bench.HandWritten.SinExpSum(x);
    protected override double HandGradient(double[] x, double[] g) => Bench.HandWritten.SinExpSum(x, g);
}

/// <summary><c>sin(sin(…sin(x)…))</c>, 50 deep.</summary>
public class NestedSinDepth50 : CompiledVsHandWritten
{
    protected override string Formula => ScaleFamilies.Named("sin nested").Text(50);
    protected override double Hand(double[] x) => Bench.HandWritten.NestedSin(x, 50);
    protected override double HandGradient(double[] x, double[] g) => Bench.HandWritten.NestedSin(x, g, 50);
}

/// <summary><c>x1*x2*…*x100</c>.</summary>
public class ProductN100 : CompiledVsHandWritten
{
    protected override string Formula => Corpus.Expr("product_n100");
    protected override double Hand(double[] x) => Bench.HandWritten.Product(x);
    protected override double HandGradient(double[] x, double[] g) => Bench.HandWritten.Product(x, g);
}
