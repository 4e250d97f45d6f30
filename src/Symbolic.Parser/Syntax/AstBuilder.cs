using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Symbolic.Grammar;

namespace Symbolic.Syntax;

/// <summary>
/// Turns ANTLR's parse tree into syntax records. Sums, products, runs of signs and chains of powers are
/// built with loops; only brackets and calls recurse, and <see cref="SyntaxParser"/> runs this on a stack
/// sized for their depth.
/// </summary>
internal sealed class AstBuilder : SymbolicBaseVisitor<SyntaxNode>
{
    private readonly SourceText _source;

    public AstBuilder(SourceText source) => _source = source;

    public StatementSyntax BuildStatement(SymbolicParser.StatementContext context)
    {
        switch (context)
        {
            case SymbolicParser.DefinitionContext definition:
            {
                var body = Visit(definition.expr());
                var span = Span(definition.Start, definition.expr().Stop);
                if (definition.parameterList() is not { } list)
                {
                    return new ValueDefinitionSyntax(definition.IDENT().GetText(), body, span);
                }
                var name = TokenFacts.CallName(list.CALL_OPEN().Symbol);

                var parameters = new List<string>();
                foreach (var parameter in list.IDENT())
                {
                    var text = parameter.GetText();
                    if (parameters.Contains(text))
                    {
                        throw _source.Error($"parameter '{text}' is declared twice", parameter.Symbol.StartIndex, TokenFacts.End(parameter.Symbol));
                    }
                    parameters.Add(text);
                }
                return new FunctionDefinitionSyntax(name, parameters, body, span);
            }
            case SymbolicParser.ExpressionStatementContext statement:
            {
                var expression = Visit(statement.expr());
                return new ExpressionStatementSyntax(expression, expression.Span);
            }
            default:
                throw new InvalidOperationException($"unknown statement form {context.GetType().Name}");
        }
    }

    /// <summary><c>a + b - c</c>: left-nested, built in one loop.</summary>
    public override SyntaxNode VisitExpr(SymbolicParser.ExprContext context)
    {
        var children = context.children;
        var result = Visit(children[0]);
        for (var i = 1; i + 1 < children.Count; i += 2)
        {
            var op = ((ITerminalNode)children[i]).Symbol.Type == SymbolicLexer.PLUS ? BinaryOperator.Add : BinaryOperator.Subtract;
            var right = Visit(children[i + 1]);
            result = new BinarySyntax(op, result, right, Join(result, right));
        }
        return result;
    }

    /// <summary><c>a * b / c d</c>: left-nested; a bare power is implicit multiplication.</summary>
    public override SyntaxNode VisitTerm(SymbolicParser.TermContext context)
    {
        var children = context.children;
        var result = Visit(children[0]);
        for (var i = 1; i < children.Count; i++)
        {
            if (children[i] is ITerminalNode op)
            {
                var right = Visit(children[++i]);
                var kind = op.Symbol.Type == SymbolicLexer.STAR ? BinaryOperator.Multiply : BinaryOperator.Divide;
                result = new BinarySyntax(kind, result, right, Join(result, right));
            }
            else
            {
                var right = Visit(children[i]);
                result = new BinarySyntax(BinaryOperator.Multiply, result, right, Join(result, right), IsImplicit: true);
            }
        }
        return result;
    }

    /// <summary><c>- - x</c>: the signs apply from the innermost outwards.</summary>
    public override SyntaxNode VisitSigned(SymbolicParser.SignedContext context) =>
        WrapSigns(context, Visit(context.power()));

    /// <summary><c>a ^ b ^ c</c> is <c>a ^ (b ^ c)</c>: walk down the chain, then build it from the top exponent.</summary>
    public override SyntaxNode VisitPower(SymbolicParser.PowerContext context)
    {
        // Most operands are no power at all: no chain to collect.
        if (context.signed() is null) return Visit(context.primary());
        var chain = new List<(SyntaxNode Base, SymbolicParser.SignedContext Exponent)>();
        var current = context;
        while (current.signed() is { } exponent)
        {
            chain.Add((Visit(current.primary()), exponent));
            current = exponent.power();
        }
        var result = Visit(current.primary());
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var (baseNode, exponentContext) = chain[i];
            var exponent = WrapSigns(exponentContext, result);
            result = new BinarySyntax(BinaryOperator.Power, baseNode, exponent, Join(baseNode, exponent));
        }
        return result;
    }

    // A number or a name is one token: its text, without RuleContext.GetText's string builder.
    public override SyntaxNode VisitNumber(SymbolicParser.NumberContext context) =>
        new NumberSyntax(context.Start.Text, Span(context.Start, context.Stop));

    public override SyntaxNode VisitIdentifier(SymbolicParser.IdentifierContext context) =>
        new IdentifierSyntax(context.Start.Text, Span(context.Start, context.Stop));

    public override SyntaxNode VisitCall(SymbolicParser.CallContext context)
    {
        var open = context.CALL_OPEN().Symbol;
        var name = TokenFacts.CallName(open);
        var arguments = new List<ArgumentSyntax>();
        if (context.arguments() is { } list)
        {
            foreach (var argument in list.argument())
            {
                var value = Visit(argument.expr());
                var argumentName = argument.IDENT()?.GetText();
                arguments.Add(new ArgumentSyntax(argumentName, value, Span(argument.Start, argument.Stop)));
            }
        }
        var nameSpan = _source.Span(open.StartIndex, open.StartIndex + name.Length);
        return new CallSyntax(name, nameSpan, arguments, Span(context.Start, context.Stop));
    }

    /// <summary><c>(x)</c> is the node for <c>x</c>, with a span that includes the parentheses.</summary>
    public override SyntaxNode VisitParenthesized(SymbolicParser.ParenthesizedContext context) =>
        Visit(context.expr()) with { Span = Span(context.Start, context.Stop) };

    public override SyntaxNode VisitVector(SymbolicParser.VectorContext context)
    {
        var items = context.items()?.expr().Select(Visit).ToList() ?? [];
        return new VectorSyntax(items, Span(context.Start, context.Stop));
    }

    private SyntaxNode WrapSigns(SymbolicParser.SignedContext context, SyntaxNode operand)
    {
        var children = context.children;
        var result = operand;
        for (var i = children.Count - 2; i >= 0; i--)
        {
            var sign = ((ITerminalNode)children[i]).Symbol;
            var op = sign.Type == SymbolicLexer.PLUS ? UnaryOperator.Plus : UnaryOperator.Minus;
            result = new UnarySyntax(op, result, _source.Span(sign.StartIndex, result.Span.End));
        }
        return result;
    }

    private TextSpan Span(IToken first, IToken last) => _source.Span(first.StartIndex, TokenFacts.End(last));

    private TextSpan Join(SyntaxNode left, SyntaxNode right) => _source.Span(left.Span.Start, right.Span.End);
}
