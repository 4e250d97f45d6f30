namespace Symbolic.Parser.Tests.Model;

/// <summary>Equal expressions are the same object; sizes count shared nodes once.</summary>
public class HashConsingTests
{
    [Theory]
    [InlineData("x^2 + sin(x*y) - 3/4")]
    [InlineData("max(a, b) + min(a, b)")]
    [InlineData("exp(-x^2/2)/sqrt(2*pi)")]
    public void ParsingTheSameTextTwice_GivesTheSameObject(string text) =>
        Assert.Same(Expressions.Parse(text), Expressions.Parse(text));

    [Fact]
    public void FactoryAndParser_GiveTheSameObject() =>
        Assert.Same(Expr.Add(Expr.Apply("sin", Expr.Var("x")), Expr.Num(1)), Expressions.Parse("1 + sin(x)"));

    [Fact]
    public void CountNodes_CountsSharedNodesOnce()
    {
        // sin(x) + cos(sin(x)): nodes x, sin(x), cos(sin(x)), the sum — 4, though x and sin(x) appear twice in the tree
        var e = Expressions.Parse("sin(x) + cos(sin(x))");
        Assert.Equal(4, e.CountNodes());
    }

    [Fact]
    public void CountNodes_OfARepeatedSquare_GrowsLinearly()
    {
        // ((x^2)^... built as f_{k+1} = f_k * f_k + 1 shares f_k: 3 new nodes per level (the product is a power, plus 2 and the sum)
        var f = Expr.Var("x");
        for (var i = 0; i < 30; i++) f = Expr.Add(Expr.Multiply(f, f), Expr.One);
        Assert.True(f.CountNodes() < 150, $"{f.CountNodes()} nodes");
    }
}
