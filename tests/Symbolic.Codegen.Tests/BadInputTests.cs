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
        Assert.Equal("x must have at least 2 elements", Assert.Throws<SymbolicException>(() => gradientFunction(null!, new double[2])).Message);
        Assert.Equal("gradient must have at least 2 elements", Assert.Throws<SymbolicException>(() => gradientFunction([1, 2], new double[1])).Message);
        Assert.Equal("direction must have at least 2 elements", Assert.Throws<SymbolicException>(() => jvp([1, 2], [1])).Message);
        Assert.Equal("hessian must have at least 4 elements", Assert.Throws<SymbolicException>(() => hessian([1, 2], new double[3])).Message);
    }

    [Theory]
    [InlineData("points")]
    [InlineData("values")]
    [InlineData("gradients")]
    public void Batch_WithANullArray_SaysWhichOne(string which)
    {
        var batch = Compiler.BatchValueAndGradient(Rosenbrock);
        var error = Assert.Throws<SymbolicException>(() => batch(
            which == "points" ? null! : new double[8], which == "values" ? null! : new double[4],
            which == "gradients" ? null! : new double[8], 0, 4));
        Assert.Equal($"{which} must not be null", error.Message);
    }

    [Fact]
    public void Batch_WithPointsPastTheEndOfAnArray_NamesTheLengthNeeded()
    {
        var batch = Compiler.BatchValueAndGradient(Rosenbrock);
        var error = Assert.Throws<SymbolicException>(() => batch(new double[20], new double[10], new double[14], 3, 5));
        Assert.Equal("gradients must have at least 16 elements for offset + count = 8 points (2 per point), got 14", error.Message);
        error = Assert.Throws<SymbolicException>(() => Compiler.BatchValue(Rosenbrock)(new double[20], new double[10], 8, 3));
        Assert.Equal("points must have at least 22 elements for offset + count = 11 points (2 per point), got 20", error.Message);
    }

    [Theory]
    [InlineData(-1, 2, "offset and count must not be negative")]
    [InlineData(2, -1, "offset and count must not be negative")]
    [InlineData(int.MaxValue, 2, "offset + count must be at most int.MaxValue")]
    [InlineData(2, int.MaxValue, "offset + count must be at most int.MaxValue")]
    public void Batch_WithOffsetOrCountOutsideAnyArray_IsAClearError(int offset, int count, string message)
    {
        var batch = Compiler.BatchValue(Rosenbrock);
        Assert.Equal(message, Assert.Throws<SymbolicException>(() => batch(new double[20], new double[10], offset, count)).Message);
    }

    [Fact]
    public void ParallelBatch_WithAShortArray_ThrowsTheBatchError_NotAnAggregate()
    {
        var batch = Compiler.BatchValue(Rosenbrock);
        var error = Assert.Throws<SymbolicException>(() => ParallelBatch.Values(batch, new double[100], new double[100], chunkSize: 10));
        Assert.StartsWith("points must have at least", error.Message);
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
