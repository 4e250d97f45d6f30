using Symbolic.Syntax;

namespace Symbolic.Parser.Tests;

/// <summary>Math pasted from typeset text reads as the ASCII it stands for, with error columns still on the character typed.</summary>
public class TypesetInputTests
{
    [Theory]
    [InlineData("x²", "x^2")]
    [InlineData("x³ + 2x²", "x^3 + 2*x^2")]
    [InlineData("x⁻¹", "x^-1")]
    [InlineData("x¹²", "x^12")]
    [InlineData("a − b", "a - b")]
    [InlineData("−x", "-x")]
    [InlineData("a × b", "a*b")]
    [InlineData("a · b", "a*b")]
    [InlineData("a ⋅ b", "a*b")]
    [InlineData("(x + 1)² − 1", "(x + 1)^2 - 1")]
    public void TypesetOperators_ReadAsTheirAsciiForms(string typeset, string ascii) =>
        Assert.Equal(Expressions.Print(Expressions.Parse(ascii)), Expressions.Print(Expressions.Parse(typeset)));

    [Fact]
    public void ErrorAfterASuperscript_PointsAtTheCharacterTyped()
    {
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseStatement("x² − $"));
        Assert.Equal(6, error.Column);
    }

    [Theory]
    [InlineData("sin x", "'sin' is a function: write 'sin(x)'", 5)]
    [InlineData("2 + exp 3", "'exp' is a function: write 'exp(3)'", 9)]
    public void FunctionNameBeforeItsArgument_SuggestsParentheses(string text, string message, int column)
    {
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseStatement(text));
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.Column);
    }
}
