using System.Text.RegularExpressions;

namespace Symbolic.Repl;

/// <summary>
/// The words that manage the session rather than compute: <c>help</c>, <c>defs</c>, <c>unlet f g</c>,
/// <c>clear</c> (everything) or <c>clear f</c>, and <c>timeout 10s</c> / <c>timeout off</c>.
/// </summary>
internal static partial class SessionCommands
{
    /// <summary>Names a definition cannot take, because the line would mean the command.</summary>
    public static readonly IReadOnlySet<string> Words = new HashSet<string>(StringComparer.Ordinal) { "help", "defs", "unlet", "clear", "timeout", "quit", "exit" };

    [GeneratedRegex(@"^\s*(help|defs|unlet|clear|timeout)(?=\s|$)(.*)$", RegexOptions.Singleline)]
    private static partial Regex Command();

    [GeneratedRegex(@"[^\s,]+")]
    private static partial Regex Word();

    /// <summary>The answer when <paramref name="input"/> is one of these commands, else null.</summary>
    public static CommandResult? TryRun(Session session, string input)
    {
        if (Command().Match(input) is not { Success: true } match) return null;
        var rest = match.Groups[2];
        var names = Word().Matches(rest.Value).Select(m => (Name: m.Value, Column: rest.Index + m.Index + 1)).ToArray();
        return match.Groups[1].Value switch
        {
            "help" => NoArguments(input, "help", names) ?? CommandResult.Success(input, Commands.HelpText.Full(), null),
            "defs" => NoArguments(input, "defs", names) ?? Defs(input, session.Definitions),
            "clear" when names.Length == 0 => Clear(input, session),
            "timeout" => Timeout(input, session, rest.Value.Trim(), rest.Index + 1),
            _ => Remove(input, session.Definitions, match.Groups[1].Value, names),
        };
    }

    private static CommandResult? NoArguments(string input, string command, (string Name, int Column)[] words) =>
        words.Length == 0 ? null : Failure(input, $"{command} takes nothing after it", words[0].Column);

    private static CommandResult Defs(string input, Definitions definitions)
    {
        var lines = definitions.Describe().ToList();
        return CommandResult.Success(input, lines.Count == 0 ? "(nothing defined yet)" : string.Join(Environment.NewLine, lines), null);
    }

    private static CommandResult Clear(string input, Session session)
    {
        var count = session.Definitions.Count;
        session.Definitions.Clear();
        session.LastDescent = null;
        return CommandResult.Success(input, count == 0 ? "(nothing was defined)" : $"removed {Plural(count, "definition")}", null);
    }

    private static CommandResult Remove(string input, Definitions definitions, string command, (string Name, int Column)[] names)
    {
        if (names.Length == 0) return Failure(input, $"{command} takes the names to remove, e.g. {command} f", input.Length + 1);
        foreach (var (name, column) in names)
        {
            if (definitions.Function(name) is null && definitions.Value(name) is null)
                return Failure(input, $"'{name}' is not defined; defs lists what is", column);
        }
        foreach (var (name, _) in names) definitions.Remove(name);
        return CommandResult.Success(input, $"removed {string.Join(", ", names.Select(n => n.Name))}", null);
    }

    private static CommandResult Timeout(string input, Session session, string setting, int column)
    {
        if (setting.Length > 0)
        {
            if (!TimeLimit.TryParse(setting, out var limit, out var problem)) return Failure(input, problem, column);
            session.TimeLimit = limit;
        }
        var text = session.TimeLimit is { } set ? $"time limit: {TimeLimit.Describe(set)} per command" : "no time limit (set one with timeout 10s)";
        return CommandResult.Success(input, text, null);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static CommandResult Failure(string input, string message, int column) =>
        CommandResult.Failure(input, message, 1, column, SymbolicException.Excerpt(message, input, 1, column));
}
