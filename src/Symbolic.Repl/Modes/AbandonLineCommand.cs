using RadLine;

namespace Symbolic.Repl.Modes;

/// <summary>Ctrl-C as a key: the half-typed line is dropped (not run, not kept in history) and a fresh prompt follows.</summary>
internal sealed class AbandonLineCommand : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        context.Buffer.Clear(0, context.Buffer.Length);
        context.Submit(SubmitAction.Cancel);
    }
}
