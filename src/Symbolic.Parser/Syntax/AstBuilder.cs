using Antlr4.Runtime;
using Symbolic.Grammar;

namespace Symbolic.Syntax;

/// <summary>
/// Turns the parse into syntax records as it happens, the way a shift-reduce parser would: consumed tokens and
/// finished records are pushed on one stack, and when a rule ends, the items it pushed are replaced by the
/// record they form. Sums, products, runs of signs and lists are reduced with loops and nothing recurses, so
/// the builder needs no stack of its own beyond the parser's.
/// </summary>
/// <remarks>
/// The statement itself is built by <see cref="BuildStatement"/> once the parse has succeeded, so a statement
/// level error (a parameter declared twice) is only reported for input that is otherwise valid: a syntax error
/// earlier in the line is the one a user needs to see first.
/// </remarks>
internal sealed class AstBuilder
{
    private readonly SourceText _source;
    // Tokens (IToken) and finished records (SyntaxNode, ArgumentSyntax), in input order.
    private readonly List<object> _items = [];
    // Where each open rule's items start.
    private readonly List<int> _ruleStarts = [];
    // The text of each distinct name and number, made once: a large formula repeats a few of them many times.
    private readonly Dictionary<string, string> _texts = [];

    public AstBuilder(SourceText source) => _source = source;

    public void RuleEntered() => _ruleStarts.Add(_items.Count);

    public void TokenConsumed(IToken token) => _items.Add(token);

    /// <summary>Replaces the items of the rule that just ended (its <see cref="ParserRuleContext.Stop"/> set) by their record.</summary>
    public void RuleExited(ParserRuleContext context)
    {
        var start = _ruleStarts[^1];
        _ruleStarts.RemoveAt(_ruleStarts.Count - 1);
        switch (context)
        {
            case SymbolicParser.ExprContext: Reduce(start, Sum(start)); break;
            case SymbolicParser.TermContext: Reduce(start, Product(start)); break;
            case SymbolicParser.SignedContext: Reduce(start, WrapSigns(start, _items.Count - 1, Node(_items.Count - 1))); break;
            case SymbolicParser.PowerContext: Reduce(start, Power(start)); break;
            case SymbolicParser.NumberContext:
                Reduce(start, new NumberSyntax(TextOf(context.Start), Span(context.Start, context.Stop)));
                break;
            case SymbolicParser.IdentifierContext:
                Reduce(start, new IdentifierSyntax(TextOf(context.Start), Span(context.Start, context.Stop)));
                break;
            case SymbolicParser.CallContext: Reduce(start, Call(start, context)); break;
            case SymbolicParser.ParenthesizedContext:
                // (x) is the node for x, with a span that includes the parentheses.
                Reduce(start, Node(start + 1) with { Span = Span(context.Start, context.Stop) });
                break;
            case SymbolicParser.VectorContext: Reduce(start, Vector(start, context)); break;
            case SymbolicParser.ArgumentContext: Reduce(start, Argument(start, context)); break;
            case SymbolicParser.ArgumentsContext or SymbolicParser.ItemsContext: DropCommas(start); break;
            // The parameter list and the statement stay as tokens and records for BuildStatement.
        }
    }

    /// <summary>The statement, from everything the parse of <paramref name="context"/> left on the stack.</summary>
    public StatementSyntax BuildStatement(SymbolicParser.StatementContext context)
    {
        switch (context)
        {
            case SymbolicParser.DefinitionContext definition:
            {
                // let NAME = body EOF, or let CALL_OPEN params ) = body EOF
                var body = Node(_items.Count - 2);
                var span = _source.Span(definition.Start.StartIndex, body.Span.End);
                var header = Token(1);
                if (header.Type == SymbolicLexer.IDENT) return new ValueDefinitionSyntax(header.Text, body, span);
                var name = TokenFacts.CallName(header);
                var parameters = new List<string>();
                for (var i = 2; _items[i] is IToken { Type: not SymbolicLexer.RPAREN } token; i++)
                {
                    if (token.Type != SymbolicLexer.IDENT) continue;
                    var text = token.Text;
                    if (parameters.Contains(text))
                    {
                        throw Errors.ParameterDeclaredTwice(text, _source.Span(token), _source.Text);
                    }
                    parameters.Add(text);
                }
                return new FunctionDefinitionSyntax(name, parameters, body, span);
            }
            case SymbolicParser.ExpressionStatementContext:
            {
                var expression = Node(0);
                return new ExpressionStatementSyntax(expression, expression.Span);
            }
            default:
                throw new InvalidOperationException($"unknown statement form {context.GetType().Name}");
        }
    }

    /// <summary><c>a + b - c</c>: left-nested.</summary>
    private SyntaxNode Sum(int start)
    {
        var result = Node(start);
        for (var i = start + 1; i + 1 < _items.Count; i += 2)
        {
            var op = Token(i).Type == SymbolicLexer.PLUS ? BinaryOperator.Add : BinaryOperator.Subtract;
            var right = Node(i + 1);
            result = new BinarySyntax(op, result, right, Join(result, right));
        }
        return result;
    }

