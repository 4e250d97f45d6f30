using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

/// <summary>
/// Misused arrays get a clear error naming the length needed, never an index or null-reference error from compiled
/// code; NaN and infinite inputs get IEEE results, the same as the interpreter's.
/// </summary>
public class BadInputTests
{
    private static readonly Expr Rosenbrock = Expressions.Parse("(1 - x)^2 + 100*(y - x^2)^2");

    [Fact]
    public void ScalarDelegates_WithNullOrShortArrays_NameTheLengthNeeded()
    {
        var gradientFunction = Compiler.ValueAndGradient(Rosenbrock);
        var jvp = Compiler.Jvp(Rosenbrock);
        var hessian = Compiler.Hessian(Rosenbrock);
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => gradientFunction(null!, new double[2])).ParamName);
        ArrayErrors.AssertTooShort("x", 2, () => gradientFunction([1], new double[2]));
        ArrayErrors.AssertTooShort("gradient", 2, () => gradientFunction([1, 2], new double[1]));
        ArrayErrors.AssertTooShort("direction", 2, () => jvp([1, 2], [1]));
        ArrayErrors.AssertTooShort("hessian", 4, () => hessian([1, 2], new double[3]));
    }

    [Fact]
    public void Batch_WithPointsPastTheEndOfAnArray_NamesTheArrayAndTheLengthNeeded()
    {
        var batch = Compiler.BatchValueAndGradient(Rosenbrock);
        var error = Assert.Throws<ArgumentException>(() => batch(new double[20], new double[10], new double[14], 3, 5));
        Assert.Equal("gradients", error.ParamName);
        Assert.StartsWith("gradients has 14 elements, too few for offset + count points (2 per point: 16 needed)", error.Message);
        error = Assert.Throws<ArgumentException>(() => Compiler.BatchValue(Rosenbrock)(new double[20], new double[10], 8, 3));
        Assert.Equal("points", error.ParamName);
        Assert.StartsWith("points has 20 elements, too few for offset + count points (2 per point: 22 needed)", error.Message);
        error = Assert.Throws<ArgumentException>(() => Compiler.BatchValue(Rosenbrock)(new double[20], new double[10], 2, int.MaxValue));
        Assert.Equal("points", error.ParamName);
    }

    [Fact]
    public void ParallelBatch_WithAShortArray_ThrowsTheBatchError_NotAnAggregate()
    {
        var batch = Compiler.BatchValue(Rosenbrock);
        var error = Assert.Throws<ArgumentException>(() => ParallelBatch.Values(batch, new double[100], new double[100], chunkSize: 10));
        Assert.Equal("points", error.ParamName);
    }

    public static TheoryData<string> Rows() => [.. FunctionTable.All.Where(r => !r.IsSugar).Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Delegates_AtNaNAndInfiniteInputs_GiveTheInterpretersIeeeResults(string name)
    {
        var row = FunctionTable.Get(name);
        var f = row.Arity == 1 ? Expr.Apply(row, Expr.Var("x")) : Expr.Apply(row, Expr.Var("x"), Expr.Var("y"));
        var value = Compiler.Value(f, ["x", "y"]);
        var valueAndGradient = Compiler.ValueAndGradient(f, ["x", "y"]);
        var gradient = Calculus.Gradient(f, [Expr.Var("x"), Expr.Var("y")]);
        double[] specials = [double.NaN, double.NegativeInfinity, double.PositiveInfinity, 1.5];
        foreach (var a in specials)
        foreach (var b in specials)
        {
            var bindings = new Dictionary<string, double> { ["x"] = a, ["y"] = b };
            var expected = Evaluator.Evaluate(f, bindings);
            var computed = new double[2];
            Same(expected, value([a, b]), $"{f} at ({a}, {b})");
            Same(expected, valueAndGradient([a, b], computed), $"{f} at ({a}, {b})");
            for (var k = 0; k < 2; k++) Same(Evaluator.Evaluate(gradient[k], bindings), computed[k], $"d{f}/d{"xy"[k]} at ({a}, {b})");
        }
    }

    private static void Same(double expected, double actual, string where)
    {
        if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual), $"{where}: expected NaN, got {actual}");
        else Assert.True(expected == actual, $"{where}: expected {expected}, got {actual}");
    }
}
