using BenchmarkDotNet.Attributes;
using Symbolic.Codegen;
using Symbolic.Testing;

namespace Symbolic.Bench;

/// <summary>Rosenbrock n = 1,000: the compiled sparse Hessian against a hand-written CSR fill of its 2,998 entries.</summary>
public class RosenbrockSparseHessianN1000
{
    private const int N = 1000;
    private CompiledSparseMatrix hessian = null!;
    private double[] point = null!;
    private double[] values = null!;

    [GlobalSetup]
    public void Setup()
    {
        hessian = Compiler.SparseHessian(Expressions.Parse(TestFunctions.RosenbrockText(N)));
        point = Enumerable.Range(0, N).Select(i => i % 2 == 0 ? -1.2 : 1.0).ToArray();
        values = new double[hessian.Pattern.NonZeroCount];
        var hand = new double[values.Length];
        hessian.Evaluate(point, values);
        HandWrittenSecondOrder.RosenbrockHessianCsr(point, hand);
        SecondOrderChecks.Same(hand, values, "Rosenbrock Hessian");
    }

    [Benchmark(Baseline = true)]
    public void HandWrittenCsrFill() => HandWrittenSecondOrder.RosenbrockHessianCsr(point, values);

    [Benchmark]
    public void CompiledSparseHessian() => hessian.Evaluate(point, values);
}

/// <summary>1-D Bratu with 10,000 equations: the compiled sparse Jacobian (3n − 2 entries) against a hand-written fill.</summary>
public class BratuSparseJacobianN10000
{
    private const int N = 10_000;
    private CompiledSparseMatrix jacobian = null!;
    private double[] point = null!;
    private double[] values = null!;

    [GlobalSetup]
    public void Setup()
    {
        jacobian = Compiler.SparseJacobian(TestFunctions.BratuText(N).Select(Expressions.Parse).ToArray());
        point = Enumerable.Range(0, N).Select(i => Math.Sin(i)).ToArray();
        values = new double[jacobian.Pattern.NonZeroCount];
        var hand = new double[3 * N - 2];
        jacobian.Evaluate(point, values);
        HandWrittenSecondOrder.BratuJacobianCsr(point, 0.5, hand);
        SecondOrderChecks.Same(hand, values, "Bratu Jacobian");
    }

    [Benchmark(Baseline = true)]
    public void HandWrittenCsrFill() => HandWrittenSecondOrder.BratuJacobianCsr(point, 0.5, values);

    [Benchmark]
    public void CompiledSparseJacobian() => jacobian.Evaluate(point, values);
}

/// <summary>Rosenbrock n = 1,000: the compiled Hessian-vector product against the compiled value and gradient and by hand.</summary>
public class RosenbrockHessianVectorN1000
{
    private const int N = 1000;
    private HessianVectorFunction hvp = null!;
    private GradientFunction valueAndGradient = null!;
    private double[] point = null!;
    private double[] direction = null!;
    private double[] result = null!;

    [GlobalSetup]
    public void Setup()
    {
        var f = Expressions.Parse(TestFunctions.RosenbrockText(N));
        hvp = Compiler.HessianVectorProduct(f);
        valueAndGradient = Compiler.ValueAndGradient(f);
        point = Enumerable.Range(0, N).Select(i => i % 2 == 0 ? -1.2 : 1.0).ToArray();
        direction = Enumerable.Range(0, N).Select(i => Math.Cos(i)).ToArray();
        result = new double[N];
        var hand = new double[N];
        hvp(point, direction, result);
        HandWrittenSecondOrder.RosenbrockHessianVector(point, direction, hand);
        SecondOrderChecks.Same(hand, result, "Rosenbrock Hessian-vector product");
    }

    [Benchmark(Baseline = true)]
    public double CompiledValueAndGradient() => valueAndGradient(point, result);

    [Benchmark]
    public void CompiledHessianVectorProduct() => hvp(point, direction, result);

    [Benchmark]
    public void HandWrittenHessianVectorProduct() => HandWrittenSecondOrder.RosenbrockHessianVector(point, direction, result);
}

/// <summary>Building second-order code from text: parse, differentiate, compile.</summary>
public class SecondOrderBuild
{
    private string rosenbrock = null!;
    private string[] bratu = null!;

    [GlobalSetup]
    public void Setup()
    {
        rosenbrock = TestFunctions.RosenbrockText(1000);
        bratu = TestFunctions.BratuText(10_000);
    }

    [Benchmark]
    public CompiledSparseMatrix RosenbrockN1000SparseHessian() => Compiler.SparseHessian(Expressions.Parse(rosenbrock));

    [Benchmark]
    public HessianFunction RosenbrockN1000DenseHessian() => Compiler.Hessian(Expressions.Parse(rosenbrock));

    [Benchmark]
    public HessianVectorFunction RosenbrockN1000HessianVectorProduct() => Compiler.HessianVectorProduct(Expressions.Parse(rosenbrock));

    [Benchmark]
    public CompiledSparseMatrix BratuN10000SparseJacobian() => Compiler.SparseJacobian(bratu.Select(Expressions.Parse).ToArray());
}

/// <summary>
/// Rosenbrock with 100,000 variables end to end: parse the text, build and compile the sparse Hessian, evaluate it at
/// the classic start and check every value against the hand-written CSR fill. One call takes seconds, so run it
/// with few iterations: <c>--filter '*EndToEnd*' --warmupCount 1 --iterationCount 3</c>.
/// </summary>
public class RosenbrockSparseHessianN100000EndToEnd
{
    private const int N = 100_000;
    private string text = null!;
    private double[] point = null!;
    private double[] hand = null!;

    [GlobalSetup]
    public void Setup()
    {
        text = TestFunctions.RosenbrockText(N);
        point = Enumerable.Range(0, N).Select(i => i % 2 == 0 ? -1.2 : 1.0).ToArray();
        hand = new double[3 * N - 2];
        HandWrittenSecondOrder.RosenbrockHessianCsr(point, hand);
    }

    [Benchmark]
    public double[] ParseBuildCompileEvaluate()
    {
        var hessian = Compiler.SparseHessian(Expressions.Parse(text));
        var values = new double[hessian.Pattern.NonZeroCount];
        hessian.Evaluate(point, values);
        SecondOrderChecks.Same(hand, values, "Rosenbrock Hessian, n = 100,000");
        return values;
    }
}

internal static class SecondOrderChecks
{
    public static void Same(double[] expected, double[] actual, string what)
    {
        if (expected.Length != actual.Length) throw new InvalidOperationException($"{what}: {actual.Length} values, expected {expected.Length}");
        for (var k = 0; k < expected.Length; k++)
            if (Math.Abs(expected[k] - actual[k]) > 1e-9 * Math.Max(1, Math.Abs(expected[k])))
                throw new InvalidOperationException($"{what}: value {k} is {actual[k]}, hand-written {expected[k]}");
    }
}
