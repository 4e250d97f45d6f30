using Symbolic.Repl.Numerics;
using Symbolic.Repl.Values;
using Symbolic.Syntax;

namespace Symbolic.Repl;

/// <summary>
/// One REPL session: runs input lines one at a time, keeps definitions and the last descent path, and turns
/// every failure into a <see cref="CommandResult"/> so the session always goes on.
/// </summary>
/// <example><code>
/// var session = new Session();
/// session.Run("let f(x, y) = x^2 - x*y");
/// session.Run("diff(f, x)").Text;   // "2*x - y"
/// </code></example>
public sealed class Session
{
    /// <summary>A session writing plot files to <paramref name="outputDirectory"/> (default: the current directory).</summary>
    public Session(string? outputDirectory = null) => OutputDirectory = outputDirectory ?? Directory.GetCurrentDirectory();

    /// <summary>What the session defined.</summary>
    public Definitions Definitions { get; } = new();

    /// <summary>The most recent <c>descend</c>, drawn by two-variable plots.</summary>
    public DescentResult? LastDescent { get; set; }

    /// <summary>Where plot files go when their name is relative.</summary>
    public string OutputDirectory { get; }

    /// <summary>The string literals of the line being run (file names).</summary>
    internal StringLiterals Strings { get; private set; } = StringLiterals.Extract("");

    /// <summary>Runs one line. Never throws: errors come back as failed results with a position.</summary>
    public CommandResult Run(string input)
    {
        var trimmed = input.Trim();
        try
        {
            switch (trimmed)
            {
                case "help": return CommandResult.Success(input, Commands.HelpText.Full(), null);
                case "defs":
                    var lines = Definitions.Describe().ToList();
                    return CommandResult.Success(input, lines.Count == 0 ? "(nothing defined yet)" : string.Join(Environment.NewLine, lines), null);
            }
            Strings = StringLiterals.Extract(input);
            var statement = SyntaxParser.ParseStatement(Strings.Line);
            var interpreter = new Interpreter(this, input);
            return statement switch
            {
                FunctionDefinitionSyntax function => DefineFunction(input, interpreter, function),
                ValueDefinitionSyntax value => DefineValue(input, interpreter, value),
                ExpressionStatementSyntax expression => Evaluate(input, interpreter, expression.Expression),
                _ => throw new SymbolicException("unknown kind of statement"),
            };
        }
        catch (SymbolicException e)
        {
            var display = e is { Line: { } line, Column: { } column } ? Output.ErrorExcerpt.Format(e.Message, e.Source ?? input, line, column) : e.Message;
            return CommandResult.Failure(input, e.Message, e.Line ?? 1, e.Column ?? 1, display);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Bugs must not end the session or show a stack trace; the message is still worth reporting.
            var message = $"internal error: {e.Message}";
            return CommandResult.Failure(input, message, 1, 1, message);
        }
    }

    private static CommandResult Evaluate(string input, Interpreter interpreter, SyntaxNode node)
    {
        if (node is CallSyntax call && Commands.CommandTable.Find(call.Name) is { } command)
        {
            var outcome = command.Run(new Commands.CommandCall(interpreter, call));
            return CommandResult.Success(input, outcome.Text, outcome.Value) with { Details = outcome.Details };
        }
        var value = interpreter.Value(node).Map(e => new ScalarValue(Simplification.Apply(e)));
        return CommandResult.Success(input, value.Print(), value);
    }

    private CommandResult DefineFunction(string input, Interpreter interpreter, FunctionDefinitionSyntax syntax)
    {
        CheckName(interpreter, syntax.Name, syntax.Span);
        if (syntax.Parameters.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw interpreter.Error($"the parameter '{repeated.Key}' appears twice", syntax.Span);
        var body = Simplification.Apply(interpreter.Scalar(syntax.Body, $"the body of {syntax.Name}"));
        var function = new FunctionDefinition(syntax.Name, syntax.Parameters, body);
        Definitions.Define(function);
        return CommandResult.Success(input, function.ToString(), null);
    }

    private CommandResult DefineValue(string input, Interpreter interpreter, ValueDefinitionSyntax syntax)
    {
        CheckName(interpreter, syntax.Name, syntax.Span);
        var value = interpreter.Value(syntax.Body).Map(e => new ScalarValue(Simplification.Apply(e)));
        Definitions.Define(syntax.Name, value);
        return CommandResult.Success(input, $"{syntax.Name} = {value.Print()}", value);
    }

    private static void CheckName(Interpreter interpreter, string name, TextSpan span)
    {
        if (FunctionTable.Find(name) is not null || Commands.CommandTable.Find(name) is not null || name is "pi" or "e" or "help" or "defs")
            throw interpreter.Error($"'{name}' is built in and cannot be redefined", span);
    }
}
