namespace Symbolic.Codegen.Simd;

/// <summary>
/// The lane-wise operations the vector kernels use, over one vector width: the kernels are written once, generic
/// over this interface, and specialised by the JIT for <see cref="Lanes512"/> and <see cref="Lanes256"/> (struct
/// type arguments, so every call is direct and inlined). Masks are vectors whose lanes are all ones or all zeros.
/// </summary>
internal interface ISimdLanes<TSelf> where TSelf : struct, ISimdLanes<TSelf>
{
    /// <summary>Lanes per vector.</summary>
    static abstract int Count { get; }

    static abstract TSelf Create(double value);
    static abstract TSelf operator +(TSelf left, TSelf right);
    static abstract TSelf operator -(TSelf left, TSelf right);
    static abstract TSelf operator *(TSelf left, TSelf right);
    static abstract TSelf operator /(TSelf left, TSelf right);
    static abstract TSelf operator -(TSelf operand);
    static abstract TSelf operator &(TSelf left, TSelf right);
    static abstract TSelf operator |(TSelf left, TSelf right);
    static abstract TSelf operator ~(TSelf operand);

    /// <summary>left × right + addend with one rounding.</summary>
    static abstract TSelf FusedMultiplyAdd(TSelf left, TSelf right, TSelf addend);
    static abstract TSelf Abs(TSelf x);
    static abstract TSelf Sqrt(TSelf x);
    static abstract TSelf Exp(TSelf x);
    static abstract TSelf Log(TSelf x);
    static abstract TSelf Log2(TSelf x);
    static abstract TSelf Sin(TSelf x);
    static abstract TSelf Cos(TSelf x);
    static abstract (TSelf Sin, TSelf Cos) SinCos(TSelf x);

    /// <summary>Rounds to the nearest integer, ties to even.</summary>
    static abstract TSelf Round(TSelf x);

    /// <summary>Lane-wise <see cref="Math.Max(double, double)"/> (NaN wins, +0 &gt; -0).</summary>
    static abstract TSelf Max(TSelf left, TSelf right);

    /// <summary>Lane-wise <see cref="Math.Min(double, double)"/> (NaN wins, -0 &lt; +0).</summary>
    static abstract TSelf Min(TSelf left, TSelf right);

    /// <summary>The magnitude of <paramref name="magnitude"/> with the sign bit of <paramref name="sign"/>.</summary>
    static abstract TSelf CopySign(TSelf magnitude, TSelf sign);

    /// <summary>2^k for lanes holding integers k in [-1022, 1023].</summary>
    static abstract TSelf PowerOfTwo(TSelf k);

    static abstract TSelf Select(TSelf mask, TSelf ifTrue, TSelf ifFalse);
    static abstract TSelf LessThan(TSelf left, TSelf right);
    static abstract TSelf LessThanOrEqual(TSelf left, TSelf right);
    static abstract TSelf GreaterThan(TSelf left, TSelf right);
    static abstract TSelf GreaterThanOrEqual(TSelf left, TSelf right);
    static abstract TSelf Equal(TSelf left, TSelf right);
    static abstract TSelf IsNaN(TSelf x);

    /// <summary>True when some lane of the mask is set.</summary>
    static abstract bool Any(TSelf mask);

    /// <summary>Lane <paramref name="index"/>.</summary>
    double this[int index] { get; }

    /// <summary>
    /// Lanes <c>array[start]</c>, <c>array[start + stride]</c>, … (one coordinate of consecutive row-major points).
    /// The caller has checked that the last one is inside the array.
    /// </summary>
    static abstract TSelf Gather(double[] array, int start, int stride);

    /// <summary>Writes the lanes to <c>array[start]</c>, <c>array[start + stride]</c>, … (checked by the caller).</summary>
    static abstract void Scatter(TSelf value, double[] array, int start, int stride);

    /// <summary>A vector from <see cref="Count"/> lanes.</summary>
    static abstract TSelf FromLanes(ReadOnlySpan<double> lanes);
}
