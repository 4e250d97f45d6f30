using BenchmarkDotNet.Attributes;
using Symbolic.Codegen;

namespace Symbolic.Bench;

/// <summary>Compiled value against the same formula by hand, one class per formula so the Ratio column compares them.</summary>
public abstract class CompiledVsHandWritten
{
    private Func<double[], double> compiled = null!;
    private Func<double[], double> handThroughDelegate = null!;
    private GradientFunction valueAndGradient = null!;
    private double[] point = null!;
    private double[] gradient = null!;

    protected abstract string Formula { get; }
    protected abstract double Hand(double[] x);

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
        if (Math.Abs(compiled(point) - Hand(point)) > 1e-9 * Math.Max(1, Math.Abs(Hand(point))))
            throw new InvalidOperationException($"compiled {compiled(point)} differs from hand-written {Hand(point)}");
    }

    [Benchmark(Baseline = true)]
    public double HandWritten() => Hand(point);

    /// <summary>
    /// The hand-written formula called the way compiled code is, through a delegate: the JIT cannot inline it, so
    /// this separates the cost of the call from the cost of the code for one-nanosecond formulas.
    /// </summary>
    [Benchmark]
    public double HandWrittenThroughDelegate() => handThroughDelegate(point);

    [Benchmark]
    public double Compiled() => compiled(point);

    [Benchmark]
    public double CompiledValueAndGradient() => valueAndGradient(point, gradient);
}

public class Rosenbrock2 : CompiledVsHandWritten
{
    protected override string Formula => Corpus.Expr("rosenbrock_2d");
    protected override double Hand(double[] x) => Bench.HandWritten.Rosenbrock2(x);
}

public class RosenbrockN1000 : CompiledVsHandWritten
{
    protected override string Formula => Corpus.Expr("rosenbrock_n1000");
    protected override double Hand(double[] x) => Bench.HandWritten.Rosenbrock(x);
}

public class NetworkLoss : CompiledVsHandWritten
{
    protected override string Formula => Corpus.Expr("tiny_nn_sqerr");
    protected override double Hand(double[] x) => Bench.HandWritten.NetworkLoss(x);
}

public class GaussPdf : CompiledVsHandWritten
{
    protected override string Formula => Corpus.Expr("gauss_pdf");
    protected override double Hand(double[] x) => Bench.HandWritten.GaussPdf(x);
}
