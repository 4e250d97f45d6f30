namespace Symbolic.Codegen;

/// <summary>
/// The argument checks of compiled delegates: a clear <see cref="ArgumentException"/> naming the argument and the
/// length needed, instead of an index error from compiled code. A batch delegate, scalar or SIMD, checks once
/// before its loop runs (<see cref="Check"/>); a single-point delegate checks each array (<see cref="LengthError"/>).
/// The C# emitter writes the same checks with the same messages.
/// </summary>
internal static class ArrayArguments
{
    /// <summary>The exception for an array that is null or shorter than <paramref name="length"/>; null when it is fine.</summary>
    public static Exception? LengthError(double[]? array, int length, string name) =>
        array is null ? new ArgumentNullException(name)
        : array.Length < length ? new ArgumentException(TooShort(name, length), name)
        : null;

    /// <summary>The message for an array shorter than <paramref name="length"/>: <c>x must have at least 2 elements</c>.</summary>
    public static string TooShort(string name, int length) => $"{name} must have at least {length} element{(length == 1 ? "" : "s")}";

    /// <summary>Throws <see cref="LengthError"/>'s exception when there is one.</summary>
    public static void RequireLength(double[]? array, int length, string name)
    {
        if (LengthError(array, length, name) is { } error) throw error;
    }

    /// <summary>Checks points (n per point), values (1 per point) and, when given, gradients (n per point).</summary>
    public static void Check(int dimension, double[] points, double[] values, double[]? gradients, int offset, int count, bool hasGradients)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(values);
        if (hasGradients) ArgumentNullException.ThrowIfNull(gradients);
        if (offset < 0) throw new ArgumentOutOfRangeException(nameof(offset), offset, "offset must not be negative");
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "count must not be negative");
        long end = (long)offset + count;
        Require(points, end * dimension, nameof(points), dimension);
        Require(values, end, nameof(values), 1);
        if (hasGradients) Require(gradients!, end * dimension, nameof(gradients), dimension);
    }

    private static void Require(double[] array, long needed, string name, int perPoint)
    {
        if (array.Length < needed)
            throw new ArgumentException(
                $"{name} has {array.Length} elements, too few for offset + count points ({perPoint} per point: {needed} needed)", name);
    }
}
