using System.Runtime.Intrinsics;

namespace Symbolic.Codegen;

/// <summary>
/// How a batch delegate steps through its points: one at a time (scalar), or 4 or 8 at once in
/// <see cref="Vector256{T}"/> or <see cref="Vector512{T}"/> lanes. <see cref="Auto"/>, the default, takes the widest
/// the machine accelerates (and scalar when it accelerates neither, or when the environment variable
/// <c>SYMBOLIC_BATCH_SCALAR=1</c> is set). A width the machine does not accelerate still computes the same values,
/// slowly (tests use this to check every width on any machine).
/// </summary>
public enum BatchWidth
{
    /// <summary>The widest the machine accelerates, unless <c>SYMBOLIC_BATCH_SCALAR=1</c>.</summary>
    Auto,

    /// <summary>One point per step, with <see cref="Math"/>'s functions: the reference path.</summary>
    Scalar,

    /// <summary>4 points per step in <see cref="Vector256{T}"/> lanes.</summary>
    Vector256,

    /// <summary>8 points per step in <see cref="Vector512{T}"/> lanes.</summary>
    Vector512,
}

/// <summary>Resolves <see cref="BatchWidth.Auto"/>.</summary>
internal static class BatchWidths
{
    /// <summary>Set to 1 (or true) to make <see cref="BatchWidth.Auto"/> scalar in this process.</summary>
    public const string ForceScalarVariable = "SYMBOLIC_BATCH_SCALAR";

    private static readonly bool ForcedScalar =
        Environment.GetEnvironmentVariable(ForceScalarVariable) is "1" or "true" or "TRUE" or "True";

    public static BatchWidth Resolve(BatchWidth width) => width switch
    {
        BatchWidth.Auto when ForcedScalar => BatchWidth.Scalar,
        BatchWidth.Auto when Vector512.IsHardwareAccelerated => BatchWidth.Vector512,
        BatchWidth.Auto when Vector256.IsHardwareAccelerated => BatchWidth.Vector256,
        BatchWidth.Auto => BatchWidth.Scalar,
        BatchWidth.Scalar or BatchWidth.Vector256 or BatchWidth.Vector512 => width,
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, "unknown batch width"),
    };
}
