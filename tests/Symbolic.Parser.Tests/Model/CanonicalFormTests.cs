namespace Symbolic.Parser.Tests.Model;

/// <summary>The factories keep one canonical form: like terms and powers merge, identities vanish.</summary>
public class CanonicalFormTests
{
    private static readonly Expr X = Expr.Var("x");

    [Theory]
    [InlineData("2*x + 3*x", "5*x")]
    [InlineData("x*x^2", "x^3")]
    [InlineData("x + 0", "x")]
    [InlineData("1*x", "x")]
    [InlineData("x^1", "x")]
    [InlineData("x^0", "1")]
    [InlineData("x - x", "0")]
    [InlineData("x*x", "x^2")]
    [InlineData("y + x", "x + y")]
    [InlineData("0*x", "0")]
    public void Parse_GivesTheCanonicalForm(string text, string printed) =>
        Assert.Equal(printed, Expressions.Print(Expressions.Parse(text)));

    [Fact]
    public void CollectingLikeTerms_GivesTheProductNode()
    {
        var e = Expressions.Parse("2*x + 3*x");
        Assert.Same(Expr.Multiply(Expr.Num(5), X), e);
        Assert.IsType<Product>(e);
    }

    [Fact]
    public void SumsAndProducts_AreFlattenedAndOrdered()
    {
        var a = Expressions.Parse("(a + b) + (c + d)");
        Assert.IsType<Sum>(a);
        Assert.Equal(4, a.Args.Count);
        Assert.Same(a, Expressions.Parse("d + (c + (b + a))"));
    }

    [Fact]
    public void SubtractionAndDivision_AreSumsAndProducts()
    {
        var a = Expr.Var("a"); var b = Expr.Var("b");
        Assert.Same(Expr.Add(a, Expr.Multiply(Expr.MinusOne, b)), Expressions.Parse("a - b"));
        Assert.Same(Expr.Multiply(a, Expr.Pow(b, Expr.MinusOne)), Expressions.Parse("a/b"));
        Assert.Same(Expr.Pow(X, Expr.Num(new Symbolic.Numbers.Rational(1, 2))), Expressions.Parse("sqrt(x)"));
    }
}
