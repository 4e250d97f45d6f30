namespace Symbolic.Codegen;

/// <summary>
/// Runs a compiled batch delegate over all cores: the points are cut into contiguous chunks and each chunk is one
/// call of the batch delegate (its loop stays inside compiled code). The chunk size is rounded up to a multiple of
/// <see cref="LaneMultiple"/>, so every point takes the same path (vector lanes or the scalar tail) as in one serial
/// call from offset 0, and the results equal that call exactly.
/// </summary>
/// <example><code>
/// var batch = Compiler.BatchValue(Expressions.Parse("x^2 + y^2"));
/// var values = new double[points.Length / 2];
/// ParallelBatch.Values(batch, points, values);
/// </code></example>
public static class ParallelBatch
{
    /// <summary>Points per chunk when none is given: small enough to balance, large enough to amortise scheduling.</summary>
    public const int DefaultChunkSize = 16_384;

    /// <summary>Chunk sizes are rounded up to a multiple of this (the widest vector's lane count).</summary>
    public const int LaneMultiple = 8;

    /// <summary>f at every point; the number of points is <c>values.Length</c>.</summary>
    public static void Values(BatchValueFunction batch, double[] points, double[] values, int chunkSize = DefaultChunkSize)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(values);
        ForChunks(values.Length, chunkSize, (offset, count) => batch(points, values, offset, count));
    }

    /// <summary>f and ∇f at every point; the number of points is <c>values.Length</c>.</summary>
    public static void ValuesAndGradients(
        BatchGradientFunction batch, double[] points, double[] values, double[] gradients, int chunkSize = DefaultChunkSize)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(values);
        ForChunks(values.Length, chunkSize, (offset, count) => batch(points, values, gradients, offset, count));
    }

    private static void ForChunks(int total, int chunkSize, Action<int, int> run)
    {
        if (chunkSize < 1) throw CompileErrors.ChunkTooSmall(chunkSize);
        chunkSize = (int)Math.Min(int.MaxValue - LaneMultiple + 1, ((long)chunkSize + LaneMultiple - 1) / LaneMultiple * LaneMultiple);
        var chunks = (int)(((long)total + chunkSize - 1) / chunkSize);
        try
        {
            Parallel.For(0, chunks, chunk =>
            {
                var offset = chunk * chunkSize;
                run(offset, Math.Min(chunkSize, total - offset));
            });
        }
        catch (AggregateException error)
        {
            // The batch delegate's own error (a short array, say), as a serial call would throw it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
        }
    }
}
