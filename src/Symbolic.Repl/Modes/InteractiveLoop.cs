using RadLine;
using Spectre.Console;
using Symbolic.Repl.Modes.LineEditing;
using Symbolic.Repl.Output;

namespace Symbolic.Repl.Modes;

/// <summary>The terminal REPL: a prompt with line editing and history (RadLine), coloured results (Spectre.Console).</summary>
public static class InteractiveLoop
{
    /// <summary>Reads commands until <c>quit</c>, Ctrl-D or Ctrl-C; always returns 0.</summary>
    public static async Task<int> Run(Session session)
    {
        var console = AnsiConsole.Console;
        var writer = new ConsoleResultWriter(console);
        console.MarkupLine("[bold]symdiff[/] — symbolic derivatives. Type [yellow]help[/] for commands, [yellow]quit[/] or Ctrl-D to leave.");
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Ctrl-C ends the session cleanly instead of killing the process mid-line.
            e.Cancel = true;
            cancel.Cancel();
        };
        var leave = new LeaveRequest();
        var history = new InputHistory(InputHistory.DefaultPath());
        var names = new NameCompletion(session);
        var editor = LineEditor.IsSupported(console) ? new LineEditor(console) { Prompt = new LineEditorPrompt("[yellow]>[/]") } : null;
        if (editor is not null) EditorKeys.Install(editor, console, history, names);
        editor?.KeyBindings.Add(ConsoleKey.D, ConsoleModifiers.Control, () => new LeaveCommand(leave, onlyWhenEmpty: true));
        editor?.KeyBindings.Add(ConsoleKey.C, ConsoleModifiers.Control, () => new LeaveCommand(leave, onlyWhenEmpty: false));
        while (!cancel.IsCancellationRequested)
        {
            string? line;
            try
            {
                line = editor is not null ? await editor.ReadLine(cancel.Token) : ReadPlain(console);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (line is null || leave.Requested) break;
            if (editor is not null) SubmittedLine.ShowWrapped(console, ">", line);
            var trimmed = line.Trim();
            if (trimmed.Length > 0) history.Add(line);
            if (LeaveWords.Matches(trimmed)) break;
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            var result = session.Run(line);
            names.Remember(result);
            writer.Write(result);
        }
        console.MarkupLine("[grey]bye[/]");
        return 0;
    }

    private static string? ReadPlain(IAnsiConsole console)
    {
        console.Markup("[yellow]>[/] ");
        return Console.ReadLine();
    }
}
