namespace Symbolic.Codegen;

/// <summary>
/// The points a descent visits, kept within a fixed number of doubles: every step while they fit, then every
/// 2nd, every 4th, … step (each time the buffer fills, every other kept point goes and the stride doubles), with
/// the start and the last point always kept. Ten million steps on a plane keep half a million points, not 600 MB.
/// </summary>
internal sealed class DescentPath
{
    /// <summary>About 8 MB of coordinates: a long 2-D path keeps 500,000 points, a 100,000-variable one ten.</summary>
    internal const int MaxCoordinates = 1 << 20;

    private readonly List<double[]> points = [];
    private readonly int capacity;
    private int stride = 1;
    private int step;

    public DescentPath(double[] start)
    {
        capacity = Math.Max(4, MaxCoordinates / Math.Max(1, start.Length));
        points.Add((double[])start.Clone());
    }

    /// <summary>Records the point reached by the next step, if the stride keeps it.</summary>
    public void Add(double[] point)
    {
        step++;
        if (step % stride != 0) return;
        if (points.Count == capacity)
        {
            Thin();
            if (step % stride != 0) return;
        }
        points.Add((double[])point.Clone());
    }

    /// <summary>The kept points, ending with <paramref name="last"/> (the descent's end) whether or not the stride kept it.</summary>
    public IReadOnlyList<double[]> Finish(double[] last)
    {
        if (step % stride != 0) points.Add((double[])last.Clone());
        return points;
    }

    // Keeps the points at even multiples of the stride (the start is step 0) and doubles it.
    private void Thin()
    {
        var kept = 0;
        for (var i = 0; i < points.Count; i += 2) points[kept++] = points[i];
        points.RemoveRange(kept, points.Count - kept);
        stride *= 2;
    }
}
