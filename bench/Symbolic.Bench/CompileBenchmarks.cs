using BenchmarkDotNet.Attributes;
using Symbolic.Codegen;

namespace Symbolic.Bench;

/// <summary>Compile time of a 10,000-node expression, and parse + gradient + compile of corpus functions (warm).</summary>
public class CompileTime
{
    private Expr tenThousandNodes = null!;

    [GlobalSetup]
    public void Setup()
    {
        // 2,000 distinct terms sin(i*x_k)*(i + y): about 10,000 distinct nodes.
        var x = Enumerable.Range(0, 20).Select(i => Expr.Var($"x{i}")).ToArray();
        tenThousandNodes = Expr.Add(Enumerable.Range(1, 2_000).Select(i => Expr.Apply("sin", Expr.Num(i) * x[i % 20]) * (Expr.Num(i) + Expr.Var("y"))));
        if (tenThousandNodes.CountNodes() < 10_000) throw new InvalidOperationException($"only {tenThousandNodes.CountNodes()} nodes");
    }

    [Benchmark]
    public Func<double[], double> CompileValue10kNodes() => Compiler.Value(tenThousandNodes);

    [Benchmark]
    public GradientFunction GradientBuildRosenbrockN1000() => Compiler.ValueAndGradient(Expressions.Parse(Corpus.Expr("rosenbrock_n1000")));

    [Benchmark]
    public GradientFunction GradientBuildProductN100() => Compiler.ValueAndGradient(Expressions.Parse(Corpus.Expr("product_n100")));
}
