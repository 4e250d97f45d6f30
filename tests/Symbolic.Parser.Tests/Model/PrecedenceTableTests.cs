namespace Symbolic.Parser.Tests.Model;

/// <summary>Precedence and associativity at the Expr level: one row per rule, asserted on the printed Expr.</summary>
public class PrecedenceTableTests
{
    [Theory]
    [InlineData("-x^2", "-x^2", "unary minus binds looser than ^: -(x^2)")]
    [InlineData("(-x)^2", "x^2", "a parenthesised negative base, even power")]
    [InlineData("2^-1", "1/2", "a signed exponent")]
    [InlineData("2^3^2", "512", "^ is right-associative: 2^(3^2)")]
    [InlineData("x**2", "x^2", "** is ^")]
    [InlineData("2x", "2*x", "implicit multiplication of a number and a name")]
    [InlineData("2 sin(x)", "2*sin(x)", "implicit multiplication of a number and a call")]
    [InlineData("3(a+b)", "3*(a + b)", "implicit multiplication of a number and a group")]
    [InlineData("(x+1)(x-1)", "(x - 1)*(x + 1)", "implicit multiplication of two groups")]
    [InlineData("a - b - c", "a - b - c", "- is left-associative")]
    [InlineData("a/b/c", "a/(b*c)", "/ is left-associative: (a/b)/c")]
    [InlineData("a - (b - c)", "a - (b - c)", "a parenthesised difference keeps its parentheses (no distribution)")]
    [InlineData("a*b^2", "a*b^2", "^ binds tighter than *")]
    [InlineData("1 + 2*3", "7", "* binds tighter than +")]
    public void Parse_FollowsTheRule(string text, string printed, string rule)
    {
        Assert.True(Expressions.Print(Expressions.Parse(text)) == printed,
            $"{rule}: '{text}' printed as '{Expressions.Print(Expressions.Parse(text))}', expected '{printed}'");
    }

    [Fact]
    public void MinusXSquared_IsTheNegationOfXSquared()
    {
        var x = Expr.Var("x");
        Assert.Same(Expr.Negate(Expr.Pow(x, 2)), Expressions.Parse("-x^2"));
    }

    [Fact]
    public void PowerTower_IsRightAssociative_AtTheExprLevel()
    {
        var x = Expr.Var("x");
        Assert.Same(Expr.Pow(x, Expr.Pow(Expr.Var("y"), Expr.Var("z"))), Expressions.Parse("x^y^z"));
    }

    [Fact]
    public void DoubleStarAndCaret_GiveTheSameExpr() =>
        Assert.Same(Expressions.Parse("x^2"), Expressions.Parse("x**2"));
}
