namespace Symbolic.Codegen;

/// <summary>Marks the compilation assembly until its first real types arrive.</summary>
public static class CodegenAssembly
{
    /// <summary>The name of this stage, as shown in diagnostics.</summary>
    public const string StageName = "codegen";
}