    /// <summary><c>a * b / c d</c>: left-nested; an operand without an operator before it is implicit multiplication.</summary>
    private SyntaxNode Product(int start)
    {
        var result = Node(start);
        for (var i = start + 1; i < _items.Count; i++)
        {
            if (_items[i] is IToken op)
            {
                var right = Node(++i);
                var kind = op.Type == SymbolicLexer.STAR ? BinaryOperator.Multiply : BinaryOperator.Divide;
                result = new BinarySyntax(kind, result, right, Join(result, right));
            }
            else
            {
                var right = Node(i);
                result = new BinarySyntax(BinaryOperator.Multiply, result, right, Join(result, right), IsImplicit: true);
            }
        }
        return result;
    }

    /// <summary><c>a ^ e</c>, where e (a signed rule) is already built: chains nest to the right by themselves.</summary>
    private SyntaxNode Power(int start)
    {
        var baseNode = Node(start);
        if (_items.Count == start + 1) return baseNode;
        var exponent = _items[start + 1] is IToken { Type: SymbolicLexer.SUPERSCRIPT } superscript ? Superscript(superscript) : Node(start + 2);
        return new BinarySyntax(BinaryOperator.Power, baseNode, exponent, Join(baseNode, exponent));
    }

    /// <summary>The exponent written as superscript digits: <c>²</c> is 2, <c>⁻¹</c> is -1, spanning the token.</summary>
    private SyntaxNode Superscript(IToken token)
    {
        var span = Span(token, token);
        var negative = token.Text[0] == '\u207B';
        var digits = new string(token.Text.Skip(negative ? 1 : 0).Select(c => (char)('0' + "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079".IndexOf(c))).ToArray());
        SyntaxNode number = new NumberSyntax(digits, span);
        return negative ? new UnarySyntax(UnaryOperator.Minus, number, span) : number;
    }

    /// <summary><c>- - x</c>: the sign tokens from <paramref name="start"/> up to <paramref name="end"/>, applied from the innermost outwards.</summary>
    private SyntaxNode WrapSigns(int start, int end, SyntaxNode operand)
    {
        var result = operand;
        for (var i = end - 1; i >= start; i--)
        {
            var sign = Token(i);
            var op = sign.Type == SymbolicLexer.PLUS ? UnaryOperator.Plus : UnaryOperator.Minus;
            result = new UnarySyntax(op, result, _source.Span(sign.StartIndex, result.Span.End));
        }
        return result;
    }

    // CALL_OPEN argument* ')', the commas already dropped.
    private CallSyntax Call(int start, ParserRuleContext context)
    {
        var open = Token(start);
        var name = TokenFacts.CallName(open);
        var arguments = new List<ArgumentSyntax>(_items.Count - start - 2);
        for (var i = start + 1; i < _items.Count - 1; i++) arguments.Add((ArgumentSyntax)_items[i]);
        var nameSpan = _source.Span(open.StartIndex, open.StartIndex + name.Length);
        return new CallSyntax(name, nameSpan, arguments, Span(context.Start, context.Stop));
    }

    // (IDENT '=')? expr
    private ArgumentSyntax Argument(int start, ParserRuleContext context)
    {
        var name = _items.Count - start == 3 ? Token(start).Text : null;
        return new ArgumentSyntax(name, Node(_items.Count - 1), Span(context.Start, context.Stop));
    }

    // '[' expr* ']', the commas already dropped.
    private VectorSyntax Vector(int start, ParserRuleContext context)
    {
        var items = new List<SyntaxNode>(_items.Count - start - 2);
        for (var i = start + 1; i < _items.Count - 1; i++) items.Add(Node(i));
        return new VectorSyntax(items, Span(context.Start, context.Stop));
    }

    // A list's separators carry nothing once its elements are built.
    private void DropCommas(int start)
    {
        var kept = start;
        for (var i = start; i < _items.Count; i++)
            if (_items[i] is not IToken { Type: SymbolicLexer.COMMA }) _items[kept++] = _items[i];
        _items.RemoveRange(kept, _items.Count - kept);
    }

    private void Reduce(int start, object record)
    {
        _items.RemoveRange(start, _items.Count - start);
        _items.Add(record);
    }

    private string TextOf(IToken token)
    {
        var lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = _source.Text.AsSpan(token.StartIndex, token.StopIndex - token.StartIndex + 1);
        if (lookup.TryGetValue(span, out var text)) return text;
        text = span.ToString();
        _texts[text] = text;
        return text;
    }

    private SyntaxNode Node(int index) => (SyntaxNode)_items[index];

    private IToken Token(int index) => (IToken)_items[index];

    private TextSpan Span(IToken first, IToken last) => _source.Span(first.StartIndex, TokenFacts.End(last));

    private TextSpan Join(SyntaxNode left, SyntaxNode right) => _source.Span(left.Span.Start, right.Span.End);
}
