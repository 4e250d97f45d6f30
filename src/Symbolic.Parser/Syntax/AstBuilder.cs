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
/// Tokens are held by their index in the <see cref="CompactTokenStream"/>, never as token objects, which the stream
/// reuses: the stack of a sum of 100,000 terms holds 100,000 operators until the sum ends. A rule's span runs from
/// the start of its first item to the end of its last, which is where its first and last tokens are.
/// </remarks>
internal sealed class AstBuilder
{
    private readonly SourceText _source;
    private readonly CompactTokenStream _tokens;
    // Tokens and finished records (SyntaxNode, ArgumentSyntax), in input order.
    private readonly List<Item> _items = [];
    // Where each open rule's items start.
    private readonly List<int> _ruleStarts = [];
    // The text of each distinct name and number, made once: a large formula repeats a few of them many times.
    private readonly Dictionary<string, string> _texts = [];

    public AstBuilder(SourceText source, CompactTokenStream tokens)
    {
        _source = source;
        _tokens = tokens;
    }

    public void RuleEntered() => _ruleStarts.Add(_items.Count);

    public void TokenConsumed(int tokenIndex) => _items.Add(new Item(null, tokenIndex));

    /// <summary>Replaces the items of the rule that just ended by their record.</summary>
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
                Reduce(start, new NumberSyntax(TextOf(TokenAt(start)), RuleSpan(start)));
                break;
            case SymbolicParser.IdentifierContext:
                Reduce(start, new IdentifierSyntax(TextOf(TokenAt(start)), RuleSpan(start)));
                break;
            case SymbolicParser.CallContext: Reduce(start, Call(start)); break;
            case SymbolicParser.ParenthesizedContext:
                // (x) is the node for x, with a span that includes the parentheses.
                Reduce(start, Node(start + 1) with { Span = RuleSpan(start) });
                break;
            case SymbolicParser.VectorContext: Reduce(start, Vector(start)); break;
            case SymbolicParser.ArgumentContext: Reduce(start, Argument(start)); break;
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
                var span = _source.Span(_tokens.StartAt(TokenAt(0)), body.Span.End);
                var header = TokenAt(1);
                if (_tokens.TypeAt(header) == SymbolicLexer.IDENT) return new ValueDefinitionSyntax(_tokens.TextAt(header), body, span);
                var name = TokenFacts.CallName(_tokens.TextAt(header));
                var parameters = new List<string>();
                for (var i = 2; _items[i].IsToken && _tokens.TypeAt(_items[i].Token) != SymbolicLexer.RPAREN; i++)
                {
                    var token = _items[i].Token;
                    if (_tokens.TypeAt(token) != SymbolicLexer.IDENT) continue;
                    var text = _tokens.TextAt(token);
                    if (parameters.Contains(text))
                    {
                        throw Errors.ParameterDeclaredTwice(text, TokenSpan(token), _source.Text);
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
            var op = TypeAt(i) == SymbolicLexer.PLUS ? BinaryOperator.Add : BinaryOperator.Subtract;
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
            if (_items[i].IsToken)
            {
                var kind = TypeAt(i) == SymbolicLexer.STAR ? BinaryOperator.Multiply : BinaryOperator.Divide;
                var right = Node(++i);
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
        var exponent = TypeAt(start + 1) == SymbolicLexer.SUPERSCRIPT ? Superscript(TokenAt(start + 1)) : Node(start + 2);
        return new BinarySyntax(BinaryOperator.Power, baseNode, exponent, Join(baseNode, exponent));
    }

    /// <summary>The exponent written as superscript digits: <c>²</c> is 2, <c>⁻¹</c> is -1, spanning the token.</summary>
    private SyntaxNode Superscript(int token)
    {
        var span = TokenSpan(token);
        var written = _tokens.TextAt(token);
        var negative = written[0] == '\u207B';
        var digits = new string(written.Skip(negative ? 1 : 0).Select(c => (char)('0' + "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079".IndexOf(c))).ToArray());
        SyntaxNode number = new NumberSyntax(digits, span);
        return negative ? new UnarySyntax(UnaryOperator.Minus, number, span) : number;
    }

    /// <summary><c>- - x</c>: the sign tokens from <paramref name="start"/> up to <paramref name="end"/>, applied from the innermost outwards.</summary>
    private SyntaxNode WrapSigns(int start, int end, SyntaxNode operand)
    {
        var result = operand;
        for (var i = end - 1; i >= start; i--)
        {
            var sign = TokenAt(i);
            var op = _tokens.TypeAt(sign) == SymbolicLexer.PLUS ? UnaryOperator.Plus : UnaryOperator.Minus;
            result = new UnarySyntax(op, result, _source.Span(_tokens.StartAt(sign), result.Span.End));
        }
        return result;
    }

    // CALL_OPEN argument* ')', the commas already dropped.
    private CallSyntax Call(int start)
    {
        var open = TokenAt(start);
        var name = TokenFacts.CallName(_tokens.TextAt(open));
        var arguments = new List<ArgumentSyntax>(_items.Count - start - 2);
        for (var i = start + 1; i < _items.Count - 1; i++) arguments.Add((ArgumentSyntax)_items[i].Record!);
        var nameSpan = _source.Span(_tokens.StartAt(open), _tokens.StartAt(open) + name.Length);
        return new CallSyntax(name, nameSpan, arguments, RuleSpan(start));
    }

    // (IDENT '=')? expr
    private ArgumentSyntax Argument(int start)
    {
        var name = _items.Count - start == 3 ? _tokens.TextAt(TokenAt(start)) : null;
        return new ArgumentSyntax(name, Node(_items.Count - 1), RuleSpan(start));
    }

    // '[' expr* ']', the commas already dropped.
    private VectorSyntax Vector(int start)
    {
        var items = new List<SyntaxNode>(_items.Count - start - 2);
        for (var i = start + 1; i < _items.Count - 1; i++) items.Add(Node(i));
        return new VectorSyntax(items, RuleSpan(start));
    }

    // A list's separators carry nothing once its elements are built.
    private void DropCommas(int start)
    {
        var kept = start;
        for (var i = start; i < _items.Count; i++)
            if (!_items[i].IsToken || TypeAt(i) != SymbolicLexer.COMMA) _items[kept++] = _items[i];
        _items.RemoveRange(kept, _items.Count - kept);
    }

    private void Reduce(int start, object record)
    {
        _items.RemoveRange(start, _items.Count - start);
        _items.Add(new Item(record, -1));
    }

    private string TextOf(int token)
    {
        var lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = _tokens.StartAt(token);
        var span = _source.Text.AsSpan(start, _tokens.EndAt(token) - start);
        if (lookup.TryGetValue(span, out var text)) return text;
        text = span.ToString();
        _texts[text] = text;
        return text;
    }

    private SyntaxNode Node(int index) => (SyntaxNode)_items[index].Record!;

    private int TokenAt(int index) => _items[index].Token;

    private int TypeAt(int index) => _tokens.TypeAt(_items[index].Token);

    private TextSpan TokenSpan(int token) => _source.Span(_tokens.StartAt(token), _tokens.EndAt(token));

    // From the first item of the rule starting at start to the last item on the stack.
    private TextSpan RuleSpan(int start) => _source.Span(StartOf(_items[start]), EndOf(_items[^1]));

    private int StartOf(Item item) => item.IsToken ? _tokens.StartAt(item.Token) : SpanOf(item.Record!).Start;

    private int EndOf(Item item) => item.IsToken ? _tokens.EndAt(item.Token) : SpanOf(item.Record!).End;

    private static TextSpan SpanOf(object record) => record is SyntaxNode node ? node.Span : ((ArgumentSyntax)record).Span;

    private TextSpan Join(SyntaxNode left, SyntaxNode right) => _source.Span(left.Span.Start, right.Span.End);

    /// <summary>A finished record, or (with <see cref="Record"/> null) the index of a consumed token.</summary>
    private readonly record struct Item(object? Record, int Token)
    {
        public bool IsToken => Record is null;
    }
}
