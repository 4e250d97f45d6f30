namespace Symbolic.Codegen;

/// <summary>
/// The argument checks of every batch delegate, scalar or SIMD, made once before its loop runs: a clear
/// <see cref="ArgumentException"/> naming the argument, instead of an index error halfway through the points.
/// </summary>
internal static class BatchArguments
{
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
