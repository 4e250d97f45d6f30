using Symbolic.Binding;
using Symbolic.Repl.Commands;
using Symbolic.Repl.Values;
using Symbolic.Syntax;

namespace Symbolic.Repl;

/// <summary>
/// Turns the syntax of one input line into a <see cref="ReplValue"/>: commands (<c>diff</c>, <c>grad</c>, …) run
/// wherever they appear, vectors become <see cref="VectorValue"/>s, and everything else binds through
/// <see cref="Binder"/> with the session's definitions resolved first.
/// </summary>
internal sealed class Interpreter
{
    private readonly Session session;
    private readonly Binder binder;
    private readonly VariableScope scope = new();

    /// <summary>An interpreter for one line of <paramref name="source"/> in <paramref name="session"/>.</summary>
    public Interpreter(Session session, string source)
        : this(session, source, CancellationToken.None)
    {
    }

    /// <summary>An interpreter whose long operations stop when <paramref name="cancellation"/> is cancelled.</summary>
    internal Interpreter(Session session, string source, CancellationToken cancellation)
    {
        this.session = session;
        Cancellation = cancellation;
        binder = new Binder(source, ResolveCall, ResolveName);
    }

    /// <summary>Cancelled by Ctrl-C or the time limit; the commands pass it to the library's long operations.</summary>
    internal CancellationToken Cancellation { get; }

    /// <summary>The session the line runs in.</summary>
    public Session Session => session;

    /// <summary>The definitions of the session.</summary>
    public Definitions Definitions => session.Definitions;

    /// <summary>The line being run, for the errors that point into it.</summary>
    public string Source => binder.Source;

    /// <summary>
    /// Runs <paramref name="libraryCall"/> (a derivative, a series, an evaluation) and gives the errors it raises the
    /// place <paramref name="span"/>, the node the command handed it: the library knows no text.
    /// </summary>
    public T Placed<T>(TextSpan span, Func<T> libraryCall)
    {
        try { return libraryCall(); }
        catch (SymbolicException e) when (e.Span is null) { throw binder.Error(e.Message, span); }
    }

    /// <summary>The value of <paramref name="node"/>: a command's result, a vector, or a bound expression.</summary>
    public ReplValue Value(SyntaxNode node)
    {
        try
        {
            return node switch
            {
                VectorSyntax vector => new VectorValue(vector.Items.Select(Value).ToArray()),
                CallSyntax call when CommandTable.Find(call.Name) is { } command => Run(command, call),
                IdentifierSyntax id when !scope.Contains(id.Name) && Definitions.Value(id.Name) is { } named => named,
                // Simplified as a definition's body is, so a formula means the same typed inline or defined.
                _ => new ScalarValue(Simplification.Apply(binder.Bind(node), Cancellation)),
            };
        }
        // The simplifier knows no text, so this node is the place of its errors. Not Placed: a lambda per level
        // would deepen the stack of a vector nested thousands of levels.
        catch (SymbolicException e) when (e.Span is null)
        {
            throw binder.Error(e.Message, node.Span);
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> with <paramref name="names"/> as plain variables: a session value or function of
    /// the same name does not apply inside (a function's parameters, the variables a command names).
    /// </summary>
    internal T WithVariables<T>(IEnumerable<string> names, Func<T> body) => scope.With(names, body);

    /// <summary>The value of <paramref name="node"/> as one expression; <paramref name="what"/> names it in errors.</summary>
    public Expr Scalar(SyntaxNode node, string what) => Value(node).AsScalar(what, node.Span, Source);

    /// <summary>The value of <paramref name="node"/> as a list of expressions.</summary>
    public IReadOnlyList<Expr> Vector(SyntaxNode node, string what) => Value(node).AsVector(what, node.Span, Source);

    /// <summary>The value of <paramref name="node"/> as a double; a formula with variables is an error.</summary>
    public double Number(SyntaxNode node, string what)
    {
        var expr = Scalar(node, what);
        if (ExprWalk.Variables(expr) is [var first, ..])
            throw ReplErrors.MustBeNumber(what, first, node.Span, Source);
        return Evaluator.Evaluate(expr, new Dictionary<string, double>());
    }

    /// <summary>The value of <paramref name="node"/> as a vector of doubles.</summary>
    public double[] Numbers(SyntaxNode node, string what)
    {
        var items = Vector(node, what);
        var result = new double[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (ExprWalk.Variables(items[i]) is [var first, ..])
                throw ReplErrors.MustHoldNumbers(what, first, node.Span, Source);
            result[i] = Evaluator.Evaluate(items[i], new Dictionary<string, double>());
        }
        return result;
    }

    /// <summary>
    /// The variables a calculus command works in for <paramref name="node"/>: a defined function's parameters when
    /// the node names one, else the variables of <paramref name="f"/> in natural order.
    /// </summary>
    public IReadOnlyList<Expr> VariablesFor(SyntaxNode node, Expr f) =>
        node is IdentifierSyntax id && !scope.Contains(id.Name) && Definitions.Function(id.Name) is { } function
            ? function.Variables
            : Calculus.VariablesOf(f);

    private ReplValue Run(CommandRow command, CallSyntax call)
    {
        Cancellation.ThrowIfCancellationRequested();
        var value = Placed(call.NameSpan, () => command.Run(new CommandCall(this, call)).Value)
            ?? throw ReplErrors.TextNotValue(call.Name, call.NameSpan, Source);
        ResultCall.RejectCallOf(this, binder.Source, call, value);
        return value;
    }

    // Commands nested in a formula (diff(x^2, x) + 1) and calls of session functions (f(3, 4)).
    private Expr? ResolveCall(CallSyntax call, Binder _)
    {
        if (FunctionTable.Find(call.Name) is null && CommandTable.Find(call.Name) is null && !Definitions.Names.Contains(call.Name))
            throw Errors.UnknownFunction(call.Name, NameSuggestions.Nearest(call.Name, NameSuggestions.Known(session)), "commands and functions", call.NameSpan, Source);
        if (CommandTable.Find(call.Name) is { } command) return Run(command, call).AsScalar($"{call.Name}(...) inside a formula", call.Span, Source);
        if (Definitions.Function(call.Name) is not { } function)
        {
            if (!scope.Contains(call.Name) && Definitions.Value(call.Name) is { } value) throw ResultCall.ValueCalled(this, binder.Source, call, value);
            return null;
        }
        if (call.Arguments.FirstOrDefault(a => a.Name is not null) is { } named)
            throw Errors.NoNamedArguments(function.Name, named.Name!, named.Span, Source);
        if (call.Arguments.Count != function.Parameters.Count)
            throw Errors.WrongArity(function.Name, function.Parameters.Count, function.Parameters.Count, call.Arguments.Count, call.NameSpan, Source);
        var replacements = new Dictionary<Expr, Expr>();
        for (var i = 0; i < call.Arguments.Count; i++)
            replacements[Expr.Var(function.Parameters[i])] = Scalar(call.Arguments[i].Value, $"argument {i + 1} of {function.Name}");
        return ExprWalk.Substitute(function.Body, replacements);
    }

    // A defined function's name stands for its body (diff(f, x)); a named scalar for its value.
    private Expr? ResolveName(IdentifierSyntax id)
    {
        if (scope.Contains(id.Name)) return null;
        if (Definitions.Function(id.Name) is { } function) return function.Body;
        return Definitions.Value(id.Name)?.AsScalar($"'{id.Name}' inside a formula", id.Span, Source);
    }
}
