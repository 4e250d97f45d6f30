using System.Numerics;
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
/// reuses. A rule's span runs from the start of its first item to the end of its last, which is where its first and
/// last tokens are.
/// </remarks>
internal sealed class AstBuilder
{
    private readonly SourceText _source;
    private readonly CompactTokenStream _tokens;
    // Tokens and finished records (SyntaxNode, ArgumentSyntax), in input order.
    private readonly List<Item> _items = [];
    // Where each open rule's items start, and which rule it is.
    private readonly List<(int Start, int Rule)> _openRules = [];
    // The texts of names and numbers met, by a hash of their characters: a formula repeats a name or a number within
    // a few tokens (x[i] in the term before and the one after, the same constants), and finding it here costs less
    // than making it again or a dictionary lookup (a large formula has 100,000 names; a dictionary of them was a
    // tenth of parsing). Each entry also holds where the text was last seen, and a candidate is compared with the
    // source there, close by and likely in the cache, rather than with the string, which may be anywhere in the heap.
    // A text pushed out by another with the same hash is made again when it comes back. The cache has about a slot
    // per token, up to its full size: a short formula (one of 10,000 equations, a REPL line) would otherwise pay for
    // clearing 64 KB of cache it never fills, which made parsing many short texts half as slow again.
    private readonly string?[] _texts;
    private readonly int[] _textSeenAt;
    private readonly int[] _textLengths;
    private readonly int _textCacheBits;
    private const int MinTextCacheBits = 4, MaxTextCacheBits = 12;

    public AstBuilder(SourceText source, CompactTokenStream tokens)
    {
        _source = source;
        _tokens = tokens;
        _textCacheBits = Math.Clamp(BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(tokens.Count, 1))), MinTextCacheBits, MaxTextCacheBits);
        _texts = new string?[1 << _textCacheBits];
        _textSeenAt = new int[1 << _textCacheBits];
        _textLengths = new int[1 << _textCacheBits];
    }

    public void RuleEntered(int ruleIndex)
    {
        _openRules.Add((_items.Count, ruleIndex));
    }

    public void TokenConsumed(int tokenIndex) => _items.Add(new Item(null, null, tokenIndex));

    /// <summary>Replaces the items of the rule that just ended (one of <see cref="SymbolicParser"/>'s <c>RULE_</c> indices) by their record.</summary>
    /// <remarks>
    /// By rule index rather than by the context's type: a chain of type tests per rule cost more than the reduction.
    /// The alternatives of <c>primary</c> are told apart by their first token, as the grammar does.
    /// </remarks>
    public void RuleExited(int ruleIndex)
    {
        var start = _openRules[^1].Start;
        _openRules.RemoveAt(_openRules.Count - 1);
        switch (ruleIndex)
        {
            case SymbolicParser.RULE_expr: Reduce(start, Sum(start)); break;
            case SymbolicParser.RULE_term: Reduce(start, Product(start)); break;
            case SymbolicParser.RULE_signed: Reduce(start, WrapSigns(start, _items.Count - 1, Node(_items.Count - 1))); break;
            case SymbolicParser.RULE_power: Reduce(start, Power(start)); break;
            case SymbolicParser.RULE_primary: Reduce(start, Primary(start)); break;
            case SymbolicParser.RULE_argument: Reduce(start, Argument(start)); break;
            case SymbolicParser.RULE_arguments or SymbolicParser.RULE_items: DropCommas(start); break;
            // The parameter list and the statement stay as tokens and records for BuildStatement.
        }
        FoldIntoOpenChain();
    }

    // A sum or a product takes each operand in as soon as it is built (both nest to the left), so a sum of 100,000
    // terms holds one record and one operator on the stack at a time instead of all of them until it ends.
    private void FoldIntoOpenChain()
    {
        if (_openRules.Count == 0) return;
        var (start, rule) = _openRules[^1];
        if (_items.Count - start < 2 || _items[^1].Node is null) return;
        switch (rule)
        {
            case SymbolicParser.RULE_expr: Reduce(start, Sum(start)); break;
            case SymbolicParser.RULE_term: Reduce(start, Product(start)); break;
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

    // NUMBER | CALL_OPEN arguments? ')' | IDENT | '(' expr ')' | '[' items? ']'
    private SyntaxNode Primary(int start)
    {
        var first = TokenAt(start);
        switch (_tokens.TypeAt(first))
        {
            case SymbolicLexer.NUMBER: return new NumberSyntax(TextOf(first), TokenSpan(first));
            case SymbolicLexer.IDENT: return new IdentifierSyntax(TextOf(first), TokenSpan(first));
            case SymbolicLexer.CALL_OPEN: return Call(start);
            // (x) is the node for x, with a span that includes the parentheses.
            case SymbolicLexer.LPAREN: return Node(start + 1) with { Span = RuleSpan(start) };
            default: return Vector(start);
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
        for (var i = start + 1; i < _items.Count - 1; i++) arguments.Add(_items[i].Argument!);
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

    private void Reduce(int start, SyntaxNode node) => Reduce(start, new Item(node, null, -1));

    private void Reduce(int start, ArgumentSyntax argument) => Reduce(start, new Item(null, argument, -1));

    // The record takes the place of the rule's first item; the others are dropped.
    private void Reduce(int start, Item record)
    {
        if (start == _items.Count)
        {
            _items.Add(record);
            return;
        }
        _items.RemoveRange(start + 1, _items.Count - start - 1);
        _items[start] = record;
    }

    private string TextOf(int token)
    {
        var start = _tokens.StartAt(token);
        var length = _tokens.EndAt(token) - start;
        var text = _source.Text;
        var span = text.AsSpan(start, length);
        var hash = (uint)length;
        foreach (var c in span) hash = hash * 31 + c;
        var slot = (int)((hash * 2654435769u) >> (32 - _textCacheBits));
        var known = _texts[slot];
        if (known is null || _textLengths[slot] != length || !span.SequenceEqual(text.AsSpan(_textSeenAt[slot], length)))
        {
            known = _texts[slot] = span.ToString();
            _textLengths[slot] = length;
        }
        _textSeenAt[slot] = start;
        return known;
    }

    private SyntaxNode Node(int index) => _items[index].Node!;

    private int TokenAt(int index) => _items[index].Token;

    private int TypeAt(int index) => _tokens.TypeAt(_items[index].Token);

    private TextSpan TokenSpan(int token) => _source.Span(_tokens.StartAt(token), _tokens.EndAt(token));

    // From the first item of the rule starting at start to the last item on the stack.
    private TextSpan RuleSpan(int start) => _source.Span(StartOf(_items[start]), EndOf(_items[^1]));

    private int StartOf(Item item) => item.IsToken ? _tokens.StartAt(item.Token) : item.Span.Start;

    private int EndOf(Item item) => item.IsToken ? _tokens.EndAt(item.Token) : item.Span.End;


    private TextSpan Join(SyntaxNode left, SyntaxNode right) => _source.Span(left.Span.Start, right.Span.End);

    /// <summary>A finished record (a node or an argument), or, with neither, the index of a consumed token.</summary>
    private readonly record struct Item(SyntaxNode? Node, ArgumentSyntax? Argument, int Token)
    {
        public bool IsToken => Node is null && Argument is null;

        public TextSpan Span => Node?.Span ?? Argument!.Span;
    }
}
