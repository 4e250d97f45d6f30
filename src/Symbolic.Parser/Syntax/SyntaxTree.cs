namespace Symbolic.Syntax;

/// <summary>A place in the source text: 0-based offset and length, 1-based line and column.</summary>
public readonly record struct TextSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;
}

/// <summary>The operators the grammar knows, shared by parser and printers.</summary>
public enum BinaryOperator { Add, Subtract, Multiply, Divide, Power }

/// <summary>Prefix operators.</summary>
public enum UnaryOperator { Plus, Minus }

/// <summary>
/// A node of the syntax tree the parser builds from text, before names are resolved.
/// Every node knows where it came from, so later stages can report errors with a position.
/// </summary>
public abstract record SyntaxNode(TextSpan Span);

/// <summary>A numeric literal as written (<c>12</c>, <c>3.25</c>, <c>.5</c>, <c>1e-4</c>).</summary>
public sealed record NumberSyntax(string Text, TextSpan Span) : SyntaxNode(Span);

/// <summary>A name: a variable, a constant such as <c>pi</c>, or a definition of the session.</summary>
public sealed record IdentifierSyntax(string Name, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>-x</c>, <c>+x</c>.</summary>
public sealed record UnarySyntax(UnaryOperator Operator, SyntaxNode Operand, TextSpan Span) : SyntaxNode(Span);

/// <summary>
/// A binary operation. <see cref="IsImplicit"/> marks multiplication by juxtaposition (<c>2x</c>).
/// </summary>
public sealed record BinarySyntax(BinaryOperator Operator, SyntaxNode Left, SyntaxNode Right, TextSpan Span, bool IsImplicit = false)
    : SyntaxNode(Span);

/// <summary>One argument of a call: positional (<see cref="Name"/> null) or named (<c>x=1</c>).</summary>
public sealed record ArgumentSyntax(string? Name, SyntaxNode Value, TextSpan Span);

/// <summary><c>name(arg, ..., key=value)</c>. <see cref="NameSpan"/> points at the name.</summary>
public sealed record CallSyntax(string Name, TextSpan NameSpan, IReadOnlyList<ArgumentSyntax> Arguments, TextSpan Span)
    : SyntaxNode(Span);

/// <summary><c>[a, b, c]</c>; a matrix is a vector of vectors.</summary>
public sealed record VectorSyntax(IReadOnlyList<SyntaxNode> Items, TextSpan Span) : SyntaxNode(Span);

/// <summary>A whole line of input.</summary>
public abstract record StatementSyntax(TextSpan Span);

/// <summary><c>let f(x, y) = body</c>.</summary>
public sealed record FunctionDefinitionSyntax(string Name, IReadOnlyList<string> Parameters, SyntaxNode Body, TextSpan Span)
    : StatementSyntax(Span);

/// <summary><c>let a = body</c>.</summary>
public sealed record ValueDefinitionSyntax(string Name, SyntaxNode Body, TextSpan Span) : StatementSyntax(Span);

/// <summary>A bare expression.</summary>
public sealed record ExpressionStatementSyntax(SyntaxNode Expression, TextSpan Span) : StatementSyntax(Span);
