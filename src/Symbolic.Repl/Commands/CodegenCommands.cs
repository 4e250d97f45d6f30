namespace Symbolic.Repl.Commands;

/// <summary><c>compile</c> and <c>emit</c>, which need Symbolic.Codegen.</summary>
internal static class CodegenCommands
{
    public static Outcome Compile(CommandCall call)
    {
        call.RequirePositional(1, 1, "compile(e)");
        throw call.Error("compile needs Symbolic.Codegen, which is not in this build yet");
    }

    public static Outcome Emit(CommandCall call)
    {
        call.RequirePositional(1, 1, "emit(e)");
        throw call.Error("emit needs Symbolic.Codegen, which is not in this build yet");
    }
}
