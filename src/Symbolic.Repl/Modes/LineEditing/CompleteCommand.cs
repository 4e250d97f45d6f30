using RadLine;
using Spectre.Console;
using Spectre.Console.Advanced;

namespace Symbolic.Repl.Modes.LineEditing;

/// <summary>
/// Tab: completes the name before the cursor. One match is written out (with "(" after a command or function);
/// several are extended to their common start, and a second Tab lists them under the line, as a shell does.
/// </summary>
internal sealed class CompleteCommand(NameCompletion names, IAnsiConsole console) : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        var buffer = context.Buffer;
        var text = buffer.Content;
        var end = buffer.Position;
        var start = end;
        while (start > 0 && IsNameChar(text[start - 1])) start--;
        var word = text[start..end];
        if (word.Length == 0 || char.IsDigit(word[0])) return;
        var candidates = names.Candidates(word);
        if (candidates.Count == 0) return;
        if (candidates.Count == 1)
        {
            var name = candidates[0];
            var opens = names.IsCallable(name) && (end == text.Length || text[end] != '(');
            Replace(buffer, start, end, name + (opens ? "(" : ""));
            return;
        }
        var common = CommonPrefix(candidates);
        if (common.Length > word.Length)
        {
            Replace(buffer, start, end, common);
            return;
        }
        // Nothing more to add: show the choices and let the editor draw the line again below them.
        console.WriteAnsi("\r\n" + Columns(candidates, console.Profile.Width) + "\r\n");
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static void Replace(LineBuffer buffer, int start, int end, string text)
    {
        buffer.Clear(start, end - start);
        buffer.Move(start);
        buffer.Insert(text);
        buffer.Move(start + text.Length);
    }

    private static string CommonPrefix(IReadOnlyList<string> words)
    {
        var prefix = words[0];
        foreach (var word in words)
        {
            var length = 0;
            while (length < prefix.Length && length < word.Length && prefix[length] == word[length]) length++;
            prefix = prefix[..length];
        }
        return prefix;
    }

    // The names in columns as wide as the longest, as many as fit the terminal.
    internal static string Columns(IReadOnlyList<string> words, int width)
    {
        var cell = words.Max(w => w.Length) + 2;
        var perLine = Math.Max(1, width / cell);
        return string.Join("\r\n", words.Chunk(perLine).Select(row => string.Concat(row.Select(w => w.PadRight(cell))).TrimEnd()));
    }
}
