using Symbolic.Numbers;
using Symbolic.Syntax;

namespace Symbolic.Binding;

/// <summary>
/// Turns a syntax tree into an <see cref="Expr"/>: resolves names through the function table, reads numbers
/// exactly, and reports every problem with the place it comes from. Hooks let the REPL resolve its own
/// definitions and commands first.
/// </summary>
/// <example><c>Binder.ParseMath("2x + sin(y)")</c> gives <c>2*x + sin(y)</c>.</example>
public sealed class Binder
{
    private readonly string source;
    private readonly Func<CallSyntax, Binder, Expr?>? resolveCall;
    private readonly Func<IdentifierSyntax, Expr?>? resolveName;
    // The expression of each distinct number and variable name met, made once: a large formula repeats them.
    private readonly Dictionary<string, Expr> numbers = [];
    private readonly Dictionary<string, Expr> variables = [];
    // The operands of the sums and products being bound, innermost chain on top (see Chain).
    private readonly List<(SyntaxNode Node, bool Inverted)> pendingOperands = [];

    /// <summary>A binder for syntax parsed from <paramref name="source"/>, with optional hooks tried before the table.</summary>
    public Binder(string source, Func<CallSyntax, Binder, Expr?>? resolveCall = null, Func<IdentifierSyntax, Expr?>? resolveName = null)
    {
        this.source = source;
        this.resolveCall = resolveCall;
        this.resolveName = resolveName;
    }

    /// <summary>The text the syntax came from.</summary>
    public string Source => source;

    /// <summary>Parses and binds a math expression (no <c>let</c>, no commands).</summary>
    /// <exception cref="SymbolicException">bad syntax, an unknown function, a wrong arity, …, with line and column.</exception>
    public static Expr ParseMath(string text, ParserOptions? options = null) =>
        new Binder(text).Bind(SyntaxParser.ParseExpression(text, options));

    /// <summary>Binds <paramref name="node"/>; ordinary trees bind inline, deeply nested ones on a big stack.</summary>
    public Expr Bind(SyntaxNode node) => DeepStack.Run(() => BindNode(node), BindingDepth.Of(node));

    /// <summary>An error that points at <paramref name="span"/> of this binder's source.</summary>
    public SymbolicException Error(string message, TextSpan span) => new(message, span, source);

    private Expr BindNode(SyntaxNode node)
    {
        try
        {
            return node switch
            {
                NumberSyntax n => BindNumber(n.Text),
                IdentifierSyntax id => BindName(id),
                UnarySyntax u => BindUnary(u),
                BinarySyntax { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b => Expr.Add(Chain(b, BinaryOperator.Add, BinaryOperator.Subtract, Expr.Negate)),
                BinarySyntax { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } b => Expr.Multiply(Chain(b, BinaryOperator.Multiply, BinaryOperator.Divide, e => Expr.Pow(e, Expr.MinusOne))),
                BinarySyntax b => Expr.Pow(BindNode(b.Left), BindNode(b.Right)),
                CallSyntax c => BindCall(c),
                VectorSyntax v => throw Errors.VectorInFormula(v.Span, source),
                _ => throw Errors.UnexpectedSyntax(node.GetType().Name, node.Span, source),
            };
        }
        catch (SymbolicException e) when (e.Span is null)
        {
            // The numbers and the model's factories (0^-1, a literal too large) know no text: the node gives the place.
            throw Error(e.Message, node.Span);
        }
    }

    // a - b + c - d as one n-ary list, walked iteratively: a sum of 100,000 terms is one left spine. The operands wait
    // on one stack shared by all chains (a nested chain's operands go above this one's and are gone when it returns),
    // so binding a formula does not make a list per sum and product in it.
    private List<Expr> Chain(BinarySyntax top, BinaryOperator keep, BinaryOperator invert, Func<Expr, Expr> inverse)
    {
        var bottom = pendingOperands.Count;
        SyntaxNode current = top;
        while (current is BinarySyntax b && (b.Operator == keep || b.Operator == invert))
        {
            pendingOperands.Add((b.Right, b.Operator == invert));
            current = b.Left;
        }
        pendingOperands.Add((current, false));
        var result = new List<Expr>(pendingOperands.Count - bottom);
        try
        {
            // Right to left on the stack is left to right in the text.
            for (var i = pendingOperands.Count - 1; i >= bottom; i--)
            {
                var (node, inverted) = pendingOperands[i];
                var value = BindNode(node);
                try { result.Add(inverted ? inverse(value) : value); }
                // Inverting an operand (1/0) fails in the factories, which know no text: the operand gives the place.
                catch (SymbolicException e) when (e.Span is null) { throw Error(e.Message, node.Span); }
            }
        }
        finally
        {
            pendingOperands.RemoveRange(bottom, pendingOperands.Count - bottom);
        }
        return result;
    }

    private Expr BindUnary(UnarySyntax u)
    {
        var negative = false;
        SyntaxNode current = u;
        while (current is UnarySyntax inner)
        {
            negative ^= inner.Operator == UnaryOperator.Minus;
            current = inner.Operand;
        }
        var operand = BindNode(current);
        return negative ? Expr.Negate(operand) : operand;
    }

    private Expr BindName(IdentifierSyntax id)
    {
        if (resolveName?.Invoke(id) is { } resolved) return resolved;
        // A name bound before passed the checks below: a large formula names each variable several times.
        if (variables.TryGetValue(id.Name, out var known)) return known;
        switch (id.Name)
        {
            case "pi" or "π": return Expr.Pi;
            case "e": return Expr.E;
        }
        if (FunctionTable.Find(id.Name) is { } f)
            throw Errors.FunctionWithoutArguments(f.Name, id.Span, source);
        var variable = Expr.Var(id.Name);
        variables[id.Name] = variable;
        return variable;
    }

    private Expr BindNumber(string text)
    {
        if (!numbers.TryGetValue(text, out var number)) numbers[text] = number = Expr.Num(Rational.Parse(text));
        return number;
    }

    private Expr BindCall(CallSyntax call)
    {
        if (resolveCall?.Invoke(call, this) is { } resolved) return resolved;
        var function = FunctionTable.Find(call.Name) ?? throw Errors.UnknownFunction(call.Name, FunctionTable.Closest(call.Name), span: call.NameSpan, source: source);
        if (call.Arguments.FirstOrDefault(a => a.Name is not null) is { } named)
            throw Errors.NoNamedArguments(call.Name, named.Name!, named.Span, source);
        function.CheckArity(call.Arguments.Count, call.NameSpan, source);
        var args = call.Arguments.Select(a => BindNode(a.Value)).ToArray();
        return Expr.Apply(function, args);
    }
}
