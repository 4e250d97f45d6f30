using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>The reverse sweep's unbuilt products: built once, and a built one extended like any other.</summary>
public class PendingProductTests
{
    [Fact]
    public void Build_GivesTheCanonicalProduct_AndAProductExtendedAfterwardsBuildsTheSame()
    {
        var xyz = PendingProduct.Of(V("x")).Times(V("y")).Times(Expr.Num(3)).Times(V("z"));
        var longer = xyz.Times(V("x"));
        Assert.Same(P("3*x*y*z"), xyz.Build());
        Assert.Same(xyz.Build(), xyz.Build());
        // Built first or not, the chain through xyz gives the same product (xyz lets its own factors go once built).
        Assert.Same(P("3*x^2*y*z"), longer.Build());
        Assert.Same(P("6*x^2*y*z"), xyz.Times(V("x")).Times(Expr.Num(2)).Build());
    }

    [Fact]
    public void Times_ByZeroOrOne_AndTheProductOne()
    {
        var one = PendingProduct.Of(Expr.One);
        Assert.True(one.Times(Expr.Zero).IsZero);
        Assert.Same(V("y"), one.Times(V("y")).Build());
        var y = PendingProduct.Of(V("y"));
        Assert.Same(y, y.Times(Expr.One));
        Assert.True(PendingProduct.Of(Expr.Zero).IsZero);
    }
}
