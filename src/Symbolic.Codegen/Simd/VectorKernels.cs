using System.Reflection;
using System.Runtime.CompilerServices;

namespace Symbolic.Codegen.Simd;

/// <summary>
/// The vector form of every function in the function table, generic over the vector width. A kernel has the name
/// of the scalar method the table compiles to (<c>Math.Sin</c> → <see cref="Sin{T}"/>, <c>SymbolicMath.Sigmoid</c>
/// → <c>Sigmoid</c>), so the table stays the one place a function is declared; <see cref="For"/> finds the kernel
/// by that name and fails at start-up when one is missing. Where .NET has vector math (exp, log, log2, sin, cos,
/// sqrt, abs, max, min) it is used directly; the rest are written here, one family per file, each within a few
/// ulps of <see cref="Math"/> (the bounds are in <see cref="UlpBound"/> and checked by a test over the table).
/// </summary>
internal static partial class VectorKernels
{
    private static readonly Dictionary<(string Name, int Arity), MethodInfo> ByName =
        typeof(VectorKernels).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.IsGenericMethodDefinition)
            .ToDictionary(m => (m.Name, m.GetParameters().Length));

    /// <summary>
    /// The kernel for the scalar <paramref name="scalar"/> (a <see cref="Math"/> or <see cref="SymbolicMath"/>
    /// method the function table or the compiler calls), over the lanes type <paramref name="lanes"/>.
    /// </summary>
    public static MethodInfo For(MethodInfo scalar, Type lanes) =>
        ByName.TryGetValue((scalar.Name, scalar.GetParameters().Length), out var kernel)
            ? kernel.MakeGenericMethod(lanes)
            : throw new InvalidOperationException($"no vector kernel for {scalar.DeclaringType?.Name}.{scalar.Name}");

    /// <summary>True when there is a kernel for <paramref name="scalar"/>.</summary>
    public static bool Has(MethodInfo scalar) => ByName.ContainsKey((scalar.Name, scalar.GetParameters().Length));

    /// <summary>
    /// The largest distance, in units in the last place of the <see cref="Math"/> result, the kernel named
    /// <paramref name="name"/> may be from it (0: the same bits). Documented in the README.
    /// </summary>
    public static int UlpBound(string name) => name switch
    {
        nameof(Abs) or nameof(Max) or nameof(Min) or nameof(Sqrt) or nameof(Relu) or nameof(Step) or nameof(Sign)
            or nameof(Pow) or nameof(ReciprocalSqrt) or nameof(CubeRootPow) or nameof(OddPow) or nameof(EvenPow) => 0,
        nameof(Sin) or nameof(Cos) => 2,
        // .NET's Vector512.Log2 is 5 ulps from Math.Log2 at 1.342551517925482 (found over 65,536 seeds of the
        // test's inputs; log(x)·log2(e) is no closer there).
        nameof(Log2) => 5,
        nameof(Softplus) or nameof(Sigmoid) => 6,
        _ => 4,
    };

    // .NET's own vector math.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Exp<T>(T x) where T : struct, ISimdLanes<T> => T.Exp(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Log<T>(T x) where T : struct, ISimdLanes<T> => T.Log(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Log2<T>(T x) where T : struct, ISimdLanes<T> => T.Log2(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Sin<T>(T x) where T : struct, ISimdLanes<T> => T.Sin(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Cos<T>(T x) where T : struct, ISimdLanes<T> => T.Cos(x);
    // Adding +0 first makes sqrt(-0) +0, as SymbolicMath.Sqrt does (the limit from inside the domain).
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Sqrt<T>(T x) where T : struct, ISimdLanes<T> => T.Sqrt(x + T.Create(0.0));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T ReciprocalSqrt<T>(T x) where T : struct, ISimdLanes<T> => T.Create(1.0) / T.Sqrt(x + T.Create(0.0));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Abs<T>(T x) where T : struct, ISimdLanes<T> => T.Abs(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Max<T>(T x, T y) where T : struct, ISimdLanes<T> => T.Max(x, y);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Min<T>(T x, T y) where T : struct, ISimdLanes<T> => T.Min(x, y);

    // Real powers of negative bases (odd roots, even powers of roots) follow SymbolicMath's one convention, lane by lane.
    public static T CubeRootPow<T>(T x, T p) where T : struct, ISimdLanes<T> => Lanewise(x, p, SymbolicMath.CubeRootPow);
    public static T OddPow<T>(T x, T y) where T : struct, ISimdLanes<T> => Lanewise(x, y, SymbolicMath.OddPow);
    public static T EvenPow<T>(T x, T y) where T : struct, ISimdLanes<T> => Lanewise(x, y, SymbolicMath.EvenPow);

    /// <summary>Applies a scalar function lane by lane: exact, for the few cases without a vector kernel.</summary>
    internal static T Lanewise<T>(T x, Func<double, double> f) where T : struct, ISimdLanes<T>
    {
        Span<double> lanes = stackalloc double[T.Count];
        for (var i = 0; i < lanes.Length; i++) lanes[i] = f(x[i]);
        return T.FromLanes(lanes);
    }

    /// <summary>Applies a scalar function of two arguments lane by lane.</summary>
    internal static T Lanewise<T>(T x, T y, Func<double, double, double> f) where T : struct, ISimdLanes<T>
    {
        Span<double> lanes = stackalloc double[T.Count];
        for (var i = 0; i < lanes.Length; i++) lanes[i] = f(x[i], y[i]);
        return T.FromLanes(lanes);
    }
}
