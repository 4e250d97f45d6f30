using Symbolic.Repl.Values;

namespace Symbolic.Repl;

/// <summary>The answer to one input line: a result (text and optional value) or an error with its position.</summary>
internal sealed record CommandResult(string Input, bool Ok, string Text, ReplValue? Value, int Line, int Column, string Display)
{
    /// <summary>True when Ctrl-C stopped the command; the session is as it was before it.</summary>
    public bool Cancelled { get; init; }

    /// <summary>True when <see cref="Line"/> counts the lines of a script rather than of the command alone.</summary>
    public bool ScriptLine { get; init; }

    /// <summary>Structured detail for <c>--json</c>, written under its key after <c>value</c>; null for most commands.</summary>
    public (string Key, System.Text.Json.Nodes.JsonNode Json)? Details { get; init; }

    /// <summary>The variables a gradient or matrix result is ordered by; null for other results.</summary>
    public IReadOnlyList<string>? Variables { get; init; }

    /// <summary>A successful command.</summary>
    public static CommandResult Success(string input, string text, ReplValue? value) => new(input, true, text, value, 0, 0, text);

    /// <summary>A failed command; <paramref name="display"/> adds the line and a caret to the message.</summary>
    public static CommandResult Failure(string input, string message, int line, int column, string display) =>
        new(input, false, message, null, line, column, display);
}
