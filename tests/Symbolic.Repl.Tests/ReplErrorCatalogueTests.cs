using Symbolic.Testing;

namespace Symbolic.Repl.Tests;

public class ReplErrorCatalogueTests
{
    [Fact]
    public void EveryFactory_NamesItsSubject_AndKeepsThePlaceItIsGiven() => ErrorCatalogueWalk.Check(typeof(ReplErrors), atLeast: 40);

    [Theory]
    // The library raises these without a place; the command gives them the node it handed over.
    [InlineData("taylor(1/x, x, 0, 2)", "taylor: 1/x has a pole at x = 0, so it has no Taylor series there", 8)]
    [InlineData("subs(1/x, x=0)", "division by zero", 6)]
    [InlineData("jvp(x^2, [1, 2])", "the direction has 2 components but there is 1 variable (x)", 10)]
    [InlineData("diff(x^2, x, 200000)", "the order of a derivative is limited to 100,000, got 200000", 14)]
    // A value's shape is checked with the node it came from.
    [InlineData("grad(x, [[x], [y]])", "the list of variables must be a vector of expressions, not a matrix", 9)]
    [InlineData("ddir(x^2, 3)", "the direction of ddir must be a vector such as [1, 2]", 11)]
    // One wording for a Jacobian of nothing, from the library and from the REPL.
    [InlineData("jacobian([])", "the list of functions is empty: a Jacobian needs at least one", 10)]
    public void AnError_ComesWithItsPlaceInTheLine(string input, string message, int column)
    {
        var result = new Session().Run(input);
        Assert.False(result.Ok);
        Assert.Equal(message, result.Text);
        Assert.Equal((1, column), (result.Line, result.Column));
    }

    [Fact]
    public void AValueInsideAFormula_IsCheckedAtItsName()
    {
        var session = new Session();
        session.Run("let v = [1, 2]");
        var result = session.Run("x + v");
        Assert.Equal("'v' inside a formula must be a single expression, not a vector", result.Text);
        Assert.Equal(5, result.Column);
    }
}
