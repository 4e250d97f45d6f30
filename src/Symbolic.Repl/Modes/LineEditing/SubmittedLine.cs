using Spectre.Console;
using Spectre.Console.Advanced;

namespace Symbolic.Repl.Modes.LineEditing;

/// <summary>
/// RadLine scrolls a line wider than the terminal sideways and leaves only its first screenful once submitted;
/// this draws the submitted line again in full, wrapped by the terminal, so the transcript shows what ran.
/// </summary>
internal static class SubmittedLine
{
    public static void ShowWrapped(IAnsiConsole console, string prompt, string line)
    {
        var width = console.Profile.Width;
        if (width <= 0 || prompt.Length + 1 + line.Length < width) return;
        // Up to the line RadLine left, clear it, and write prompt and text; the terminal wraps them.
        console.WriteAnsi("\u001b[1A\r\u001b[2K");
        console.Markup($"[yellow]{Markup.Escape(prompt)}[/] ");
        // Raw, so the terminal wraps at the edge; Spectre's own wrapping would break the line at spaces.
        console.WriteAnsi(line + Environment.NewLine);
    }
}
