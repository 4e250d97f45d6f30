using RadLine;
using Spectre.Console;
using Spectre.Console.Advanced;

namespace Symbolic.Repl.Modes.LineEditing;

/// <summary>Ctrl-U: deletes from the start of the line to the cursor.</summary>
internal sealed class KillToStartCommand : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        var buffer = context.Buffer;
        var removed = buffer.Position;
        if (removed == 0) return;
        buffer.Clear(0, removed);
        buffer.Move(0);
    }
}

/// <summary>Ctrl-K: deletes from the cursor to the end of the line.</summary>
internal sealed class KillToEndCommand : LineEditorCommand
{
    public override void Execute(LineEditorContext context) =>
        context.Buffer.Clear(context.Buffer.Position, context.Buffer.Length - context.Buffer.Position);
}

/// <summary>Ctrl-W: deletes the word before the cursor, with the spaces after it, as a shell does.</summary>
internal sealed class KillWordBackCommand : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        var buffer = context.Buffer;
        var text = buffer.Content;
        var end = buffer.Position;
        var start = end;
        while (start > 0 && char.IsWhiteSpace(text[start - 1])) start--;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        if (start == end) return;
        buffer.Clear(start, end - start);
        buffer.Move(start);
    }
}

/// <summary>Ctrl-L: clears the screen; the line being typed is drawn again at the top.</summary>
internal sealed class ClearScreenCommand(IAnsiConsole console) : LineEditorCommand
{
    public override void Execute(LineEditorContext context) => console.WriteAnsi("\u001b[2J\u001b[3J\u001b[H");
}

/// <summary>
/// Ctrl-R: the newest history line containing what was typed; pressing it again goes to older matches.
/// Typing changes the text searched for; Enter runs the line found.
/// </summary>
internal sealed class HistorySearchCommand(InputHistory history) : LineEditorCommand
{
    private const string Query = "history-search-query", Shown = "history-search-shown", Index = "history-search-index";

    public override void Execute(LineEditorContext context)
    {
        var content = context.Buffer.Content;
        // Still on the line the last search showed: look further back for the same text; else search for what is typed.
        var continuing = context.GetState<string?>(Shown, () => null) == content;
        var query = continuing ? context.GetState(Query, () => content) : content;
        var before = continuing ? context.GetState(Index, () => history.Lines.Count) : history.Lines.Count;
        if (history.FindBackwards(query, before) is not var (index, line)) return;
        context.Buffer.Clear(0, content.Length);
        context.Buffer.Move(0);
        context.Buffer.Insert(line);
        context.Buffer.Move(line.Length);
        context.SetState(Query, query);
        context.SetState(Shown, line);
        context.SetState(Index, index);
    }
}
