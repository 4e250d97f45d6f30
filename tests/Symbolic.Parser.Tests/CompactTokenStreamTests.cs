using Symbolic.Syntax;

namespace Symbolic.Parser.Tests;

/// <summary>The token buffer reused from one parse to the next carries nothing over.</summary>
public class CompactTokenStreamTests
{
    [Fact]
    public void Parse_AfterALongerInputAndAFailedOne_SeesOnlyItsOwnTokens()
    {
        SyntaxParser.ParseExpression(string.Join(" + ", Enumerable.Range(0, 500).Select(i => $"x{i}")));
        Assert.Throws<ParseException>(() => SyntaxParser.ParseExpression("a + (b *"));
        Assert.Equal("2*a", Expressions.Print(Expressions.Parse("2a")));
    }

    [Fact]
    public void Parse_OnManyThreadsAtOnce_GivesTheSameResults()
    {
        var texts = Enumerable.Range(1, 40).Select(n => string.Join(" - ", Enumerable.Range(0, n).Select(i => $"{i + 1}*y{i}^2"))).ToArray();
        var expected = texts.Select(t => Expressions.Print(Expressions.Parse(t))).ToArray();
        Parallel.For(0, 400, i => Assert.Equal(expected[i % 40], Expressions.Print(Expressions.Parse(texts[i % 40]))));
    }
}
