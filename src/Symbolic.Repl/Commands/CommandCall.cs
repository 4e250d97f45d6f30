using Symbolic.Repl.Values;
using Symbolic.Syntax;

namespace Symbolic.Repl.Commands;

/// <summary>What a command produced: a value (null for text-only commands like <c>latex</c>) and the text to show.</summary>
internal sealed record Outcome(ReplValue? Value, string Text)
{
    /// <summary>Structured detail <c>--json</c> adds under its own key (a computation graph's nodes and edges), or null.</summary>
    public (string Key, System.Text.Json.Nodes.JsonNode Json)? Details { get; init; }

    /// <summary>The variables the entries are ordered by (gradients, Hessians, Jacobians), shown with the result.</summary>
    public IReadOnlyList<string>? Variables { get; init; }

    /// <summary>A value printed in its usual form.</summary>
    public static Outcome Of(ReplValue value) => new(value, value.Print());

    /// <summary>Text only, no value.</summary>
    public static Outcome Message(string text) => new(null, text);
}

/// <summary>One call of a command: its arguments split into positional and named, with helpers to read them.</summary>
internal sealed class CommandCall
{
    /// <summary>Wraps <paramref name="syntax"/> for <paramref name="interpreter"/>.</summary>
    public CommandCall(Interpreter interpreter, CallSyntax syntax)
    {
        Interpreter = interpreter;
        Syntax = syntax;
        Positional = syntax.Arguments.Where(a => a.Name is null).Select(a => a.Value).ToArray();
        Named = syntax.Arguments.Where(a => a.Name is not null).ToArray();
        if (Named.GroupBy(a => a.Name).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw ReplErrors.OptionTwice(repeated.Key!, repeated.Last().Span, interpreter.Source);
    }

    /// <summary>The interpreter of the line.</summary>
    public Interpreter Interpreter { get; }

    /// <summary>Cancelled by Ctrl-C or the time limit; passed to the library's long operations.</summary>
    internal CancellationToken Cancellation => Interpreter.Cancellation;

    /// <summary>The call as parsed.</summary>
    public CallSyntax Syntax { get; }

    /// <summary>Arguments without a name, in order.</summary>
    public IReadOnlyList<SyntaxNode> Positional { get; }

    /// <summary>Arguments written <c>name=value</c>.</summary>
    public IReadOnlyList<ArgumentSyntax> Named { get; }

    /// <summary>Where the command's name is: the place of errors about the call as a whole.</summary>
    public TextSpan NameSpan => Syntax.NameSpan;

    /// <summary>Where the value of the option <paramref name="name"/> is, for errors about it; the command's name when it is absent.</summary>
    public TextSpan OptionSpan(string name) => Option(name)?.Span ?? NameSpan;

    /// <summary>The line the call is in.</summary>
    public string Source => Interpreter.Source;

    /// <summary>Checks the number of positional arguments, naming the usage in the error.</summary>
    public void RequirePositional(int min, int max, string usage)
    {
        var count = Positional.Count;
        if (count >= min && count <= max) return;
        throw ReplErrors.ArgumentCount(Syntax.Name, min, max, count, usage, NameSpan, Source);
    }

    /// <summary>Rejects named arguments other than <paramref name="allowed"/>.</summary>
    public void AllowNamed(params string[] allowed)
    {
        if (Named.FirstOrDefault(a => !allowed.Contains(a.Name)) is { } bad)
            throw ReplErrors.UnknownOption(Syntax.Name, bad.Name!, allowed, bad.Span, Source);
    }

    /// <summary>The named argument <paramref name="name"/>, or null.</summary>
    public SyntaxNode? Option(string name) => Named.LastOrDefault(a => a.Name == name)?.Value;

    /// <summary>An option written <c>name=true</c> or <c>name=false</c>, or <paramref name="fallback"/> when absent.</summary>
    public bool Flag(string name, bool fallback) => Option(name) switch
    {
        null => fallback,
        IdentifierSyntax { Name: "true" } => true,
        IdentifierSyntax { Name: "false" } => false,
        var node => throw ReplErrors.FlagNotBoolean(name, node.Span, Source),
    };

    /// <summary>A numeric option, or <paramref name="fallback"/> when absent.</summary>
    public double Number(string name, double fallback) =>
        Option(name) is { } node ? Interpreter.Number(node, $"{name}=") : fallback;
}
