using Symbolic.Repl.Output;

namespace Symbolic.Repl.Modes;

/// <summary>Runs a sequence of commands (standard input or <c>-e</c> arguments) and reports whether all succeeded.</summary>
public static class ScriptRunner
{
    /// <summary>
    /// Runs each line in <paramref name="session"/>; blank lines and <c>#</c> comments are skipped, <c>quit</c> stops.
    /// Returns 0 when every command succeeded, 1 otherwise.
    /// </summary>
    public static int Run(Session session, IEnumerable<string> lines, IResultWriter writer)
    {
        var failed = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (LeaveWords.Matches(trimmed)) break;
            var result = session.Run(line.TrimEnd('\r'));
            failed |= !Write(writer, result) || !result.Ok;
        }
        return failed ? 1 : 0;
    }

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
            writer.Write(CommandResult.Failure(result.Input, message, 1, 1, message));
            return false;
        }
    }

    /// <summary>The lines of <paramref name="reader"/>, read lazily so output follows each input.</summary>
    public static IEnumerable<string> Lines(TextReader reader)
    {
        while (reader.ReadLine() is { } line) yield return line;
    }
}
