using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

/// <summary>
/// Functions the table declares fusable (sin and cos of one argument) are computed by one call, and a rolled sum's
/// gradient is accumulated in the loop that computes its terms, so each copy's shared values are computed once.
/// </summary>
public class FusedCallTests
{
    [Fact]
    public void EveryFusedPairOfTheTable_ComputesBitForBitWhatItsTwoFunctionsCompute()
    {
        Assert.NotEmpty(FunctionTable.FusedPairs);
        var random = new Random(5);
        double[] special = [0, -0.0, 1e-300, 1e300, -1e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e22, Math.PI];
        var arguments = special.Concat(Enumerable.Range(0, 10_000).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 20))));
        foreach (var pair in FunctionTable.FusedPairs)
        foreach (var u in arguments)
        {
            var (first, second) = ((double, double))pair.Method.Invoke(null, [u])!;
            Assert.Equal(BitConverter.DoubleToInt64Bits(pair.First.Evaluate([u])), BitConverter.DoubleToInt64Bits(first));
            Assert.Equal(BitConverter.DoubleToInt64Bits(pair.Second.Evaluate([u])), BitConverter.DoubleToInt64Bits(second));
        }
    }

    [Fact]
    public void SinAndCosOfOneArgument_AreOneSinCosCall()
    {
        var lambda = Compiler.ValueLambda(Expressions.Parse("sin(x*y)*cos(x*y) + cos(x) - sin(y)"));
        Assert.Equal(1, MethodCallCounter.Count(lambda, nameof(Math.SinCos)));
        Assert.Equal(1, MethodCallCounter.Count(lambda, nameof(Math.Sin)));
        Assert.Equal(1, MethodCallCounter.Count(lambda, nameof(Math.Cos)));
        var u = 1.5 * 0.4;
        Assert.Equal(Math.Sin(u) * Math.Cos(u) + Math.Cos(1.5) - Math.Sin(0.4), lambda.Compile()([1.5, 0.4]), 14);
    }

    [Fact]
    public void NestedSineGradient_IsOneSinCosPerLevel()
    {
        var f = Expressions.Parse(string.Concat(Enumerable.Repeat("sin(", 50)) + "x" + new string(')', 50));
        var source = CSharpEmitter.EmitCSharp(f, ["x"], "Nested");
        var gradientMethod = source[source.IndexOf("ValueAndGradient(double[] x", StringComparison.Ordinal)..];
        Assert.Equal(50, gradientMethod.Split("Math.SinCos(").Length - 1);
        Assert.Equal(0, gradientMethod.Split("Math.Sin(").Length - 1);
        Assert.Equal(0, gradientMethod.Split("Math.Cos(").Length - 1);
        CompiledGradientCheck.AgreesWithTheInterpreter(f, random => random.NextDouble() * 3 - 1.5, seed: 11);
    }

    [Fact]
    public void SinExpSumGradient_IsOneLoopWithOneSinCosAndOneExp()
    {
        var f = Expr.Add(Enumerable.Range(0, 200).Select(i => Expr.Apply("sin", Expr.Var($"x{i}")) * Expr.Apply("exp", Expr.Var($"x{i + 1}"))));
        var source = CSharpEmitter.EmitCSharp(f, null, "SinExp");
        var gradientMethod = source[source.IndexOf("ValueAndGradient(double[] x", StringComparison.Ordinal)..];
        // One loop adds each term to f, writes grad[i] and hands the partial for x[i+1] on to the next step in a
        // local: no zero fill, and no element stored by one step and read back by the next.
        Assert.Equal(1, gradientMethod.Split("for (int i = ").Length - 1);
        Assert.Equal(1, gradientMethod.Split("Math.SinCos(").Length - 1);
        Assert.Equal(1, gradientMethod.Split("Math.Exp(").Length - 1);
        Assert.Contains("grad[i] = carry0 + ", gradientMethod);
        Assert.Contains("carry0 = 0.0 + ", gradientMethod);
        Assert.Contains("grad[200] = carry0;", gradientMethod);
        Assert.DoesNotContain("grad[i + 1]", gradientMethod);
        CompiledGradientCheck.AgreesWithTheInterpreter(f, random => random.NextDouble() * 2 - 1, seed: 12);
    }

    [Fact]
    public void ScatteredGradient_AddsTheRestOfTheSumToTheLoopsPartials()
    {
        // Terms in a run, a term outside it that shares variables with the run, and a constant.
        var x = (int i) => Expr.Var($"x{i}");
        var f = Expr.Add([.. Enumerable.Range(0, 30).Select(i => Expr.Pow(x(i + 1) - Expr.Apply("tanh", x(i)), 2)),
            Expr.Apply("cos", x(0) * x(30)), 3 * x(15), Expr.Num(7)]);
        CompiledGradientCheck.AgreesWithTheInterpreter(f, random => random.NextDouble() * 2 - 1, seed: 13);
        var batch = Compiler.BatchValueAndGradient(f);
        var single = Compiler.ValueAndGradient(f);
        var points = Enumerable.Range(0, 3 * 31).Select(k => Math.Sin(k)).ToArray();
        var values = new double[3];
        var gradients = new double[3 * 31];
        batch(points, values, gradients, 0, 3);
        for (var p = 0; p < 3; p++)
        {
            var gradient = new double[31];
            Assert.Equal(single(points[(31 * p)..(31 * p + 31)], gradient), values[p]);
            Assert.Equal(gradient, gradients[(31 * p)..(31 * p + 31)]);
        }
    }
}
