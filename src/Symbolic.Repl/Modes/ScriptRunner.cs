using Symbolic.Repl.Output;

namespace Symbolic.Repl.Modes;

/// <summary>One command of a script or of the command line; <see cref="FirstLine"/> is its line in a script, else null.</summary>
internal sealed record ScriptCommand(string Text, int? FirstLine);

/// <summary>Runs a sequence of commands (standard input or <c>-e</c> arguments) and reports whether all succeeded.</summary>
internal static class ScriptRunner
{
    /// <summary>
    /// Runs each command in <paramref name="session"/>; blank lines and <c>#</c> comments are skipped, <c>quit</c> stops.
    /// An error in a script names the script's line. Returns 0 when every command succeeded, 1 otherwise.
    /// </summary>
    public static int Run(Session session, IEnumerable<ScriptCommand> commands, IResultWriter writer)
    {
        var failed = false;
        foreach (var (text, firstLine) in commands)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (LeaveWords.Matches(trimmed)) break;
            var result = session.Run(text.TrimEnd('\r'));
            // The parser counts lines within the command; a continued command starts at its first script line.
            if (!result.Ok && firstLine is { } first) result = result with { Line = first + result.Line - 1, ScriptLine = true };
            failed |= !Write(writer, result) || !result.Ok;
        }
        return failed ? 1 : 0;
    }

    /// <summary>The commands given on the command line, one each.</summary>
    public static IEnumerable<ScriptCommand> OneShot(IEnumerable<string> commands) => commands.Select(c => new ScriptCommand(c, null));

    /// <summary>
    /// The commands of a script, read lazily so output follows each input: one a line, and a line ending in <c>\</c>
    /// continues on the next (joined by a line break, so positions still point into the script).
    /// </summary>
    public static IEnumerable<ScriptCommand> Commands(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            var first = ++number;
            var text = line;
            while (EndsWithContinuation(text) && reader.ReadLine() is { } next)
            {
                number++;
                text = text.TrimEnd()[..^1] + "\n" + next;
            }
            if (EndsWithContinuation(text)) text = text.TrimEnd()[..^1];
            yield return new ScriptCommand(text, first);
        }
    }

    private static bool EndsWithContinuation(string text) => text.TrimEnd().EndsWith('\\');

    // A result that cannot be written (a bug in an output format) becomes a failed command, not the end of the script.
    private static bool Write(IResultWriter writer, CommandResult result)
    {
        try
        {
            writer.Write(result);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not IOException)
        {
            var message = $"internal error: the result could not be written ({e.Message})";
            writer.Write(CommandResult.Failure(result.Input, message, result.Line, 1, message) with { ScriptLine = result.ScriptLine });
            return false;
        }
    }
}
