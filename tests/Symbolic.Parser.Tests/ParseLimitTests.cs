using System.Diagnostics;
using Symbolic.Syntax;

namespace Symbolic.Parser.Tests;

public class ParseLimitTests
{
    // Detects a hang (a parse that builds a million levels), not speed: generous, so a loaded machine passes.
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    private const int Deep = SyntaxParser.MaxNestingDepth;

    [Fact]
    public void Parse_ParenthesesAtTheDepthLimit_Parses()
    {
        var text = SyntaxText.Repeat("(", Deep) + "x" + SyntaxText.Repeat(")", Deep);
        var node = Assert.IsType<IdentifierSyntax>(SyntaxParser.ParseExpression(text));
        Assert.Equal(new TextSpan(0, text.Length, 1, 1), node.Span);
    }

    [Fact]
    public void Parse_CallsAtTheDepthLimit_Parse()
    {
        var text = SyntaxText.Repeat("sin(", Deep) + "x" + SyntaxText.Repeat(")", Deep);
        SyntaxNode node = SyntaxParser.ParseExpression(text);
        var depth = 0;
        while (node is CallSyntax call)
        {
            depth++;
            node = call.Arguments[0].Value;
        }
        Assert.Equal(Deep, depth);
        Assert.IsType<IdentifierSyntax>(node);
    }

    [Fact]
    public void Parse_NegationsAtTheDepthLimit_Parse()
    {
        var text = SyntaxText.Repeat("-(", Deep) + "x" + SyntaxText.Repeat(")", Deep);
        SyntaxNode node = SyntaxParser.ParseExpression(text);
        var depth = 0;
        while (node is UnarySyntax { Operator: UnaryOperator.Minus } unary)
        {
            depth++;
            node = unary.Operand;
        }
        Assert.Equal(Deep, depth);
    }

    [Fact]
    public void Parse_PowerChainAtTheDepthLimit_IsRightNested()
    {
        var text = SyntaxText.Repeat("2^", Deep) + "x";
        SyntaxNode node = SyntaxParser.ParseExpression(text);
        var depth = 0;
        while (node is BinarySyntax { Operator: BinaryOperator.Power } power)
        {
            depth++;
            Assert.IsType<NumberSyntax>(power.Left);
            node = power.Right;
        }
        Assert.Equal(Deep, depth);
        Assert.IsType<IdentifierSyntax>(node);
    }

    [Fact]
    public void Parse_SignedPowerChainAtTheDepthLimit_Parses()
    {
        var text = SyntaxText.Repeat("2^-", Deep) + "x";
        Assert.IsType<BinarySyntax>(SyntaxParser.ParseExpression(text));
    }

    [Fact]
    public void Parse_ManySigns_AreAFlatRun()
    {
        var text = SyntaxText.Repeat("-", 200_000) + "x";
        SyntaxNode node = SyntaxParser.ParseExpression(text);
        var count = 0;
        while (node is UnarySyntax unary)
        {
            count++;
            node = unary.Operand;
        }
        Assert.Equal(200_000, count);
    }

    [Fact]
    public void Parse_OneLevelPastTheLimit_IsRefusedWhereItPassesTheLimit()
    {
        var text = SyntaxText.Repeat("(", Deep + 1) + "x" + SyntaxText.Repeat(")", Deep + 1);
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression(text));
        Assert.Contains($"nested deeper than {Deep} levels", error.Message);
        Assert.Equal(Deep + 1, error.Column);
    }

    [Fact]
    public void Parse_PowerChainPastTheLimit_IsRefused()
    {
        var text = SyntaxText.Repeat("2^", Deep + 1) + "x";
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression(text));
        Assert.Contains($"nested deeper than {Deep} levels", error.Message);
    }

    [Fact]
    public void Parse_MillionNestedParentheses_IsRefusedAtTheLimit_WithoutHanging()
    {
        var text = SyntaxText.Repeat("(", 1_000_000) + "x" + SyntaxText.Repeat(")", 1_000_000);
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression(text));
        Assert.Contains($"nested deeper than {Deep} levels", error.Message);
        Assert.Equal(Deep + 1, error.Column);
        Assert.True(clock.Elapsed < HangLimit, $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_LowerDepthLimit_IsHonoured()
    {
        var options = new ParserOptions { MaxNestingDepth = 3 };
        Assert.IsType<IdentifierSyntax>(SyntaxParser.ParseExpression("(((x)))", options));
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression("((((x))))", options));
        Assert.Contains("nested deeper than 3 levels", error.Message);
        Assert.Equal(4, error.Column);
    }

    [Fact]
    public void Parse_InputOverTheLengthLimit_IsRefused()
    {
        var text = "x+" + new string(' ', SyntaxParser.MaxInputLength) + "y";
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression(text));
        Assert.Contains("too long", error.Message);
        Assert.Contains("4,000,000", error.Message);
    }

    [Fact]
    public void Parse_LowerLengthLimit_IsHonoured()
    {
        var options = new ParserOptions { MaxInputLength = 5 };
        Assert.IsType<BinarySyntax>(SyntaxParser.ParseExpression("x + y", options));
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression("x + yy", options));
        Assert.Contains("too long", error.Message);
    }

    [Fact]
    public void Parse_HundredThousandTermSum_IsLeftNested()
    {
        const int terms = 100_000;
        var text = string.Join(" + ", Enumerable.Range(0, terms).Select(i => $"{i}x^2"));
        SyntaxNode node = SyntaxParser.ParseExpression(text);
        var count = 1;
        while (node is BinarySyntax { Operator: BinaryOperator.Add } sum)
        {
            count++;
            Assert.IsType<BinarySyntax>(sum.Right);
            node = sum.Left;
        }
        Assert.Equal(terms, count);
    }

    [Fact]
    public void Parse_LongProduct_IsLeftNested()
    {
        var text = string.Join(" * ", Enumerable.Repeat("x", 100_000));
        SyntaxNode node = SyntaxParser.ParseExpression(text);
        var count = 1;
        while (node is BinarySyntax { Operator: BinaryOperator.Multiply } product)
        {
            count++;
            node = product.Left;
        }
        Assert.Equal(100_000, count);
    }
}
