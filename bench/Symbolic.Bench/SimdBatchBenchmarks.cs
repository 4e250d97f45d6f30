using BenchmarkDotNet.Attributes;
using Symbolic.Codegen;

namespace Symbolic.Bench;

/// <summary>
/// Value and gradient over 1,000,000 (x, y) points: the compiled batch (vector lanes where the machine has them,
/// and forced scalar) against the hand-written AVX-512 loop (<see cref="HandWrittenAvx512"/>), and the compiled
/// batch over all cores. <see cref="Case"/> picks the function: Rosenbrock (memory-bound) or
/// <c>sin(x)*exp(y) + tanh(x*y)</c> (compute-bound).
/// </summary>
public class SimdBatch1M
{
    private const int Count = 1_000_000;
    private readonly double[] points = new double[2 * Count];
    private readonly double[] values = new double[Count];
    private readonly double[] gradients = new double[2 * Count];
    private BatchGradientFunction vector = null!;
    private BatchGradientFunction scalar = null!;

    [Params("rosenbrock", "sin_exp_tanh")]
    public string Case { get; set; } = "rosenbrock";

    private string Text => Case == "rosenbrock" ? "100*(y - x^2)^2 + (1 - x)^2" : "sin(x)*exp(y) + tanh(x*y)";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        for (var i = 0; i < points.Length; i++) points[i] = random.NextDouble() * 4 - 2;
        vector = Compiler.BatchValueAndGradient(Expressions.Parse(Text), ["x", "y"]);
        scalar = Compiler.BatchValueAndGradient(Expressions.Parse(Text), ["x", "y"], BatchWidth.Scalar);
    }

    [Benchmark(Baseline = true)]
    public void HandWrittenAvx512Loop()
    {
        if (Case == "rosenbrock") HandWrittenAvx512.Rosenbrock2(points, values, gradients);
        else HandWrittenAvx512.SinExpTanh(points, values, gradients);
    }

    [Benchmark]
    public void CompiledBatch() => vector(points, values, gradients, 0, Count);

    [Benchmark]
    public void CompiledBatchScalar() => scalar(points, values, gradients, 0, Count);

    [Benchmark]
    public void CompiledBatchParallel() => ParallelBatch.ValuesAndGradients(vector, points, values, gradients);
}
