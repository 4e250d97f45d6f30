using Symbolic.Codegen.Simd;

namespace Symbolic.Codegen.Tests.Simd;

/// <summary>
/// The vector batch (both widths, forced, so these run on any machine) against the scalar batch: the same values
/// to the kernels' ulp bounds, every point written once including the scalar tail, NaN and infinite inputs giving
/// the same IEEE results, and the same clear errors for bad arguments.
/// </summary>
public class SimdBatchTests
{
    public static TheoryData<BatchWidth> Widths() => [BatchWidth.Scalar, BatchWidth.Vector256, BatchWidth.Vector512, BatchWidth.Auto];

    public static TheoryData<BatchWidth> VectorWidths() => [BatchWidth.Vector256, BatchWidth.Vector512];

    private static readonly string[] Functions =
    [
        "100*(y - x^2)^2 + (1 - x)^2",
        "sin(x)*exp(y) + tanh(x*y)",
        "sigmoid(x - y)*softplus(x) + atan(y)/cosh(x) + cbrt(x*y) + log(1 + x^2)*sqrt(y^2 + 1)",
        "x^2.5*abs(y) + max(x, y) - relu(y) + step(x)*sign(y) + asinh(x) - atan2(y, x) + tan(x)/3",
    ];

    private static double[] RandomPoints(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, 2 * count).Select(_ => random.NextDouble() * 6 - 3).ToArray();
    }

    // Kernel errors of a few ulps, carried through a handful of operations on values of order 1…1e3.
    private static void AssertClose(double expected, double actual, string what)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected)) { Assert.Equal(expected, actual); return; }
        Assert.True(Math.Abs(expected - actual) <= 1e-13 * Math.Max(1, Math.Abs(expected)), $"{what}: scalar {expected:R}, vector {actual:R}");
    }

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void VectorBatch_EqualsScalarBatch_IncludingTheTail(BatchWidth width)
    {
        const int count = 1003; // not a multiple of 4 or 8: the last points take the scalar loop
        var points = RandomPoints(count, 7);
        foreach (var text in Functions)
        {
            var f = Expressions.Parse(text);
            var expectedValues = new double[count];
            var expectedGradients = new double[2 * count];
            Compiler.BatchValueAndGradient(f, ["x", "y"], BatchWidth.Scalar)(points, expectedValues, expectedGradients, 0, count);
            var values = new double[count];
            var gradients = new double[2 * count];
            Compiler.BatchValueAndGradient(f, ["x", "y"], width)(points, values, gradients, 0, count);
            var onlyValues = new double[count];
            Compiler.BatchValue(f, ["x", "y"], width)(points, onlyValues, 0, count);
            for (var i = 0; i < count; i++)
            {
                AssertClose(expectedValues[i], values[i], $"{text} at point {i}");
                AssertClose(expectedValues[i], onlyValues[i], $"{text} (value only) at point {i}");
                AssertClose(expectedGradients[2 * i], gradients[2 * i], $"∂/∂x of {text} at point {i}");
                AssertClose(expectedGradients[2 * i + 1], gradients[2 * i + 1], $"∂/∂y of {text} at point {i}");
            }
        }
    }

    public static TheoryData<string, int> RolledFunctions() => new()
    {
        // A rolled sum whose loop also accumulates the gradient.
        { "sin(x[i])*exp(x[i+1])", 24 },
        // Gradient components stored from a loop (Rosenbrock's inner partials).
        { "100*(x[i+1] - x[i]^2)^2 + (1 - x[i])^2", 24 },
        // A product of many variables: its gradient by two sweeps.
        { "x[i]", 20 },
    };

    [Theory]
    [MemberData(nameof(RolledFunctions))]
    public void VectorBatch_OfLoopsAndSweeps_EqualsScalarBatch(string term, int n)
    {
        var names = Enumerable.Range(0, n).Select(i => $"x{i}").ToArray();
        var isProduct = term == "x[i]";
        var terms = Enumerable.Range(0, isProduct ? n : n - 1)
            .Select(i => "(" + term.Replace("x[i+1]", $"x{i + 1}").Replace("x[i]", $"x{i}") + ")");
        var f = Expressions.Parse(string.Join(isProduct ? "*" : " + ", terms));
        const int count = 37;
        var random = new Random(n);
        var points = Enumerable.Range(0, n * count).Select(_ => random.NextDouble() * 1.6 - 0.3).ToArray();
        var expected = new double[count];
        var expectedGradients = new double[n * count];
        Compiler.BatchValueAndGradient(f, names, BatchWidth.Scalar)(points, expected, expectedGradients, 0, count);
        foreach (var width in new[] { BatchWidth.Vector256, BatchWidth.Vector512 })
        {
            var values = new double[count];
            var gradients = new double[n * count];
            Compiler.BatchValueAndGradient(f, names, width)(points, values, gradients, 0, count);
            for (var i = 0; i < count; i++) AssertClose(expected[i], values[i], $"{width}: f at point {i}");
            for (var k = 0; k < n * count; k++) AssertClose(expectedGradients[k], gradients[k], $"{width}: ∂f/∂x{k % n} at point {k / n}");
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Batch_WithOffsetAndCount_WritesExactlyThosePoints(BatchWidth width)
    {
        var f = Expressions.Parse("sin(x)*exp(y) + tanh(x*y)");
        var points = RandomPoints(40, 3);
        var single = Compiler.ValueAndGradient(f, ["x", "y"]);
        foreach (var (offset, count) in new[] { (0, 40), (3, 17), (5, 8), (39, 1), (7, 0), (1, 32) })
        {
            var values = new double[40];
            var gradients = new double[80];
            Compiler.BatchValueAndGradient(f, ["x", "y"], width)(points, values, gradients, offset, count);
            for (var i = 0; i < 40; i++)
            {
                var inside = i >= offset && i < offset + count;
                var gradient = new double[2];
                var expected = inside ? single([points[2 * i], points[2 * i + 1]], gradient) : 0;
                AssertClose(expected, values[i], $"value {i} of ({offset}, {count})");
                AssertClose(gradient[0], gradients[2 * i], $"∂/∂x {i} of ({offset}, {count})");
                AssertClose(gradient[1], gradients[2 * i + 1], $"∂/∂y {i} of ({offset}, {count})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void NaNAndInfiniteInputs_GiveTheScalarPathsIeeeResults(BatchWidth width)
    {
        double[] specials = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, 1e-310, 800, -800];
        var points = specials.SelectMany(x => specials.SelectMany(y => new[] { x, y })).ToArray();
        var count = points.Length / 2;
        foreach (var text in Functions)
        {
            var f = Expressions.Parse(text);
            var expected = new double[count];
            var expectedGradients = new double[2 * count];
            Compiler.BatchValueAndGradient(f, ["x", "y"], BatchWidth.Scalar)(points, expected, expectedGradients, 0, count);
            var values = new double[count];
            var gradients = new double[2 * count];
            Compiler.BatchValueAndGradient(f, ["x", "y"], width)(points, values, gradients, 0, count);
            for (var i = 0; i < count; i++)
            {
                var at = $"{text} at ({points[2 * i]}, {points[2 * i + 1]})";
                AssertClose(expected[i], values[i], at);
                AssertClose(expectedGradients[2 * i], gradients[2 * i], "∂/∂x of " + at);
                AssertClose(expectedGradients[2 * i + 1], gradients[2 * i + 1], "∂/∂y of " + at);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void BadArguments_AreClearArgumentErrors(BatchWidth width)
    {
        var f = Expressions.Parse("x*y");
        var value = Compiler.BatchValue(f, ["x", "y"], width);
        var both = Compiler.BatchValueAndGradient(f, ["x", "y"], width);
        double[] points = new double[20], values = new double[10], gradients = new double[20];
        Assert.Equal("points", Assert.Throws<ArgumentException>(() => value(new double[19], values, 0, 10)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => value(points, new double[9], 0, 10)).ParamName);
        Assert.Equal("gradients", Assert.Throws<ArgumentException>(() => both(points, values, new double[19], 0, 10)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentException>(() => value(points, values, 9, 2)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => value(points, values, -1, 2)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => both(points, values, gradients, 0, -1)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentException>(() => value(points, values, int.MaxValue, 1)).ParamName);
        Assert.Throws<ArgumentNullException>(() => value(null!, values, 0, 1));
        Assert.Throws<ArgumentNullException>(() => both(points, values, null!, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Compiler.BatchValue(f, ["x", "y"], (BatchWidth)42));
    }

    [Fact]
    public void ParallelBatch_OverTheVectorBatch_EqualsOneCall()
    {
        const int count = 50_003;
        var f = Expressions.Parse("sin(x)*exp(y) + tanh(x*y)");
        var points = RandomPoints(count, 11);
        var batch = Compiler.BatchValueAndGradient(f, ["x", "y"], BatchWidth.Vector512);
        double[] serial = new double[count], serialGradients = new double[2 * count];
        double[] parallel = new double[count], parallelGradients = new double[2 * count];
        batch(points, serial, serialGradients, 0, count);
        ParallelBatch.ValuesAndGradients(batch, points, parallel, parallelGradients, chunkSize: 1001);
        Assert.Equal(serial, parallel);
        Assert.Equal(serialGradients, parallelGradients);
    }

    [Fact]
    public void ExpressionsBeyondTheVectorSizeLimit_StillEvaluate()
    {
        var terms = Enumerable.Range(0, 3 * MethodSplitter.StatementsPerChunk).Select(i => $"sin({i}*x + y)");
        var f = Expressions.Parse(string.Join(" + ", terms));
        var points = RandomPoints(9, 5);
        var expected = new double[9];
        var values = new double[9];
        Compiler.BatchValue(f, ["x", "y"], BatchWidth.Scalar)(points, expected, 0, 9);
        Compiler.BatchValue(f, ["x", "y"], BatchWidth.Vector512)(points, values, 0, 9);
        Assert.Equal(expected, values);
    }
}
