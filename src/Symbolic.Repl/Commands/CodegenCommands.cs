using System.Diagnostics;
using Symbolic.Repl.Numerics;
using Symbolic.Repl.Values;

namespace Symbolic.Repl.Commands;

/// <summary><c>compile</c> (timings of value and gradient) and <c>emit</c> (C# source, which needs Symbolic.Codegen).</summary>
internal static class CodegenCommands
{
    private static readonly TimeSpan MeasureFor = TimeSpan.FromMilliseconds(100);

    public static Outcome Compile(CommandCall call)
    {
        call.RequirePositional(1, 1, "compile(e)");
        call.AllowNamed();
        var (f, variables) = CalculusCommands.FunctionAndVariables(call);
        var compiler = FunctionCompilers.Default;
        var clock = Stopwatch.StartNew();
        var compiled = compiler.Compile(f, variables);
        var compileTime = clock.Elapsed;
        // A point away from the usual singularities (0 for log, 1/x) so timings are of ordinary arithmetic.
        var point = Enumerable.Range(0, variables.Count).Select(i => 0.5 + 0.1 * i).ToArray();
        var gradient = new double[variables.Count];
        var valueNs = NanosecondsPerCall(() => compiled.Value(point));
        var gradientNs = NanosecondsPerCall(() => compiled.ValueAndGradient(point, gradient));
        return Outcome.Message(
            $"{compiler.Kind}: prepared in {NumberFormat.Significant(compileTime.TotalMilliseconds)} ms for {variables.Count} variable(s) " +
            $"({string.Join(", ", variables)}); value {NumberFormat.Significant(valueNs)} ns, value and gradient {NumberFormat.Significant(gradientNs)} ns per evaluation");
    }

    public static Outcome Emit(CommandCall call)
    {
        call.RequirePositional(1, 1, "emit(e)");
        throw call.Error("emit needs Symbolic.Codegen, which is not merged into this build yet");
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
