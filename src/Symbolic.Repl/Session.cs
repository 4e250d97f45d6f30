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
internal sealed class Session
{
    /// <summary>A session writing plot files to <paramref name="outputDirectory"/> (default: the current directory).</summary>
    public Session(string? outputDirectory = null) => OutputDirectory = outputDirectory ?? Directory.GetCurrentDirectory();

    /// <summary>What the session defined.</summary>
    public Definitions Definitions { get; } = new();

    /// <summary>The most recent <c>descend</c>, drawn by two-variable plots.</summary>
    public SessionDescent? LastDescent { get; set; }

    /// <summary>The longest a command may run before it ends with an error; null for no limit.</summary>
    public TimeSpan? TimeLimit { get; set; }

    /// <summary>Where plot files go when their name is relative.</summary>
    public string OutputDirectory { get; }

    /// <summary>The string literals of the line being run (file names).</summary>
    internal StringLiterals Strings { get; private set; } = StringLiterals.Extract("");

    /// <summary>Runs one line. Never throws: errors come back as failed results with a position.</summary>
    public CommandResult Run(string input) => Run(input, CancellationToken.None);

    /// <summary>
    /// Runs one line until it finishes, <paramref name="cancellation"/> is cancelled (the result says "cancelled") or
    /// <see cref="TimeLimit"/> passes. A cancelled command leaves the definitions as they were.
    /// </summary>
    internal CommandResult Run(string input, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (TimeLimit is { } timeLimit) limit.CancelAfter(timeLimit);
        try
        {
            if (Commands.HelpTopics.TryAnswer(input, this) is { } help) return help;
            if (SessionCommands.TryRun(this, input) is { } done) return done;
            Strings = StringLiterals.Extract(input);
            var statement = SyntaxParser.ParseStatement(Strings.Line);
            var interpreter = new Interpreter(this, input, limit.Token);
            var result = statement switch
            {
                FunctionDefinitionSyntax function => DefineFunction(input, interpreter, function),
                ValueDefinitionSyntax value => DefineValue(input, interpreter, value),
                ExpressionStatementSyntax expression => Evaluate(input, interpreter, expression.Expression),
                _ => throw new InvalidOperationException($"unknown kind of statement {statement.GetType().Name}"),
            };
            // A step that does not watch the token may have finished after Ctrl-C; its result is not shown.
            limit.Token.ThrowIfCancellationRequested();
            return result;
        }
        catch (SymbolicException e)
        {
            var display = e is { Line: { } line, Column: { } column } ? SymbolicException.Excerpt(e.Message, e.Input ?? input, line, column) : e.Message;
            return CommandResult.Failure(input, e.Message, e.Line ?? 1, e.Column ?? 1, display);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            var message = cancellation.IsCancellationRequested
                ? "cancelled"
                : $"stopped after the time limit of {Repl.TimeLimit.Describe(TimeLimit!.Value)} (change it with timeout 1m, or timeout off)";
            return CommandResult.Failure(input, message, 1, 1, message) with { Cancelled = cancellation.IsCancellationRequested };
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
            return CommandResult.Success(input, outcome.Text, outcome.Value) with { Details = outcome.Details, Variables = outcome.Variables };
        }
        var value = interpreter.Value(node).Map(e => new ScalarValue(Simplification.Apply(e, interpreter.Cancellation)));
        return CommandResult.Success(input, value.Print(), value);
    }

    private CommandResult DefineFunction(string input, Interpreter interpreter, FunctionDefinitionSyntax syntax)
    {
        CheckName(interpreter, syntax.Name, syntax.Span);
        if (syntax.Parameters.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw ReplErrors.ParameterTwice(repeated.Key, syntax.Span, interpreter.Source);
        // A parameter named like a constant would silently mean the constant in the body.
        foreach (var parameter in syntax.Parameters) CheckName(interpreter, parameter, syntax.Span);
        // The parameters are variables in the body, whatever the session defines under their names.
        var body = Simplification.Apply(interpreter.WithVariables(syntax.Parameters, () => interpreter.Scalar(syntax.Body, $"the body of {syntax.Name}")), interpreter.Cancellation);
        var function = new FunctionDefinition(syntax.Name, syntax.Parameters, body);
        interpreter.Cancellation.ThrowIfCancellationRequested();
        Definitions.Define(function);
        return CommandResult.Success(input, function.ToString(), null);
    }

    private CommandResult DefineValue(string input, Interpreter interpreter, ValueDefinitionSyntax syntax)
    {
        CheckName(interpreter, syntax.Name, syntax.Span);
        var value = interpreter.Value(syntax.Body).Map(e => new ScalarValue(Simplification.Apply(e, interpreter.Cancellation)));
        interpreter.Cancellation.ThrowIfCancellationRequested();
        Definitions.Define(syntax.Name, value);
        return CommandResult.Success(input, $"{syntax.Name} = {value.Print()}", value);
    }

    private static void CheckName(Interpreter interpreter, string name, TextSpan span)
    {
        if (FunctionTable.Find(name) is not null || Commands.CommandTable.Find(name) is not null || name is "pi" or "e" || SessionCommands.Words.Contains(name))
            throw ReplErrors.BuiltIn(name, span, interpreter.Source);
    }
}
