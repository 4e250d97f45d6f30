namespace Symbolic.Syntax;

/// <summary>
/// Limits that protect the parser from hostile or accidental input. The defaults are
/// <see cref="SyntaxParser.MaxNestingDepth"/> and <see cref="SyntaxParser.MaxInputLength"/>.
/// </summary>
/// <example>
/// <code>
/// var small = new ParserOptions { MaxInputLength = 10_000 };
/// var node = SyntaxParser.ParseExpression(text, small);
/// </code>
/// </example>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// How deep brackets, calls and chains of <c>^</c> may nest. One level is one open <c>(</c> or <c>[</c>
    /// or one <c>^</c> still waiting for its exponent to end.
    /// </summary>
    public int MaxNestingDepth { get; init; } = SyntaxParser.MaxNestingDepth;

    /// <summary>The longest input accepted, in UTF-16 characters.</summary>
    public int MaxInputLength { get; init; } = SyntaxParser.MaxInputLength;
}
