using System.Text;
using Symbolic.Syntax;

namespace Symbolic.Parser.Tests;

/// <summary>Prints a syntax tree fully parenthesized, so tests can state precedence and associativity.</summary>
internal static class SyntaxText
{
    public static string Print(SyntaxNode node) => node switch
    {
        NumberSyntax n => n.Text,
        IdentifierSyntax i => i.Name,
        UnarySyntax u => $"({(u.Operator == UnaryOperator.Minus ? "-" : "+")}{Print(u.Operand)})",
        BinarySyntax b => $"({Print(b.Left)}{Symbol(b.Operator)}{Print(b.Right)})",
        CallSyntax c => $"{c.Name}({string.Join(", ", c.Arguments.Select(a => a.Name is null ? Print(a.Value) : $"{a.Name}={Print(a.Value)}"))})",
        VectorSyntax v => $"[{string.Join(", ", v.Items.Select(Print))}]",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name),
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Power => "^",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>Strings of nested brackets and the like for the depth tests.</summary>
    public static string Repeat(string piece, int count)
    {
        var builder = new StringBuilder(piece.Length * count);
        for (var i = 0; i < count; i++) builder.Append(piece);
        return builder.ToString();
    }
}
