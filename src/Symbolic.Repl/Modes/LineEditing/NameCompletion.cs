using Symbolic.Repl.Commands;
using Symbolic.Repl.Values;

namespace Symbolic.Repl.Modes.LineEditing;

/// <summary>
/// What Tab can complete: commands, functions of the table, the session's definitions, the session words
/// (<c>help</c>, <c>defs</c>, <c>quit</c>) and the variables of the last result.
/// </summary>
internal sealed class NameCompletion(Session session)
{
    private static readonly string[] SessionWords = ["help", "defs", "quit", "exit", "let"];
    private IReadOnlyList<string> lastVariables = [];

    /// <summary>Remembers the variables of <paramref name="result"/> so Tab offers them next.</summary>
    public void Remember(CommandResult result)
    {
        if (result is { Ok: true, Value: { } value }) lastVariables = ResultVariables.Of(value);
    }

    /// <summary>The names starting with <paramref name="prefix"/>, sorted, each once.</summary>
    public IReadOnlyList<string> Candidates(string prefix) =>
        Names().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>True when <paramref name="name"/> is called with parentheses (commands, functions, defined functions).</summary>
    public bool IsCallable(string name) =>
        CommandTable.Find(name) is not null || (FunctionTable.Find(name) is not null) || session.Definitions.Function(name) is not null;

    private IEnumerable<string> Names() =>
        CommandTable.All.Select(c => c.Name)
            .Concat(FunctionTable.All.Select(f => f.Name))
            .Concat(session.Definitions.Names)
            .Concat(SessionWords)
            .Concat(lastVariables)
            .Append("pi");
}
