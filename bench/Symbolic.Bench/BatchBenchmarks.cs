using BenchmarkDotNet.Attributes;
using Symbolic.Codegen;

namespace Symbolic.Bench;

/// <summary>Rosenbrock 2-D over 1,000,000 points: hand-written loop, compiled batch, and compiled batch over all cores.</summary>
public class Batch1M
{
    private const int Count = 1_000_000;
    private readonly double[] points = new double[2 * Count];
    private readonly double[] values = new double[Count];
    private BatchValueFunction batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        for (var i = 0; i < points.Length; i++) points[i] = random.NextDouble() * 4 - 2;
        batch = Compiler.BatchValue(Expressions.Parse(Corpus.Expr("rosenbrock_2d")), ["x", "y"]);
    }

    [Benchmark(Baseline = true)]
    public void HandWrittenLoop() => HandWritten.Rosenbrock2Batch(points, values);

    [Benchmark]
    public void CompiledBatch() => batch(points, values, 0, Count);

    [Benchmark]
    public void CompiledBatchParallel() => ParallelBatch.Values(batch, points, values);
}
