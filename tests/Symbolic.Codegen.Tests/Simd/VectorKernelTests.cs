using Xunit.Abstractions;
using System.Reflection;
using Symbolic.Codegen.Simd;

namespace Symbolic.Codegen.Tests.Simd;

/// <summary>
/// Every function of the table, and the sqrt and pow the compiler writes for powers, has a vector kernel at both
/// widths, and each kernel stays within its documented ulp bound of the scalar method over the whole double range.
/// </summary>
public class VectorKernelTests(ITestOutputHelper output)
{
    // Compiled square roots call SymbolicMath.Sqrt (sqrt(-0) = +0, the limit from inside the domain).
    private static readonly MethodInfo Sqrt = typeof(SymbolicMath).GetMethod(nameof(SymbolicMath.Sqrt), [typeof(double)])!;
    private static readonly MethodInfo Pow = typeof(Math).GetMethod(nameof(Math.Pow), [typeof(double), typeof(double)])!;

    public static TheoryData<string> ScalarMethods()
    {
        var data = new TheoryData<string>();
        foreach (var f in FunctionTable.All.Where(f => !f.IsSugar)) data.Add(f.Name);
        data.Add("sqrt");
        data.Add("pow");
        return data;
    }

    private static (MethodInfo Method, Func<double[], double> Scalar) Scalar(string name) => name switch
    {
        "sqrt" => (Sqrt, a => SymbolicMath.Sqrt(a[0])),
        "pow" => (Pow, a => Math.Pow(a[0], a[1])),
        _ => (FunctionTable.Get(name).Method!, a => FunctionTable.Get(name).Evaluate(a)),
    };

    [Theory]
    [MemberData(nameof(ScalarMethods))]
    public void Kernel_AtBothWidths_StaysWithinItsUlpBoundOfMath(string name)
    {
        var (method, scalar) = Scalar(name);
        var arity = method.GetParameters().Length;
        var bound = VectorKernels.UlpBound(method.Name);
        // A seed from the name's characters, not string.GetHashCode (randomised per process): every run checks the same arguments.
        var inputs = KernelInputs.All(seed: name.Aggregate(17, (h, c) => h * 31 + c) & 0xffff, count: arity == 1 ? 20_000 : 5_000);
        var second = arity == 1 ? inputs : [.. inputs.Reverse()];
        var worst512 = Worst<Lanes512>(method, scalar, inputs, second, arity, v => new Lanes512(System.Runtime.Intrinsics.Vector512.Create(v)));
        var worst256 = Worst<Lanes256>(method, scalar, inputs, second, arity, v => new Lanes256(System.Runtime.Intrinsics.Vector256.Create(v)));
        output.WriteLine($"{name}: worst {worst512.Ulps:F2} ulps (512) at {worst512.At}; {worst256.Ulps:F2} (256)");
        Assert.True(worst512.Ulps <= bound, $"{name} (512): {worst512.Ulps} ulps at {worst512.At}, bound {bound}");
        Assert.True(worst256.Ulps <= bound, $"{name} (256): {worst256.Ulps} ulps at {worst256.At}, bound {bound}");
    }

    private static (double Ulps, string At) Worst<T>(
        MethodInfo method, Func<double[], double> scalar, double[] first, double[] second, int arity, Func<double[], T> load)
        where T : struct, ISimdLanes<T>
    {
        var kernel = VectorKernels.For(method, typeof(T));
        var unary = arity == 1 ? kernel.CreateDelegate<Func<T, T>>() : null;
        var binary = arity == 2 ? kernel.CreateDelegate<Func<T, T, T>>() : null;
        var worst = (Ulps: 0.0, At: "");
        var lanes = T.Count;
        for (var start = 0; start + lanes <= first.Length; start += lanes)
        {
            var x = first[start..(start + lanes)];
            var y = second[start..(start + lanes)];
            var result = unary is not null ? unary(load(x)) : binary!(load(x), load(y));
            for (var i = 0; i < lanes; i++)
            {
                double[] args = arity == 1 ? [x[i]] : [x[i], y[i]];
                var ulps = UlpDistance.Between(result[i], scalar(args));
                if (ulps > worst.Ulps) worst = (ulps, $"({string.Join(", ", args.Select(a => a.ToString("R")))}) = {result[i]:R}, Math: {scalar(args):R}");
            }
        }
        return worst;
    }

    [Fact]
    public void EveryTableFunction_HasAKernel()
    {
        var missing = FunctionTable.All.Where(f => !f.IsSugar && !VectorKernels.Has(f.Method!)).Select(f => f.Name).ToList();
        Assert.Empty(missing);
    }
}
