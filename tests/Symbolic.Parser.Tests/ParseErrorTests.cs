using Symbolic.Syntax;

namespace Symbolic.Parser.Tests;

public class ParseErrorTests
{
    private static ParseException Fails(string text)
    {
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseStatement(text));
        Assert.Equal(text, error.Input);
        return error;
    }

    [Fact]
    public void Display_PutsACaretUnderTheColumn()
    {
        var error = Fails("2 + sin(x");
        Assert.Equal("expected ')' after 'sin(x'\n  2 + sin(x\n           ^", error.Display);
    }

    [Fact]
    public void Display_OfAHugeLine_ShowsAWindowAroundTheColumn()
    {
        var text = new string('x', 5000) + " )";
        var lines = Fails(text).Display.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.True(lines[1].Length <= SymbolicException.MaxExcerptWidth + 4, $"{lines[1].Length:N0} characters echoed");
        Assert.StartsWith("  …", lines[1]);
        Assert.Equal(')', lines[1][lines[2].Length - 1]);
    }

    [Fact]
    public void At_WithAPlace_PointsThere_AndWithoutOne_HasNone()
    {
        var placed = SymbolicException.At("bad", new TextSpan(4, 1, 1, 5), "1 + ?");
        Assert.Equal((1, 5, "1 + ?"), (placed.Line!.Value, placed.Column!.Value, placed.Input));
        Assert.Equal("bad\n  1 + ?\n      ^", placed.Display);

        var unplaced = SymbolicException.At("bad", null, "1 + ?");
        Assert.Null(unplaced.Span);
        Assert.Null(unplaced.Input);
        Assert.Equal("bad", unplaced.Display);
    }

    [Theory]
    [InlineData("sin(x", "expected ')' after 'sin(x'", 6)]
    [InlineData("2 + sin(x", "expected ')' after 'sin(x'", 10)]
    [InlineData("((x+1)", "expected ')' after '((x+1)'", 7)]
    [InlineData("[1, 2", "expected ']' after '[1, 2'", 6)]
    [InlineData("x +", "missing operand after '+'", 4)]
    [InlineData("2 ** ** 3", "missing operand after '**'", 6)]
    [InlineData("[1, 2] + ", "missing operand after '+'", 9)]
    [InlineData("x * / y", "missing operand after '*'", 5)]
    [InlineData("2^", "missing operand after '^'", 3)]
    [InlineData("", "empty input", 1)]
    [InlineData("   \t ", "empty input", 1)]
    [InlineData("# only a comment", "empty input", 1)]
    [InlineData("(x + 1))", "unmatched ')'", 8)]
    [InlineData("x]", "unmatched ']'", 2)]
    [InlineData("[1, 2)", "')' does not match the '[' opened at line 1, column 1", 6)]
    [InlineData("x $ y", "unexpected character '$'", 3)]
    [InlineData("x + \u0001", "unexpected control character U+0001", 5)]
    [InlineData("let", "expected a name after 'let'", 4)]
    [InlineData("let 2 = 3", "expected a name after 'let'", 5)]
    [InlineData("let f(x,) = 1", "expected a parameter name after ','", 9)]
    [InlineData("let f(2) = 1", "expected a parameter name after 'f('", 7)]
    [InlineData("let f(x+1) = 1", "expected ',' or ')' after parameter 'x'", 8)]
    [InlineData("let f(x, x) = 1", "parameter 'x' is declared twice", 10)]
    [InlineData("let a", "expected '=' after 'let a'", 6)]
    [InlineData("let f(x) x", "expected '=' after 'let f(x)'", 10)]
    [InlineData("let a =", "expected an expression after '='", 8)]
    [InlineData("x y", "write 'x*y' to multiply", 3)]
    [InlineData("2 3", "write '2*3' to multiply", 3)]
    [InlineData("x 2", "write 'x*2' to multiply", 3)]
    [InlineData("x sin(y)", "write 'x*sin' to multiply", 3)]
    [InlineData("()", "empty parentheses", 2)]
    [InlineData("f(x,)", "expected an expression after ','", 5)]
    [InlineData("* x", "expected an expression before '*'", 1)]
    [InlineData("x = 1", "a definition starts with 'let'", 3)]
    [InlineData("f(2=1)", "only a call's arguments can be named", 4)]
    [InlineData("x, y", "unexpected ','", 2)]
    [InlineData("x let", "unexpected 'let'", 3)]
    public void Parse_BadInput_ReportsMessageAndColumn(string text, string message, int column)
    {
        var error = Fails(text);
        Assert.Contains(message, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Parse_MissingCloseParen_ReportsColumnJustPastTheEnd()
    {
        var error = Fails("sin(x");
        Assert.Equal("expected ')' after 'sin(x'", error.Message);
        Assert.Equal("expected ')' after 'sin(x'\n  sin(x\n       ^", error.Display);
    }

    [Fact]
    public void Parse_UnmatchedCloseParen_ReportsColumn()
    {
        var error = Fails("(x + 1))");
        Assert.Equal(new TextSpan(7, 1, 1, 8), error.Span);
    }

    [Fact]
    public void Parse_ErrorOnLaterLine_ReportsLineAndColumn()
    {
        var error = Fails("x +\n  y $\n");
        Assert.Contains("unexpected character '$'", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void Parse_MissingOperandAtEndOfLaterLine_PointsPastTheOperator()
    {
        var error = Fails("1 +\n2 *\n");
        Assert.Contains("missing operand after '*'", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal(4, error.Column);
    }

    [Fact]
    public void Parse_EarlierError_WinsOverLaterOne()
    {
        var error = Fails("x + * y $");
        Assert.Contains("missing operand after '+'", error.Message);
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void ParseExpression_Definition_IsAnError()
    {
        var error = Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression("let a = 1"));
        Assert.Contains("not a definition", error.Message);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public void Parse_BadInput_PrintsNothingToTheConsole()
    {
        var original = (Console.Out, Console.Error);
        var captured = new StringWriter();
        Console.SetOut(captured);
        Console.SetError(captured);
        try
        {
            foreach (var text in new[] { "sin(x", "x +", "let", "x = 1", "2 ** ** 3", "f(2=1)" })
            {
                Assert.Throws<ParseException>(() => SyntaxParser.ParseStatement(text));
            }
        }
        finally
        {
            Console.SetOut(original.Out);
            Console.SetError(original.Error);
        }
        Assert.Equal("", captured.ToString());
    }

    [Theory]
    [InlineData("x +")]
    [InlineData(")")]
    [InlineData("let f(")]
    [InlineData("[[1, 2], [3, 4]")]
    [InlineData("f(x=")]
    [InlineData("2 ^ ^")]
    [InlineData("=")]
    [InlineData("let f(x) = ")]
    [InlineData("\ud835")]
    [InlineData("((((")]
    public void Parse_BadInput_NeverShowsAntlrWording(string text)
    {
        var error = Fails(text);
        Assert.DoesNotContain("mismatched", error.Message);
        Assert.DoesNotContain("expecting", error.Message);
        Assert.DoesNotContain("viable", error.Message);
        Assert.DoesNotContain("<EOF>", error.Message);
    }
}
