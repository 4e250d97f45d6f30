using Symbolic.Syntax;

namespace Symbolic.Parser.Tests;

public class PrecedenceTests
{
    [Theory]
    [InlineData("-x^2", "(-(x^2))")]
    [InlineData("2^-1", "(2^(-1))")]
    [InlineData("2^3^2", "(2^(3^2))")]
    [InlineData("x**2", "(x^2)")]
    [InlineData("2**3**2", "(2^(3^2))")]
    [InlineData("2x", "(2*x)")]
    [InlineData("2x^2", "(2*(x^2))")]
    [InlineData("2 sin(x)", "(2*sin(x))")]
    [InlineData("3(a+b)", "(3*(a+b))")]
    [InlineData("(x+1)(x-1)", "((x+1)*(x-1))")]
    [InlineData("sin(x)cos(x)", "(sin(x)*cos(x))")]
    [InlineData("1-2-3", "((1-2)-3)")]
    [InlineData("8/4/2", "((8/4)/2)")]
    [InlineData("1+2*3", "(1+(2*3))")]
    [InlineData("(1+2)*3", "((1+2)*3)")]
    [InlineData("a*b/c*d", "(((a*b)/c)*d)")]
    [InlineData("--x", "(-(-x))")]
    [InlineData("- + - x", "(-(+(-x)))")]
    [InlineData("2*-x", "(2*(-x))")]
    [InlineData("-2x", "((-2)*x)")]
    [InlineData("2^-x^2", "(2^(-(x^2)))")]
    [InlineData("2^2x", "((2^2)*x)")]
    [InlineData("x - -1", "(x-(-1))")]
    [InlineData("f(x)^2", "(f(x)^2)")]
    [InlineData("1/2x", "((1/2)*x)")]
    [InlineData("x(2)", "x(2)")]
    [InlineData("x (2)", "x(2)")]
    [InlineData("(a)(b)", "(a*b)")]
    [InlineData("f()", "f()")]
    [InlineData("max(a, b, tol=1e-3)", "max(a, b, tol=1e-3)")]
    [InlineData("[]", "[]")]
    [InlineData("[1, x+1, -y]", "[1, (x+1), (-y)]")]
    [InlineData("[[1, 2], [3, 4]]", "[[1, 2], [3, 4]]")]
    [InlineData("2e", "(2*e)")]
    [InlineData("theta + θ*α", "(theta+(θ*α))")]
    [InlineData("x0 + x_1  # a comment", "(x0+x_1)")]
    public void Parse_Expression_FollowsPrecedenceAndAssociativity(string text, string expected)
    {
        Assert.Equal(expected, SyntaxText.Print(SyntaxParser.ParseExpression(text)));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("3.25")]
    [InlineData(".5")]
    [InlineData("1e-4")]
    [InlineData("2.5E+3")]
    [InlineData("7.")]
    public void Parse_NumberLiteral_KeepsItsText(string text)
    {
        var number = Assert.IsType<NumberSyntax>(SyntaxParser.ParseExpression(text));
        Assert.Equal(text, number.Text);
    }

    [Fact]
    public void Parse_ImplicitMultiplication_IsMarkedImplicit()
    {
        var product = Assert.IsType<BinarySyntax>(SyntaxParser.ParseExpression("2x"));
        Assert.True(product.IsImplicit);
        var explicitProduct = Assert.IsType<BinarySyntax>(SyntaxParser.ParseExpression("2*x"));
        Assert.False(explicitProduct.IsImplicit);
    }

    [Fact]
    public void Parse_Subtraction_IsBinarySubtract()
    {
        var difference = Assert.IsType<BinarySyntax>(SyntaxParser.ParseExpression("a - b"));
        Assert.Equal(BinaryOperator.Subtract, difference.Operator);
    }

    [Fact]
    public void Parse_NamedArgument_KeepsNameAndSpan()
    {
        var call = Assert.IsType<CallSyntax>(SyntaxParser.ParseExpression("eval(f, x=1)"));
        Assert.Equal("eval", call.Name);
        Assert.Equal(new TextSpan(0, 4, 1, 1), call.NameSpan);
        Assert.Null(call.Arguments[0].Name);
        Assert.Equal("x", call.Arguments[1].Name);
        Assert.Equal(new TextSpan(8, 3, 1, 9), call.Arguments[1].Span);
        Assert.Equal(new TextSpan(0, 12, 1, 1), call.Span);
    }

    [Fact]
    public void Parse_Spans_CountLinesAndColumnsFromOne()
    {
        var sum = Assert.IsType<BinarySyntax>(SyntaxParser.ParseExpression("a +\n  bb"));
        Assert.Equal(new TextSpan(0, 8, 1, 1), sum.Span);
        Assert.Equal(new TextSpan(6, 2, 2, 3), sum.Right.Span);
    }

    [Fact]
    public void Parse_ParenthesizedOperand_SpansItsParentheses()
    {
        var product = Assert.IsType<BinarySyntax>(SyntaxParser.ParseExpression("(x+1)(x-1)"));
        Assert.Equal(new TextSpan(0, 5, 1, 1), product.Left.Span);
        Assert.Equal(new TextSpan(0, 10, 1, 1), product.Span);
    }

    [Fact]
    public void ParseStatement_FunctionDefinition_HasNameParametersAndBody()
    {
        var definition = Assert.IsType<FunctionDefinitionSyntax>(SyntaxParser.ParseStatement("let f(x, y) = x^2 - x*y"));
        Assert.Equal("f", definition.Name);
        Assert.Equal(["x", "y"], definition.Parameters);
        Assert.Equal("((x^2)-(x*y))", SyntaxText.Print(definition.Body));
        Assert.Equal(new TextSpan(0, 23, 1, 1), definition.Span);
    }

    [Fact]
    public void ParseStatement_ValueDefinition_HasNameAndBody()
    {
        var definition = Assert.IsType<ValueDefinitionSyntax>(SyntaxParser.ParseStatement("let a = 2pi"));
        Assert.Equal("a", definition.Name);
        Assert.Equal("(2*pi)", SyntaxText.Print(definition.Body));
    }

    [Fact]
    public void ParseStatement_BareExpression_IsExpressionStatement()
    {
        var statement = Assert.IsType<ExpressionStatementSyntax>(SyntaxParser.ParseStatement("diff(f, x)"));
        Assert.Equal("diff(f, x)", SyntaxText.Print(statement.Expression));
    }
}
