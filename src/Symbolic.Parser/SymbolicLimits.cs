namespace Symbolic;

/// <summary>
/// The limits that keep one input from taking the process down: how large an expression a size-multiplying
/// operation accepts, how many bits an exact number may have, how long a printed result may be. The defaults
/// hold everywhere unless a caller runs code under other limits with <see cref="Use"/>; those apply to that
/// call and the async flow it starts only, so two threads (or two tests) with different limits never see
/// each other's.
/// </summary>
/// <example>
/// <code>
/// using (SymbolicLimits.Use(SymbolicLimits.Current with { MaxNodes = 200 }))
///     Calculus.Diff(f, x, 50);   // refused once the derivative passes 200 nodes
/// </code>
/// </example>
public sealed record SymbolicLimits
{
    private static readonly AsyncLocal<SymbolicLimits?> Scoped = new();

    /// <summary>The limits that hold when no <see cref="Use"/> scope is active.</summary>
    public static SymbolicLimits Default { get; } = new();

    /// <summary>The limits in force for the calling flow: those of the innermost <see cref="Use"/>, else <see cref="Default"/>.</summary>
    public static SymbolicLimits Current => Scoped.Value ?? Default;

    /// <summary>Most distinct nodes an expression may have before a size-multiplying operation refuses it (default 5,000,000).</summary>
    public int MaxNodes { get; init; } = 5_000_000;

    /// <summary>Most bits of an exact number's numerator or denominator (default 10,000: about 3,000 digits).</summary>
    public int MaxBits { get; init; } = 10_000;

    /// <summary>Longest text a printer produces before refusing (printing expands shared nodes; default 20,000,000 characters).</summary>
    public int MaxPrintLength { get; init; } = 20_000_000;

    /// <summary>Runs what follows under <paramref name="limits"/> until the result is disposed (the previous limits come back).</summary>
    public static IDisposable Use(SymbolicLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var previous = Scoped.Value;
        Scoped.Value = limits;
        return new Restore(previous);
    }

    private sealed class Restore(SymbolicLimits? previous) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            Scoped.Value = previous;
        }
    }
}
