using BenchmarkDotNet.Attributes;
using Symbolic.Codegen;

namespace Symbolic.Bench;

/// <summary>
/// Time to gradient and time to compile value+gradient for each scale family at n = 10 … 10,000. Node counts of f
/// and of the gradient DAG are printed by <c>--scale-table</c> (<see cref="ScaleTable"/>), which also times one
/// cold run of each step with a stopwatch.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private Expr f = null!;
    private Expr[] variables = null!;
    private string[] names = null!;

    /// <summary>The family, by name (see <see cref="ScaleFamilies.All"/>).</summary>
    [Params("rosenbrock", "sin·exp sum", "sin nested", "squared chain", "product")]
    public string Family { get; set; } = "rosenbrock";

    /// <summary>The size: variables, terms or depth.</summary>
    [Params(10, 100, 1000, 10000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var family = ScaleFamilies.Named(Family);
        if (N > family.MaxN) throw new NotSupportedException($"{Family} is capped at n = {family.MaxN:N0}: {family.Cap}");
        f = Expressions.Parse(family.Text(N));
        names = family.Variables(N);
        variables = names.Select(Expr.Var).ToArray();
    }

    [Benchmark]
    public Expr[] Gradient() => Calculus.Gradient(f, variables);

    [Benchmark]
    public GradientFunction CompileValueAndGradient() => Compiler.ValueAndGradient(f, names);
}
