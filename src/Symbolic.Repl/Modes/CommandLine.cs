using System.CommandLine;
using System.CommandLine.Parsing;

namespace Symbolic.Repl.Modes;

/// <summary>
/// The arguments of <c>symdiff</c>, read by System.CommandLine: <c>-e</c>/<c>--eval</c> commands and plain commands
/// (run in the order typed), <c>--json</c>, <c>--timeout</c>, <c>--help</c> and <c>--version</c>. A word that looks like an
/// option but is none (<c>--jsno</c>) is an error with a suggestion, never a command; write <c>-- -x</c> to run <c>-x</c>.
/// </summary>
internal sealed class CommandLine
{
    private readonly Option<string[]> eval = new("--eval", "-e") { Description = "run this command and exit (repeatable)", AllowMultipleArgumentsPerToken = false };
    private readonly Option<bool> json = new("--json") { Description = "print one JSON object per command" };
    private readonly Option<string> timeout = new("--timeout") { Description = "stop any command that runs longer, e.g. 10s, 500ms, 2m", HelpName = "time" };
    private readonly Argument<string[]> commands = new("commands") { Description = "commands to run, like -e; after -- even ones starting with -", Arity = ArgumentArity.ZeroOrMore };

    /// <summary>The command line for <paramref name="args"/>, which tell where <c>--</c> ends the options.</summary>
    public CommandLine(IReadOnlyList<string> args)
    {
        var optionLike = args.TakeWhile(a => a != "--").Where(LooksLikeOption).ToHashSet(StringComparer.Ordinal);
        Root = new RootCommand("symdiff: symbolic differentiation, gradients, plots and compiled code") { eval, json, timeout, commands };
        // A word that looks like an option and is none is left unmatched, so System.CommandLine reports it with its
        // suggestion (--jsno: did you mean --json?).
        commands.Validators.Add(result =>
        {
            var first = result.Tokens.ToList().FindIndex(t => optionLike.Contains(t.Value));
            if (first >= 0) result.OnlyTake(first);
        });
        timeout.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !Repl.TimeLimit.TryParse(token.Value, out _, out var problem)) result.AddError($"--timeout: {problem}");
        });
    }

    /// <summary>The root command, for parsing and help.</summary>
    public RootCommand Root { get; }

    /// <summary>The commands of <c>-e</c> options and plain arguments, in the order they were typed.</summary>
    public string[] Commands(ParseResult parse)
    {
        var fromEval = parse.GetResult(eval)?.Tokens ?? [];
        var plain = parse.GetResult(commands)?.Tokens ?? [];
        var wanted = fromEval.Concat(plain).ToHashSet(ReferenceEqualityComparer.Instance);
        return parse.Tokens.Where(wanted.Contains).Select(t => t.Value).ToArray();
    }

    /// <summary>Whether <c>--json</c> was given.</summary>
    public bool Json(ParseResult parse) => parse.GetValue(json);

    /// <summary>The <c>--timeout</c> limit, or null.</summary>
    public TimeSpan? TimeLimit(ParseResult parse) =>
        parse.GetValue(timeout) is { } text && Repl.TimeLimit.TryParse(text, out var limit, out _) ? limit : null;

    // -v, --jsno; not -1, -x^2 or a lone -, which are maths.
    private static bool LooksLikeOption(string word) =>
        word.Length > 1 && word[0] == '-' && (word[1] == '-' || (char.IsLetter(word[1]) && word.Skip(1).All(char.IsLetterOrDigit)));
}
