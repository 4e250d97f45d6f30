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

/// <summary>Set when the user asked to leave from inside the line editor.</summary>
internal sealed class LeaveRequest
{
    public bool Requested { get; set; }
}
