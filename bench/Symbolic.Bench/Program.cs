using BenchmarkDotNet.Running;

namespace Symbolic.Bench;

/// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher).</summary>
public static class Program
{
    /// <summary>
    /// <c>--scale-table [--sizes 10000,100000] [--family rosenbrock]</c> prints the node counts and stopwatch times of
    /// the scale families (<see cref="ScaleTable"/>); <c>--versus-hand</c> the interleaved comparison with the
    /// hand-written baselines (<see cref="VersusHandTable"/>; <c>--pgo</c> keeps profile-guided optimisation on).
    /// <c>--higher-order</c> prints the repeated-derivative timings and results (<see cref="HigherOrderTable"/>).
    /// Benchmarks run in-process: BenchmarkDotNet's out-of-process toolchain rebuilds Symbolic.Parser with its own
    /// intermediate path, which the ANTLR build task resolves wrongly (CS2001: generated SymbolicParser.cs not found).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Contains("--higher-order"))
        {
            HigherOrderTable.Print(Console.Out);
            return;
        }
        if (args.Contains("--scale-table"))
        {
            var at = Array.IndexOf(args, "--sizes");
            var sizes = at >= 0 && at + 1 < args.Length
                ? args[at + 1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
                : ScaleTable.Sizes;
            var only = Array.IndexOf(args, "--family") is var f and >= 0 && f + 1 < args.Length ? args[f + 1] : null;
            ScaleTable.Print(Console.Out, sizes, only);
            return;
        }
        if (args.Contains("--versus-hand"))
        {
            Environment.ExitCode = VersusHandTable.Run(args);
            return;
        }
        var arguments = args.Any(a => a.Equals("--inProcess", StringComparison.OrdinalIgnoreCase) || a == "-i")
            ? args : [.. args, "--inProcess"];
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments);
    }
}
