using RadLine;

namespace Symbolic.Repl.Modes;

/// <summary>
/// Ctrl-D on an empty line: while RadLine reads, Ctrl-D arrives as a key rather than as end-of-file. The command marks
/// the session as finished and submits the line.
/// </summary>
internal sealed class LeaveCommand(LeaveRequest request, bool onlyWhenEmpty) : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        if (onlyWhenEmpty && context.Buffer.Content.Length > 0) return;
        request.Requested = true;
        context.Submit(SubmitAction.Submit);
    }
}

/// <summary>The words that end a session: <c>quit</c>, <c>exit</c>, and the same written as calls (<c>quit()</c>).</summary>
internal static class LeaveWords
{
    public static bool Matches(string trimmed) => trimmed.Replace(" ", "") is "quit" or "exit" or "quit()" or "exit()";
}

/// <summary>Set when the user asked to leave from inside the line editor.</summary>
internal sealed class LeaveRequest
{
    public bool Requested { get; set; }
}
