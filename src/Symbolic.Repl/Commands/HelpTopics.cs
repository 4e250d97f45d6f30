using System.Text;
using System.Text.RegularExpressions;

namespace Symbolic.Repl.Commands;

/// <summary>
/// <c>help diff</c>, <c>help sin</c>, <c>?diff</c>: one command's or function's usage, what it does, and an example
/// with the answer it gives (run in a fresh session, so the example is always true).
/// </summary>
internal static partial class HelpTopics
{
    // Commands whose example writes a file, times code or prints pages: shown, not run.
    private static readonly HashSet<string> NotRun = ["plot", "compile", "emit", "graph", "sparsity"];

    [GeneratedRegex(@"^\s*(?:help\s+|\?\s*)([^\s()]+)\s*(?:\(\s*\))?\s*$")]
    private static partial Regex Question();

    /// <summary>The answer when <paramref name="input"/> asks for help on one name, else null.</summary>
    public static CommandResult? TryAnswer(string input, Session session)
    {
        if (Question().Match(input) is not { Success: true } match) return null;
        var name = match.Groups[1].Value;
        if (Describe(name) is { } text) return CommandResult.Success(input, text, null);
        var hint = NameSuggestions.Nearest(name, NameSuggestions.Known(session).Concat(SessionWordsHelp.All.Select(w => w.Name)))
            is { } meant && Describe(meant) is not null ? $" — did you mean '{meant}'?" : "; 'help' lists the commands and functions";
        var message = $"no help for '{name}'{hint}";
        return CommandResult.Failure(input, message, 1, input.IndexOf(name, StringComparison.Ordinal) + 1, message);
    }

    /// <summary>The help text of a command, function or session word, or null when there is none of that name.</summary>
    public static string? Describe(string name)
    {
        if (CommandTable.Find(name) is { } command)
        {
            var text = new StringBuilder();
            var usage = HelpText.UsageLines(command.Usage, HelpText.Width - 7);
            text.AppendLine($"usage: {usage[0]}");
            foreach (var more in usage.Skip(1)) text.AppendLine($"       {more}");
            foreach (var line in HelpText.Wrap(command.Summary, HelpText.Width - 2)) text.AppendLine($"  {line}");
            text.Append(Example(command.Example, run: !NotRun.Contains(command.Name)));
            return text.ToString();
        }
        if (FunctionTable.Find(name) is { } function)
        {
            var arguments = function.Arity == 1 && !function.IsVariadic ? "x" : "x, y";
            var text = new StringBuilder();
            text.AppendLine($"usage: {HelpText.Call(function)}");
            foreach (var line in HelpText.Wrap(function.Summary, HelpText.Width - 2)) text.AppendLine($"  {line}");
            text.Append(Example($"diff({name}({arguments}), x)", run: true));
            return text.ToString();
        }
        if (SessionWordsHelp.Find(name) is [_, ..] words)
            return string.Join("\n", words.Select(w => $"{w.Usage}\n  {w.Summary}")) + "\n";
        return null;
    }

    private static string Example(string example, bool run)
    {
        if (!run) return $"example: {example}";
        var result = new Session(Path.GetTempPath()).Run(example);
        return result.Ok ? $"example: {example}\n  {result.Text.ReplaceLineEndings("\n  ")}" : $"example: {example}";
    }
}
