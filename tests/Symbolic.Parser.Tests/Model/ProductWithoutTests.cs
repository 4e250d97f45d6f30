namespace Symbolic.Parser.Tests.Model;

/// <summary>Removing one factor from a canonical product gives the canonical product of the others.</summary>
public class ProductWithoutTests
{
    [Theory]
    [InlineData("x*y")]
    [InlineData("3*x")]
    [InlineData("-x*y")]
    [InlineData("2*x^3*sin(y)*exp(z)*w")]
    [InlineData("x1*x2*x3*x4*x5*x6*x7*x8*x9*x10*x11*x12*x13*x14*x15*x16*x17*x18*x19*x20")]
    [InlineData("(x + 1)^2*(x - 1)^-1*x^(1/2)*5/7")]
    public void ProductWithout_EachFactor_IsTheMultiplyOfTheOthers(string text)
    {
        var product = Assert.IsType<Product>(Expressions.Parse(text));
        var factors = product.Args;
        for (var i = 0; i < factors.Count; i++)
            Assert.Same(Expr.Multiply(factors.Where((_, j) => j != i)), Expr.ProductWithout(product, i));
    }
}
