using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

public class BatchTests
{
    private static readonly Expr Rosenbrock = Expressions.Parse("100*(y - x^2)^2 + (1 - x)^2");

    private static double[] RandomPoints(int count, int dimension, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count * dimension).Select(_ => random.NextDouble() * 4 - 2).ToArray();
    }

    [Fact]
    public void BatchValue_EqualsTheValueAtEachPoint()
    {
        var points = RandomPoints(1000, 2, 1);
        var values = new double[1000];
        Compiler.BatchValue(Rosenbrock)(points, values, 0, 1000);
        var single = Compiler.Value(Rosenbrock);
        for (var i = 0; i < 1000; i++) Assert.Equal(single([points[2 * i], points[2 * i + 1]]), values[i]);
    }

    [Fact]
    public void BatchValue_WithOffsetAndCount_WritesOnlyThoseSlots()
    {
        var points = RandomPoints(10, 2, 2);
        var values = new double[10];
        Compiler.BatchValue(Rosenbrock)(points, values, 3, 4);
        var single = Compiler.Value(Rosenbrock);
        for (var i = 0; i < 10; i++)
            Assert.Equal(i is >= 3 and < 7 ? single([points[2 * i], points[2 * i + 1]]) : 0, values[i]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 0)]
    [InlineData(9, 1)]
    public void Batch_OfNoPointsOrTheLastOne_WritesOnlyThoseSlots(int offset, int count)
    {
        var points = RandomPoints(10, 2, 3);
        var values = new double[10];
        var gradients = new double[20];
        Compiler.BatchValue(Rosenbrock)(points, values, offset, count);
        Compiler.BatchValueAndGradient(Rosenbrock)(points, values, gradients, offset, count);
        var single = Compiler.ValueAndGradient(Rosenbrock);
        for (var i = 0; i < 10; i++)
        {
            var gradient = new double[2];
            var expected = i >= offset && i < offset + count ? single([points[2 * i], points[2 * i + 1]], gradient) : 0;
            Assert.Equal(expected, values[i]);
            Assert.Equal(gradient, gradients[(2 * i)..(2 * i + 2)]);
        }
    }

    [Fact]
    public void BatchValue_PastTheEndOfThePoints_IsAClearError()
    {
        var batch = Compiler.BatchValue(Rosenbrock);
        var error = Assert.Throws<ArgumentException>(() => batch(new double[10], new double[10], 3, 4));
        Assert.Equal("points", error.ParamName);
    }

    [Fact]
    public void BatchValueAndGradient_EqualsValueAndGradientAtEachPoint()
    {
        var points = RandomPoints(500, 2, 3);
        var values = new double[500];
        var gradients = new double[1000];
        Compiler.BatchValueAndGradient(Rosenbrock)(points, values, gradients, 0, 500);
        var single = Compiler.ValueAndGradient(Rosenbrock);
        var gradient = new double[2];
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(single([points[2 * i], points[2 * i + 1]], gradient), values[i]);
            Assert.Equal(gradient, gradients[(2 * i)..(2 * i + 2)]);
        }
    }

    [Fact]
    public void ParallelBatch_EqualsSerialBatch()
    {
        const int count = 100_003;
        var points = RandomPoints(count, 2, 4);
        var serial = new double[count];
        var parallel = new double[count];
        var batch = Compiler.BatchValue(Rosenbrock);
        batch(points, serial, 0, count);
        ParallelBatch.Values(batch, points, parallel, chunkSize: 1000);
        Assert.Equal(serial, parallel);

        var gradientBatch = Compiler.BatchValueAndGradient(Rosenbrock);
        var serialGradients = new double[2 * count];
        var parallelGradients = new double[2 * count];
        gradientBatch(points, serial, serialGradients, 0, count);
        ParallelBatch.ValuesAndGradients(gradientBatch, points, parallel, parallelGradients, chunkSize: 777);
        Assert.Equal(serial, parallel);
        Assert.Equal(serialGradients, parallelGradients);
    }
}
