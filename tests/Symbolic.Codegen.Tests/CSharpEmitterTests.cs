using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

public class CSharpEmitterTests
{
    [Theory]
    [MemberData(nameof(CompiledValueTests.FormulaData), MemberType = typeof(CompiledValueTests))]
    public void EmittedSource_CompiledWithRoslyn_AgreesWithTheCompiledDelegates(string formula)
    {
        var f = Expressions.Parse(formula);
        var names = ExprWalk.Variables(f);
        var type = CompileWithRoslyn(CSharpEmitter.EmitCSharp(f, names, "Model"), "Model");
        var value = type.GetMethod("Value")!.CreateDelegate<Func<double[], double>>();
        var valueAndGradient = type.GetMethod("ValueAndGradient")!.CreateDelegate<Func<double[], double[], double>>();
        var compiled = Compiler.ValueAndGradient(f);
        var point = names.Select((_, i) => 0.25 + 0.5 * ((i * 0.618) % 1)).ToArray();
        var expectedGradient = new double[names.Count];
        var gradient = new double[names.Count];
        var expected = compiled(point, expectedGradient);
        Assert.Equal(expected, value(point));
        Assert.Equal(expected, valueAndGradient(point, gradient));
        Assert.Equal(expectedGradient, gradient);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(500)]
    public void EmittedRosenbrock_IsLoops_AndAgreesWithTheCompiledDelegates(int n)
    {
        var f = Expr.Add(Enumerable.Range(0, n - 1).Select(i =>
            100 * Expr.Pow(Expr.Var($"x{i + 1}") - Expr.Pow(Expr.Var($"x{i}"), 2), 2) + Expr.Pow(1 - Expr.Var($"x{i}"), 2)));
        var names = ExprWalk.Variables(f);
        var source = CSharpEmitter.EmitCSharp(f, names, "Rosenbrock");
        // One loop in Value; one in ValueAndGradient, adding each term and its partials (no zero fill before it).
        Assert.Equal(2, source.Split("for (int i = ").Length - 1);
        Assert.True(source.Split('\n').Length < 100, $"{source.Split('\n').Length} lines");

        var type = CompileWithRoslyn(source, "Rosenbrock");
        var valueAndGradient = type.GetMethod("ValueAndGradient")!.CreateDelegate<Func<double[], double[], double>>();
        var point = names.Select((_, i) => 0.25 + 0.5 * ((i * 0.618) % 1)).ToArray();
        var expectedGradient = new double[n];
        var gradient = new double[n];
        Assert.Equal(Compiler.ValueAndGradient(f)(point, expectedGradient), valueAndGradient(point, gradient));
        Assert.Equal(expectedGradient, gradient);
        Assert.Equal(Compiler.Value(f)(point), type.GetMethod("Value")!.CreateDelegate<Func<double[], double>>()(point));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public void EmittedCarriedGradient_AgreesWithTheCompiledDelegatesBitForBit(int shift)
    {
        // A loop whose copies add partials `shift` places ahead (carried in `shift` locals), a second loop over part of
        // the range that reads the first one's sums, and a variable outside both: the zero fill stays.
        var x = (int i) => Expr.Var($"x{i}");
        var f = Expr.Add([.. Enumerable.Range(0, 20).Select(i => Expr.Apply("tanh", x(i) - 2 * x(i + shift))),
            .. Enumerable.Range(3, 12).Select(i => 3 * x(i) * Expr.Apply("exp", x(i + 1))), Expr.Apply("cos", Expr.Var("y"))]);
        var names = ExprWalk.Variables(f);
        var source = CSharpEmitter.EmitCSharp(f, names, "Carried");
        Assert.Contains($"carry{shift - 1}", source);
        var type = CompileWithRoslyn(source, "Carried");
        var valueAndGradient = type.GetMethod("ValueAndGradient")!.CreateDelegate<Func<double[], double[], double>>();
        var point = names.Select((_, i) => Math.Sin(3.7 * i)).ToArray();
        var expectedGradient = new double[names.Count];
        var gradient = new double[names.Count];
        Assert.Equal(Compiler.ValueAndGradient(f, names)(point, expectedGradient), valueAndGradient(point, gradient));
        Assert.Equal(expectedGradient, gradient);
        CompiledGradientCheck.AgreesWithTheInterpreter(f, CompiledGradientCheck.Signed, seed: shift);
    }

    [Fact]
    public void EmittedProductGradient_IsAForwardAndABackwardSweep()
    {
        var f = Expr.Multiply(Enumerable.Range(1, 60).Select(i => Expr.Var($"x{i}")));
        var names = ExprWalk.Variables(f);
        var source = CSharpEmitter.EmitCSharp(f, names, "Product");
        var gradientMethod = source[source.IndexOf("ValueAndGradient(double[] x", StringComparison.Ordinal)..];
        Assert.Contains("for (int i = 0; i < 60; i += 1) { grad[i] = product0; product0 *= x[i]; }", gradientMethod);
        Assert.Contains("for (int i = 59; i >= 0; i -= 1) { grad[i] *= after0; after0 *= x[i]; }", gradientMethod);
        Assert.True(gradientMethod.Split('\n').Length < 20, gradientMethod);

        var type = CompileWithRoslyn(source, "Product");
        var valueAndGradient = type.GetMethod("ValueAndGradient")!.CreateDelegate<Func<double[], double[], double>>();
        var point = names.Select((_, i) => 0.9 + 0.2 * ((i * 0.618) % 1)).ToArray();
        var expectedGradient = new double[names.Count];
        var gradient = new double[names.Count];
        Assert.Equal(Compiler.ValueAndGradient(f)(point, expectedGradient), valueAndGradient(point, gradient));
        Assert.Equal(expectedGradient, gradient);
    }

    [Fact]
    public void EmittedSource_NamesOneLocalPerSharedNode()
    {
        var source = CSharpEmitter.EmitCSharp(Expressions.Parse("sin(x)^2 + sin(x)"), ["x"], "Model");
        var valueMethod = source[source.IndexOf("Value(double[] x)", StringComparison.Ordinal)..source.IndexOf("ValueAndGradient", StringComparison.Ordinal)];
        Assert.Contains("double t0 = x[0]; // x", valueMethod);
        Assert.Contains("double t1 = Math.Sin(t0);", valueMethod);
        Assert.Equal(1, valueMethod.Split("Math.Sin").Length - 1);
    }

    [Fact]
    public void EmittedSource_StableSigmoidAndSoftplus_AreFiniteAtLargeArguments()
    {
        var type = CompileWithRoslyn(CSharpEmitter.EmitCSharp(Expressions.Parse("sigmoid(x) + softplus(y)"), ["x", "y"], "Stable"), "Stable");
        var value = type.GetMethod("Value")!.CreateDelegate<Func<double[], double>>();
        Assert.Equal(1.0 + 1000.0, value([1000, 1000]));
        Assert.Equal(0.0, value([-1000, -1000]));
    }

    [Fact]
    public void EveryHelperOfTheFunctionTable_HasCSharpSource()
    {
        var helpers = FunctionTable.All.Where(r => r.Method is { } m && m.DeclaringType != typeof(Math)).Select(r => r.Method!.Name);
        foreach (var name in helpers) Assert.Contains(name, CSharpEmitter.HelperNames);
    }

    /// <summary>Large, tail and special arguments, where a restated kernel is most likely to drift.</summary>
    private static readonly double[] EdgeArguments =
        [-1e300, -1000, -40, -20, -1, -1e-20, -0.0, 0, 1e-20, 0.5, 1, 20, 40, 1000, 1e300,
         double.NaN, double.NegativeInfinity, double.PositiveInfinity];

    [Fact]
    public void EmittedSource_AgreesBitForBitWithTheDelegates_ForEveryFunctionOfTheTable_AtLargeTailAndSpecialArguments()
    {
        var rows = FunctionTable.All.Where(r => !r.IsSugar).ToList();
        var x = Expr.Var("x");
        var y = Expr.Var("y");
        var formulas = rows.Select(r => r.Arity == 1 ? Expr.Apply(r, x) : Expr.Apply(r, x, y)).ToList();
        // One Roslyn compilation for the whole table: a class per function.
        var classes = CompileWithRoslyn(formulas.Select((f, k) => CSharpEmitter.EmitCSharp(f, ["x", "y"], $"Row{k}")).ToArray());
        var checkedCount = 0;
        for (var k = 0; k < rows.Count; k++)
        {
            var type = classes.Single(t => t.Name == $"Row{k}");
            var value = type.GetMethod("Value")!.CreateDelegate<Func<double[], double>>();
            var valueAndGradient = type.GetMethod("ValueAndGradient")!.CreateDelegate<Func<double[], double[], double>>();
            var compiledValue = Compiler.Value(formulas[k], ["x", "y"]);
            var compiled = Compiler.ValueAndGradient(formulas[k], ["x", "y"]);
            foreach (var a in EdgeArguments)
            foreach (var b in rows[k].Arity == 1 ? [0.5] : EdgeArguments)
            {
                double[] point = [a, b];
                var where = $"{formulas[k]} at x = {a}, y = {b}";
                var expectedGradient = new double[2];
                var gradient = new double[2];
                var expected = compiled(point, expectedGradient);
                AssertSameDouble(compiledValue(point), value(point), where + " (value)");
                AssertSameDouble(expected, valueAndGradient(point, gradient), where + " (value with gradient)");
                AssertSameDouble(expectedGradient[0], gradient[0], where + " (d/dx)");
                AssertSameDouble(expectedGradient[1], gradient[1], where + " (d/dy)");
                checkedCount++;
            }
        }
        Assert.True(checkedCount >= rows.Count * EdgeArguments.Length);
    }

    [Fact]
    public void EmittedSource_WithNullOrShortArrays_ThrowsWhatTheDelegatesThrow()
    {
        var f = Expressions.Parse("(1 - x)^2 + 100*(y - x^2)^2");
        var type = CompileWithRoslyn(CSharpEmitter.EmitCSharp(f, null, "Checked"), "Checked");
        var value = type.GetMethod("Value")!.CreateDelegate<Func<double[], double>>();
        var valueAndGradient = type.GetMethod("ValueAndGradient")!.CreateDelegate<Func<double[], double[], double>>();
        var compiled = Compiler.Value(f);
        var expected = ArrayErrors.AssertTooShort("x", 2, () => compiled([1]));
        Assert.Equal(expected.Message, ArrayErrors.AssertTooShort("x", 2, () => value([1])).Message);
        ArrayErrors.AssertTooShort("x", 2, () => valueAndGradient([1], new double[2]));
        ArrayErrors.AssertTooShort("grad", 2, () => valueAndGradient([1, 2], new double[1]));
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => value(null!)).ParamName);
        Assert.Equal("grad", Assert.Throws<ArgumentNullException>(() => valueAndGradient([1, 2], null!)).ParamName);
    }

    [Fact]
    public void EmittedSoftplus_KeepsTheTailThatLogOfOnePlusWouldRoundAway()
    {
        var type = CompileWithRoslyn(CSharpEmitter.EmitCSharp(Expressions.Parse("softplus(x)"), ["x"], "Tail"), "Tail");
        var value = type.GetMethod("Value")!.CreateDelegate<Func<double[], double>>();
        Assert.Equal(SymbolicMath.Softplus(-40), value([-40]));
        Assert.Equal(4.248354255291589e-18, value([-40]), 1e-30);
    }

    // The same double: bit for bit, except that any NaN equals any NaN.
    private static void AssertSameDouble(double expected, double actual, string where)
    {
        if (double.IsNaN(expected) && double.IsNaN(actual)) return;
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
            $"{where}: delegate {expected:R}, emitted C# {actual:R}");
    }

    internal static Type CompileWithRoslyn(string source, string className) =>
        CompileWithRoslyn([source]).Single(t => t.Name == className);

    private static Type[] CompileWithRoslyn(string[] sources)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Emitted" + Guid.NewGuid().ToString("N"),
            sources.Select(source => CSharpSyntaxTree.ParseText(source)), references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics) + "\n" + string.Join("\n", sources));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        return assembly.GetTypes();
    }
}
