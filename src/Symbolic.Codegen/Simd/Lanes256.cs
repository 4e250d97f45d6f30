using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Symbolic.Codegen.Simd;

/// <summary>
/// <see cref="ISimdLanes{TSelf}"/> over <see cref="Vector256{T}"/> of <see cref="double"/>. It mirrors
/// <see cref="Lanes512"/> line for line because .NET's vector types share no public generic interface (its
/// <c>ISimdVector</c> is internal), so each width needs its own one-line forwarding of each operation; everything
/// built on top, the kernels and the batch loops, is written once over <see cref="ISimdLanes{TSelf}"/>.
/// </summary>
internal readonly struct Lanes256(Vector256<double> value) : ISimdLanes<Lanes256>
{
    public Vector256<double> Value { get; } = value;

    public static int Count => Vector256<double>.Count;
    public double this[int index] => Value.GetElement(index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Create(double value) => new(Vector256.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 operator +(Lanes256 left, Lanes256 right) => new(left.Value + right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 operator -(Lanes256 left, Lanes256 right) => new(left.Value - right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 operator *(Lanes256 left, Lanes256 right) => new(left.Value * right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 operator /(Lanes256 left, Lanes256 right) => new(left.Value / right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 operator -(Lanes256 operand) => new(-operand.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 operator &(Lanes256 left, Lanes256 right) => new(left.Value & right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 operator |(Lanes256 left, Lanes256 right) => new(left.Value | right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 operator ~(Lanes256 operand) => new(~operand.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 FusedMultiplyAdd(Lanes256 left, Lanes256 right, Lanes256 addend) =>
        new(Vector256.FusedMultiplyAdd(left.Value, right.Value, addend.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Abs(Lanes256 x) => new(Vector256.Abs(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Sqrt(Lanes256 x) => new(Vector256.Sqrt(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Exp(Lanes256 x) => new(Vector256.Exp(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Log(Lanes256 x) => new(Vector256.Log(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Log2(Lanes256 x) => new(Vector256.Log2(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Sin(Lanes256 x) => new(Vector256.Sin(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Cos(Lanes256 x) => new(Vector256.Cos(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static (Lanes256 Sin, Lanes256 Cos) SinCos(Lanes256 x)
    {
        var (sin, cos) = Vector256.SinCos(x.Value);
        return (new(sin), new(cos));
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Round(Lanes256 x) => new(Vector256.Round(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Max(Lanes256 left, Lanes256 right) => new(Vector256.Max(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Min(Lanes256 left, Lanes256 right) => new(Vector256.Min(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 CopySign(Lanes256 magnitude, Lanes256 sign) =>
        new(Vector256.CopySign(magnitude.Value, sign.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 PowerOfTwo(Lanes256 k) =>
        new(Vector256.ShiftLeft(Vector256.ConvertToInt64(k.Value) + Vector256.Create(1023L), 52).AsDouble());
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Select(Lanes256 mask, Lanes256 ifTrue, Lanes256 ifFalse) =>
        new(Vector256.ConditionalSelect(mask.Value, ifTrue.Value, ifFalse.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 LessThan(Lanes256 left, Lanes256 right) => new(Vector256.LessThan(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 LessThanOrEqual(Lanes256 left, Lanes256 right) => new(Vector256.LessThanOrEqual(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 GreaterThan(Lanes256 left, Lanes256 right) => new(Vector256.GreaterThan(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 GreaterThanOrEqual(Lanes256 left, Lanes256 right) => new(Vector256.GreaterThanOrEqual(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 Equal(Lanes256 left, Lanes256 right) => new(Vector256.Equals(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes256 IsNaN(Lanes256 x) => new(Vector256.IsNaN(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(Lanes256 mask) => mask.Value.AsUInt64() != Vector256<ulong>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Gather(double[] array, int start, int stride)
    {
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), start);
        if (stride == 1) return new(Vector256.LoadUnsafe(ref first));
        return new(Vector256.Create(first, Unsafe.Add(ref first, 1 * stride), Unsafe.Add(ref first, 2 * stride), Unsafe.Add(ref first, 3 * stride)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Scatter(Lanes256 value, double[] array, int start, int stride)
    {
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), start);
        if (stride == 1) { value.Value.StoreUnsafe(ref first); return; }
        Unsafe.Add(ref first, 0 * stride) = value.Value.GetElement(0);
        Unsafe.Add(ref first, 1 * stride) = value.Value.GetElement(1);
        Unsafe.Add(ref first, 2 * stride) = value.Value.GetElement(2);
        Unsafe.Add(ref first, 3 * stride) = value.Value.GetElement(3);
    }

    public static Lanes256 FromLanes(ReadOnlySpan<double> lanes) => new(Vector256.Create(lanes));
}
