namespace Symbolic.Repl.Tests;

public class ScriptModeTests
{
    private static readonly string Directory = SymdiffProcess.TempDirectory();
    private static readonly Lazy<ToolRun> Run = new(() => SymdiffProcess.Run([], Transcript.Script, Directory));

    [Fact]
    public void Script_OverTheTranscript_PrintsEachExpectedResultInOrder()
    {
        var output = Run.Value.StandardOutput.Replace("\r\n", "\n");
        var position = 0;
        foreach (var (input, result) in Transcript.Steps.Where(s => s.Result is not null))
        {
            var found = output.IndexOf(result! + "\n", position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{input}' should print '{result}' after position {position} in:\n{output}");
            position = found + result!.Length;
        }
    }

    [Fact]
    public void Script_WhenEveryCommandSucceeds_ExitsWithZeroAndNoErrors()
    {
        Assert.Equal("", Run.Value.StandardError);
        Assert.Equal(0, Run.Value.ExitCode);
    }

    [Fact]
    public void Check_ComparesTheSymbolicGradientWithCentralDifferences()
    {
        var line = Run.Value.Lines.Single(l => l.StartsWith("over (x, y): symbolic ", StringComparison.Ordinal));
        Assert.StartsWith("over (x, y): symbolic [4, 1], central differences [4, 1], max relative error ", line);
        var error = double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(error, 0, 1e-8);
    }

    [Fact]
    public void Plot_PrintsTheFileNamesItWrote()
    {
        Assert.Contains(Run.Value.Lines, l => l == $"wrote {Path.Combine(Directory, "curve.svg")}: f and f′ for x in [-3, 3], tangent at 1");
        Assert.Contains(Run.Value.Lines, l => l == $"wrote {Path.Combine(Directory, "bowl.svg")}: contours of f and −∇f arrows, with the last descent path");
    }

    [Fact]
    public void Compile_ReportsCompileTimeAndNanosecondsPerEvaluation()
    {
        var line = Run.Value.Lines.Single(l => l.Contains("per evaluation"));
        Assert.Matches(@"^compiled: gradient built and compiled in [0-9.]+ (ns|µs|ms|s) for 2 variable\(s\) over \(x, y\); value [0-9.]+ (ns|µs|ms|s), value and gradient [0-9.]+ (ns|µs|ms|s) per evaluation$", line);
    }

    [Fact]
    public void Emit_PrintsACompilableStaticClassWithValueAndGradient()
    {
        var text = string.Join("\n", Run.Value.Lines);
        Assert.Contains("static class Model", text);
        Assert.Contains("public static double Value(double[] x)", text);
        Assert.Contains("public static double ValueAndGradient(double[] x, double[] grad", text);
    }

    [Fact]
    public void Help_ListsEveryCommandAndFunction_WithExamples()
    {
        var help = SymdiffProcess.Run(["help"]).StandardOutput;
        foreach (var command in Commands.CommandTable.All) Assert.Contains($"e.g. {command.Example}", help);
        foreach (var function in FunctionTable.All) Assert.Contains($"  {function.Name}(", help);
    }
}
