namespace Symbolic.Diff;

/// <summary>Marks the differentiation assembly until its first real types arrive.</summary>
public static class DiffAssembly
{
    /// <summary>The name of this stage, as shown in diagnostics.</summary>
    public const string StageName = "diff";
}
