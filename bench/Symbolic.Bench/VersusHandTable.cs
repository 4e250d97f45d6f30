using System.Diagnostics;
using Symbolic.Codegen;

namespace Symbolic.Bench;

/// <summary>
/// <c>--versus-hand</c>: the compiled value+gradient of the six cases of <see cref="CompiledVsHandWritten"/> and the
/// SIMD batches of <see cref="SimdBatch1M"/> against their hand-written baselines, as a markdown table. Each pair is
/// timed alternately, many short rounds, and the fastest round of each side is kept: on a shared machine another
/// process's burst slows a round, never speeds one up, so the minima are the comparable numbers where
/// BenchmarkDotNet's means are dominated by the load. Each side is first warmed up until the tiered JIT has promoted
/// the hand-written code (compiled delegates are optimised from the first call).
/// </summary>
public static class VersusHandTable
{
    private const int Rounds = 40;

    /// <summary>Prints the table to <paramref name="output"/>.</summary>
    public static void Print(TextWriter output)
    {
        output.WriteLine("| case | hand-written | compiled | compiled / hand-written |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        Gradient(output, "Rosenbrock 2-D", Corpus.Expr("rosenbrock_2d"), HandWritten.Rosenbrock2, 20_000);
        Gradient(output, "Rosenbrock n = 1,000", Corpus.Expr("rosenbrock_n1000"), HandWritten.Rosenbrock, 100);
        Gradient(output, "two-tanh network", Corpus.Expr("tiny_nn_sqerr"), HandWritten.NetworkLoss, 10_000);
        Gradient(output, "sin·exp sum, n = 1,000", ScaleFamilies.Named("sin·exp sum").Text(1_000), HandWritten.SinExpSum, 10);
        Gradient(output, "nested sin, depth 50", ScaleFamilies.Named("sin nested").Text(50), (x, g) => HandWritten.NestedSin(x, g, 50), 200);
        Gradient(output, "product of 100", Corpus.Expr("product_n100"), HandWritten.Product, 1_000);
        Batch(output, "batch of 1,000,000, Rosenbrock 2-D, AVX-512", "100*(y - x^2)^2 + (1 - x)^2", HandWrittenAvx512.Rosenbrock2);
        Batch(output, "batch of 1,000,000, sin(x)*exp(y) + tanh(x*y), AVX-512", "sin(x)*exp(y) + tanh(x*y)", HandWrittenAvx512.SinExpTanh);
    }

    private static void Gradient(TextWriter output, string name, string formula, Func<double[], double[], double> hand, int calls)
    {
        var f = Expressions.Parse(formula);
        var compiled = Compiler.ValueAndGradient(f);
        var n = ExprWalk.Variables(f).Count;
        var x = Enumerable.Range(0, n).Select(i => 0.3 + 0.01 * (i % 50)).ToArray();
        var gradient = new double[n];
        Row(output, name, () => hand(x, gradient), () => compiled(x, gradient), calls, "ns", 1);
    }

    private static void Batch(TextWriter output, string name, string formula, Action<double[], double[], double[]> hand)
    {
        const int count = 1_000_000;
        var batch = Compiler.BatchValueAndGradient(Expressions.Parse(formula), ["x", "y"]);
        var random = new Random(1);
        var points = Enumerable.Range(0, 2 * count).Select(_ => random.NextDouble() * 4 - 2).ToArray();
        var values = new double[count];
        var gradients = new double[2 * count];
        Row(output, name, () => hand(points, values, gradients), () => batch(points, values, gradients, 0, count), 1, "ms", 1e6);
    }

    private static void Row(TextWriter output, string name, Action hand, Action compiled, int calls, string unit, double scale)
    {
        WarmUp(hand, calls);
        WarmUp(compiled, calls);
        double handBest = double.MaxValue, compiledBest = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            handBest = Math.Min(handBest, Time(hand, calls));
            compiledBest = Math.Min(compiledBest, Time(compiled, calls));
        }
        output.WriteLine($"| {name} | {handBest / scale:G4} {unit} | {compiledBest / scale:G4} {unit} | {compiledBest / handBest:F2} |");
        output.Flush();
    }

    // Enough calls for the tiered JIT to promote the hand-written code to its optimised tier, and time to install it.
    private static void WarmUp(Action action, int calls)
    {
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < 100 || clock.ElapsedMilliseconds < 500; round++) Time(action, calls);
        Thread.Sleep(300);
        Time(action, calls);
    }

    // Nanoseconds per call, over one round of calls.
    private static double Time(Action action, int calls)
    {
        var clock = Stopwatch.StartNew();
        for (var k = 0; k < calls; k++) action();
        return clock.Elapsed.TotalNanoseconds / calls;
    }
}
