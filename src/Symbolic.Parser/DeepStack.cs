namespace Symbolic;

/// <summary>
/// Runs recursive work whose depth the input controls on a thread with a stack large enough for it,
/// so deep expressions never overflow the stack. Shallow work runs inline at no cost.
/// </summary>
public static class DeepStack
{
    /// <summary>Depth handled on the caller's own stack.</summary>
    public const int InlineDepth = 400;

    /// <summary>Stack reserved per level of depth.</summary>
    public const int BytesPerLevel = 64 * 1024;

    /// <summary>Runs <paramref name="work"/>, on a big-stack thread when <paramref name="depthHint"/> exceeds <see cref="InlineDepth"/>; exceptions keep their type.</summary>
    public static T Run<T>(Func<T> work, int depthHint)
    {
        if (depthHint <= InlineDepth) return work();
        var size = (int)Math.Clamp((long)depthHint * BytesPerLevel, 16L << 20, 1L << 30);
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = e; }
        }, size);
        thread.Start();
        thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        return result;
    }

    /// <summary>Runs <paramref name="work"/> like <see cref="Run{T}(Func{T}, int)"/>.</summary>
    public static void Run(Action work, int depthHint) => Run(() => { work(); return 0; }, depthHint);
}
