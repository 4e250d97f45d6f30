using RadLine;
using Spectre.Console;
using Symbolic.Repl.Modes.LineEditing;
using Symbolic.Repl.Output;

namespace Symbolic.Repl.Modes;

/// <summary>The terminal REPL: a prompt with line editing and history (RadLine), coloured results (Spectre.Console).</summary>
internal static class InteractiveLoop
{
    /// <summary>
    /// Reads commands until <c>quit</c> or Ctrl-D on an empty line; Ctrl-C cancels the running command or abandons the
    /// line being typed, and the session goes on. Always returns 0.
    /// </summary>
    public static async Task<int> Run(Session session)
    {
        var console = AnsiConsole.Console;
        var writer = new ConsoleResultWriter(console);
        // Within 80 columns, so the greeting does not wrap in a classic terminal.
        console.MarkupLine("[bold]symdiff[/] — symbolic derivatives. [yellow]help[/] lists the commands, [yellow]?sin[/] explains one.");
        console.MarkupLine("Ctrl-C cancels a running command; [yellow]quit[/] or Ctrl-D leaves.");
        using var runner = new CommandRunner(console);
        var leave = new LeaveRequest();
        var history = new InputHistory(InputHistory.DefaultPath());
        var names = new NameCompletion(session);
        var editor = LineEditor.IsSupported(console) ? new LineEditor(console) { Prompt = new LineEditorPrompt("[yellow]>[/]") } : null;
        if (editor is not null) EditorKeys.Install(editor, console, history, names);
        editor?.KeyBindings.Add(ConsoleKey.D, ConsoleModifiers.Control, () => new LeaveCommand(leave, onlyWhenEmpty: true));
        // Where the terminal delivers Ctrl-C as a key rather than a signal, it abandons the line too.
        editor?.KeyBindings.Add(ConsoleKey.C, ConsoleModifiers.Control, () => new AbandonLineCommand());
        while (true)
        {
            var (line, interrupted) = await runner.Read(token => editor is not null ? editor.ReadLine(token) : Task.FromResult(ReadPlain(console)));
            if (interrupted || (line is null && editor is not null && !leave.Requested)) continue;
            if (line is null || leave.Requested) break;
            if (editor is not null) SubmittedLine.ShowWrapped(console, ">", line);
            var trimmed = line.Trim();
            if (trimmed.Length > 0) history.Add(line);
            if (LeaveWords.Matches(trimmed)) break;
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            var result = runner.Run(session, line);
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
