using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Symbolic.Codegen.Simd;

/// <summary>
/// <see cref="ISimdLanes{TSelf}"/> over <see cref="Vector512{T}"/> of <see cref="double"/>. It mirrors
/// <see cref="Lanes256"/> line for line because .NET's vector types share no public generic interface (its
/// <c>ISimdVector</c> is internal), so each width needs its own one-line forwarding of each operation; everything
/// built on top, the kernels and the batch loops, is written once over <see cref="ISimdLanes{TSelf}"/>.
/// </summary>
internal readonly struct Lanes512(Vector512<double> value) : ISimdLanes<Lanes512>
{
    public Vector512<double> Value { get; } = value;

    public static int Count => Vector512<double>.Count;
    public double this[int index] => Value.GetElement(index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Create(double value) => new(Vector512.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 operator +(Lanes512 left, Lanes512 right) => new(left.Value + right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 operator -(Lanes512 left, Lanes512 right) => new(left.Value - right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 operator *(Lanes512 left, Lanes512 right) => new(left.Value * right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 operator /(Lanes512 left, Lanes512 right) => new(left.Value / right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 operator -(Lanes512 operand) => new(-operand.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 operator &(Lanes512 left, Lanes512 right) => new(left.Value & right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 operator |(Lanes512 left, Lanes512 right) => new(left.Value | right.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 operator ~(Lanes512 operand) => new(~operand.Value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 FusedMultiplyAdd(Lanes512 left, Lanes512 right, Lanes512 addend) =>
        new(Vector512.FusedMultiplyAdd(left.Value, right.Value, addend.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Abs(Lanes512 x) => new(Vector512.Abs(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Sqrt(Lanes512 x) => new(Vector512.Sqrt(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Exp(Lanes512 x) => new(Vector512.Exp(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Log(Lanes512 x) => new(Vector512.Log(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Log2(Lanes512 x) => new(Vector512.Log2(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Sin(Lanes512 x) => new(Vector512.Sin(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Cos(Lanes512 x) => new(Vector512.Cos(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static (Lanes512 Sin, Lanes512 Cos) SinCos(Lanes512 x)
    {
        var (sin, cos) = Vector512.SinCos(x.Value);
        return (new(sin), new(cos));
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Round(Lanes512 x) => new(Vector512.Round(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Max(Lanes512 left, Lanes512 right) => new(Vector512.Max(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Min(Lanes512 left, Lanes512 right) => new(Vector512.Min(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 CopySign(Lanes512 magnitude, Lanes512 sign) =>
        new(Vector512.CopySign(magnitude.Value, sign.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 PowerOfTwo(Lanes512 k) =>
        new(Vector512.ShiftLeft(Vector512.ConvertToInt64(k.Value) + Vector512.Create(1023L), 52).AsDouble());
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Select(Lanes512 mask, Lanes512 ifTrue, Lanes512 ifFalse) =>
        new(Vector512.ConditionalSelect(mask.Value, ifTrue.Value, ifFalse.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 LessThan(Lanes512 left, Lanes512 right) => new(Vector512.LessThan(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 LessThanOrEqual(Lanes512 left, Lanes512 right) => new(Vector512.LessThanOrEqual(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 GreaterThan(Lanes512 left, Lanes512 right) => new(Vector512.GreaterThan(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 GreaterThanOrEqual(Lanes512 left, Lanes512 right) => new(Vector512.GreaterThanOrEqual(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 Equal(Lanes512 left, Lanes512 right) => new(Vector512.Equals(left.Value, right.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lanes512 IsNaN(Lanes512 x) => new(Vector512.IsNaN(x.Value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(Lanes512 mask) => mask.Value.AsUInt64() != Vector512<ulong>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Gather(double[] array, int start, int stride)
    {
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), start);
        if (stride == 1) return new(Vector512.LoadUnsafe(ref first));
        return new(Vector512.Create(first, Unsafe.Add(ref first, 1 * stride), Unsafe.Add(ref first, 2 * stride), Unsafe.Add(ref first, 3 * stride), Unsafe.Add(ref first, 4 * stride), Unsafe.Add(ref first, 5 * stride), Unsafe.Add(ref first, 6 * stride), Unsafe.Add(ref first, 7 * stride)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Scatter(Lanes512 value, double[] array, int start, int stride)
    {
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), start);
        if (stride == 1) { value.Value.StoreUnsafe(ref first); return; }
        Unsafe.Add(ref first, 0 * stride) = value.Value.GetElement(0);
        Unsafe.Add(ref first, 1 * stride) = value.Value.GetElement(1);
        Unsafe.Add(ref first, 2 * stride) = value.Value.GetElement(2);
        Unsafe.Add(ref first, 3 * stride) = value.Value.GetElement(3);
        Unsafe.Add(ref first, 4 * stride) = value.Value.GetElement(4);
        Unsafe.Add(ref first, 5 * stride) = value.Value.GetElement(5);
        Unsafe.Add(ref first, 6 * stride) = value.Value.GetElement(6);
        Unsafe.Add(ref first, 7 * stride) = value.Value.GetElement(7);
    }

    public static Lanes512 FromLanes(ReadOnlySpan<double> lanes) => new(Vector512.Create(lanes));
}
