using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Symbolic;

/// <summary>
/// Runs recursive work over user-controlled nesting (parsing, printing, simplifying, compiling) on a thread
/// whose stack is sized for the depth, so deep input never overflows the caller's stack.
/// </summary>
/// <example>
/// <code>
/// var text = DeepStack.Run(() => Expressions.Print(expr), depthHint: expr.Depth);
/// </code>
/// </example>
public static class DeepStack
{
    /// <summary>Depth hints up to this run inline on the calling thread (when it has stack to spare).</summary>
    public const int InlineDepth = 64;

    /// <summary>Stack reserved per level of the depth hint.</summary>
    public const int BytesPerLevel = 64 * 1024;

    /// <summary>The smallest stack a worker thread gets.</summary>
    public const int MinStackBytes = 16 * 1024 * 1024;

    /// <summary>The largest stack a worker thread gets.</summary>
    public const int MaxStackBytes = 1024 * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="work"/> and returns its result: inline when <paramref name="depthHint"/> is small,
    /// otherwise on a new thread with about <see cref="BytesPerLevel"/> of stack per level
    /// (between <see cref="MinStackBytes"/> and <see cref="MaxStackBytes"/>). An exception thrown by the work
    /// is rethrown here with its own type and stack trace. The worker keeps the caller's cultures.
    /// </summary>
    public static T Run<T>(Func<T> work, int depthHint)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (depthHint <= InlineDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack()) return work();

        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var culture = Thread.CurrentThread.CurrentCulture;
        var uiCulture = Thread.CurrentThread.CurrentUICulture;
        var thread = new Thread(() =>
        {
            Thread.CurrentThread.CurrentCulture = culture;
            Thread.CurrentThread.CurrentUICulture = uiCulture;
            try { result = work(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
        }, StackSizeFor(depthHint))
        {
            IsBackground = true,
            Name = "Symbolic.DeepStack",
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    /// <summary>Runs <paramref name="work"/> like <see cref="Run{T}(Func{T}, int)"/>, for work without a result.</summary>
    public static void Run(Action work, int depthHint)
    {
        ArgumentNullException.ThrowIfNull(work);
        Run<object?>(() => { work(); return null; }, depthHint);
    }

    /// <summary>The stack size a worker thread gets for <paramref name="depthHint"/> levels.</summary>
    public static int StackSizeFor(int depthHint) =>
        (int)Math.Clamp((long)Math.Max(depthHint, 0) * BytesPerLevel, MinStackBytes, MaxStackBytes);
}
