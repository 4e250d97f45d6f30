using Symbolic.Testing;

namespace Symbolic.Diff.Tests;

public class CalculusErrorTests
{
    [Fact]
    public void EveryFactory_NamesItsSubject_AndKeepsThePlaceItIsGiven() => ErrorCatalogueWalk.Check(typeof(CalculusErrors), atLeast: 20);

    [Fact]
    public void OrderTooHigh_NamesTheLimit()
    {
        var error = Assert.Throws<SymbolicException>(() => Calculus.Diff(Expr.Var("x"), Expr.Var("x"), Calculus.MaxOrder + 1));
        Assert.Equal("the order of a derivative is limited to 100,000, got 100001", error.Message);
    }
}
