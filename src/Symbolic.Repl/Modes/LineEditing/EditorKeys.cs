using RadLine;
using Spectre.Console;

namespace Symbolic.Repl.Modes.LineEditing;

/// <summary>
/// The readline keys a shell user expects, on top of RadLine's defaults: Up/Down walk the history (RadLine puts it on
/// Ctrl-Up/Down, for multi-line editing we do not use), Ctrl-A/E go to the start/end, Ctrl-U/K/W delete, Ctrl-L clears
/// the screen, Ctrl-R searches the history, Tab completes names.
/// </summary>
internal static class EditorKeys
{
    public static void Install(LineEditor editor, IAnsiConsole console, InputHistory history, NameCompletion names)
    {
        var keys = editor.KeyBindings;
        keys.Add<PreviousHistoryCommand>(ConsoleKey.UpArrow);
        keys.Add<NextHistoryCommand>(ConsoleKey.DownArrow);
        keys.Add<PreviousHistoryCommand>(ConsoleKey.P, ConsoleModifiers.Control);
        keys.Add<NextHistoryCommand>(ConsoleKey.N, ConsoleModifiers.Control);
        keys.Add<MoveHomeCommand>(ConsoleKey.A, ConsoleModifiers.Control);
        keys.Add<MoveEndCommand>(ConsoleKey.E, ConsoleModifiers.Control);
        keys.Add<MoveLeftCommand>(ConsoleKey.B, ConsoleModifiers.Control);
        keys.Add<MoveRightCommand>(ConsoleKey.F, ConsoleModifiers.Control);
        keys.Add<PreviousWordCommand>(ConsoleKey.B, ConsoleModifiers.Alt);
        keys.Add<NextWordCommand>(ConsoleKey.F, ConsoleModifiers.Alt);
        keys.Add<KillToStartCommand>(ConsoleKey.U, ConsoleModifiers.Control);
        keys.Add<KillToEndCommand>(ConsoleKey.K, ConsoleModifiers.Control);
        keys.Add<KillWordBackCommand>(ConsoleKey.W, ConsoleModifiers.Control);
        keys.Add<BackspaceCommand>(ConsoleKey.H, ConsoleModifiers.Control);
        // A line typed ahead while a command ran arrives through the terminal's line discipline: its Enter is a line feed.
        keys.Add<SubmitCommand>(ConsoleKey.Enter, ConsoleModifiers.Control);
        keys.Add<SubmitCommand>(ConsoleKey.J, ConsoleModifiers.Control);
        keys.Add(ConsoleKey.L, ConsoleModifiers.Control, () => new ClearScreenCommand(console));
        keys.Add(ConsoleKey.R, ConsoleModifiers.Control, () => new HistorySearchCommand(history));
        keys.Add(ConsoleKey.Tab, () => new CompleteCommand(names, console));
        foreach (var line in history.Lines) editor.History.Add(line);
    }
}
