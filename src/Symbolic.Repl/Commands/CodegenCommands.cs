using System.Diagnostics;
using Symbolic.Codegen;
using Symbolic.Repl.Numerics;
using Symbolic.Repl.Values;

namespace Symbolic.Repl.Commands;

/// <summary><c>compile</c> (compile time and timings of the compiled value and gradient) and <c>emit</c> (C# source).</summary>
internal static class CodegenCommands
{
    private static readonly TimeSpan MeasureFor = TimeSpan.FromMilliseconds(100);

    public static Outcome Compile(CommandCall call)
    {
        call.RequirePositional(1, 2, "compile(e[, [x, y]], a=1)");
        var (f, variables, fixedValues) = ModelInputs.Read(call, 1);
        var names = variables.Select(v => ((Variable)v).Name).ToArray();
        var clock = Stopwatch.StartNew();
        var value = Compiler.Value(f, names, call.Cancellation);
        var valueAndGradient = Compiler.ValueAndGradient(f, names, call.Cancellation);
        var compileTime = clock.Elapsed;
        // A point away from the usual singularities (0 for log, 1/x) so timings are of ordinary arithmetic.
        var point = Enumerable.Range(0, variables.Count).Select(i => 0.5 + 0.1 * i).ToArray();
        var gradient = new double[variables.Count];
        var valueNs = NanosecondsPerCall(() => value(point));
        var gradientNs = NanosecondsPerCall(() => valueAndGradient(point, gradient));
        return Outcome.Message(
            $"compiled: gradient built and compiled in {NumberFormat.Duration(compileTime.TotalNanoseconds)} for {variables.Count} variable(s) " +
            $"{ModelInputs.Describe(variables, fixedValues)}; value {NumberFormat.Duration(valueNs)}, value and gradient {NumberFormat.Duration(gradientNs)} per evaluation");
    }

    public static Outcome Emit(CommandCall call)
    {
        call.RequirePositional(1, 2, "emit(e[, [x, y]], a=1)");
        var (f, variables, _) = ModelInputs.Read(call, 1);
        return Outcome.Message(CSharpEmitter.EmitCSharp(f, variables.Select(v => ((Variable)v).Name).ToArray(), "Model"));
    }

    private static double NanosecondsPerCall(Func<double> run)
    {
        var sink = 0.0;
        var calls = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < MeasureFor)
        {
            for (var i = 0; i < 64; i++) sink += run();
            calls += 64;
        }
        GC.KeepAlive(sink);
        return clock.Elapsed.TotalNanoseconds / calls;
    }
}
