using System.Diagnostics;
using Symbolic.Codegen;

namespace Symbolic.Bench;

/// <summary>
/// <c>--versus-hand</c>: the compiled value and value+gradient of the six cases of <see cref="CompiledVsHandWritten"/>
/// and the SIMD batches of <see cref="SimdBatch1M"/> against their hand-written baselines, as a markdown table. Each
/// pair is timed alternately, many short rounds, and the fastest round of each side is kept: on a shared machine
/// another process's burst slows a round, never speeds one up, so the minima are the comparable numbers where
/// BenchmarkDotNet's means are dominated by the load. Each side is first warmed up until the tiered JIT has promoted
/// the hand-written code (compiled delegates are optimised from the first call).
/// </summary>
/// <remarks>
/// Both sides are called the same way: through a delegate bound to an instance (the hand-written formulas through a
/// lambda, which C# compiles to an instance method, with the formula inlined; a compiled delegate is bound to its
/// closure). With the runtime's default profile-guided optimisation the JIT inlines a hand-written formula into the
/// timing loop at a call site that has seen only that formula (the first case timed), which it can never do with a
/// compiled delegate; at a few nanoseconds per call the call is a quarter of the time or more, so the table runs
/// with <c>DOTNET_TieredPGO=0</c> (in a child process) unless <c>--pgo</c> asks for the default, and says which.
/// </remarks>
public static class VersusHandTable
{
    private const int Rounds = 40;

    private sealed record Case(
        string Name, string Formula, Func<double[], double> HandValue, Func<double[], double[], double> HandGradient, int Calls);

    // Lambdas, not method groups: a delegate to a static method is called through a shuffle thunk that a compiled
    // (closure-bound) delegate does not pay.
    private static readonly Case[] Cases =
    [
        new("Rosenbrock 2-D", Corpus.Expr("rosenbrock_2d"), (x) => HandWritten.Rosenbrock2(x), (x, g) => HandWritten.Rosenbrock2(x, g), 20_000),
        new("Rosenbrock n = 1,000", Corpus.Expr("rosenbrock_n1000"), (x) => HandWritten.Rosenbrock(x), (x, g) => HandWritten.Rosenbrock(x, g), 100),
        new("two-tanh network", Corpus.Expr("tiny_nn_sqerr"), (x) => HandWritten.NetworkLoss(x), (x, g) => HandWritten.NetworkLoss(x, g), 10_000),
        new("sin·exp sum, n = 1,000", ScaleFamilies.Named("sin·exp sum").Text(1_000), (x) => HandWritten.SinExpSum(x), (x, g) => HandWritten.SinExpSum(x, g), 10),
        new("nested sin, depth 50", ScaleFamilies.Named("sin nested").Text(50), (x) => HandWritten.NestedSin(x, 50), (x, g) => HandWritten.NestedSin(x, g, 50), 200),
        new("product of 100", Corpus.Expr("product_n100"), (x) => HandWritten.Product(x), (x, g) => HandWritten.Product(x, g), 1_000),
    ];

    /// <summary>
    /// Prints the table to standard output, from a child process with profile-guided optimisation off unless this one
    /// has it off already or <paramref name="args"/> hold <c>--pgo</c>; returns the exit code.
    /// </summary>
    public static int Run(string[] args)
    {
        if (args.Contains("--pgo") || Environment.GetEnvironmentVariable(PgoVariable) is "0")
        {
            Print(Console.Out);
            return 0;
        }
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(VersusHandTable).Assembly.Location);
        foreach (var argument in args) start.ArgumentList.Add(argument);
        start.Environment[PgoVariable] = "0";
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }

    private const string PgoVariable = "DOTNET_TieredPGO";

    /// <summary>Prints the table to <paramref name="output"/>.</summary>
    public static void Print(TextWriter output)
    {
        var pgo = Environment.GetEnvironmentVariable(PgoVariable) is "0" ? $"off ({PgoVariable}=0)" : "on (the runtime's default, --pgo)";
        output.WriteLine($"Profile-guided optimisation: {pgo}; load average {LoadAverage()}");
        output.WriteLine();
        output.WriteLine("| case | value, by hand | compiled | ratio | value+gradient, by hand | compiled | ratio |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var c in Cases) Row(output, c);
        Batch(output, "batch of 1,000,000, Rosenbrock 2-D, AVX-512", "100*(y - x^2)^2 + (1 - x)^2", HandWrittenAvx512.Rosenbrock2);
        Batch(output, "batch of 1,000,000, sin(x)*exp(y) + tanh(x*y), AVX-512", "sin(x)*exp(y) + tanh(x*y)", HandWrittenAvx512.SinExpTanh);
        output.WriteLine();
        output.WriteLine($"load average at the end {LoadAverage()}");
    }

    private static void Row(TextWriter output, Case c)
    {
        var f = Expressions.Parse(c.Formula);
        var value = Compiler.Value(f);
        var valueAndGradient = Compiler.ValueAndGradient(f);
        var n = ExprWalk.Variables(f).Count;
        var x = Enumerable.Range(0, n).Select(i => 0.3 + 0.01 * (i % 50)).ToArray();
        var gradient = new double[n];
        var (handValue, compiledValue) = Fastest(() => c.HandValue(x), () => value(x), c.Calls);
        var (handGradient, compiledGradient) = Fastest(
            () => c.HandGradient(x, gradient),
            () => valueAndGradient(x, gradient), c.Calls);
        output.WriteLine($"| {c.Name} | {Cell(handValue, "ns", 1)} | {Cell(compiledValue, "ns", 1)} | {compiledValue / handValue:F2} " +
                         $"| {Cell(handGradient, "ns", 1)} | {Cell(compiledGradient, "ns", 1)} | {compiledGradient / handGradient:F2} |");
        output.Flush();
    }

    private static void Batch(TextWriter output, string name, string formula, Action<double[], double[], double[]> hand)
    {
        const int count = 1_000_000;
        var batch = Compiler.BatchValueAndGradient(Expressions.Parse(formula), ["x", "y"]);
        var random = new Random(1);
        var points = Enumerable.Range(0, 2 * count).Select(_ => random.NextDouble() * 4 - 2).ToArray();
        var values = new double[count];
        var gradients = new double[2 * count];
        var (handBest, compiledBest) = Fastest(() => hand(points, values, gradients), () => batch(points, values, gradients, 0, count), 1);
        output.WriteLine($"| {name} | | | | {Cell(handBest, "ms", 1e6)} | {Cell(compiledBest, "ms", 1e6)} | {compiledBest / handBest:F2} |");
        output.Flush();
    }

    private static string Cell(double nanoseconds, string unit, double scale) => $"{nanoseconds / scale:G4} {unit}";

    // The fastest round of each side, in nanoseconds per call, the two sides alternating round by round.
    private static (double Hand, double Compiled) Fastest(Action hand, Action compiled, int calls)
    {
        WarmUp(hand, calls);
        WarmUp(compiled, calls);
        double handBest = double.MaxValue, compiledBest = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            handBest = Math.Min(handBest, Time(hand, calls));
            compiledBest = Math.Min(compiledBest, Time(compiled, calls));
        }
        return (handBest, compiledBest);
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

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
