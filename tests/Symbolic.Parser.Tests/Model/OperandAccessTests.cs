namespace Symbolic.Parser.Tests.Model;

/// <summary>The public ways to read a node's operands: the span, the list, and a product without one factor.</summary>
public class OperandAccessTests
{
    [Theory]
    [InlineData("x*y")]
    [InlineData("3*x")]
    [InlineData("-x*y")]
    [InlineData("2*x^3*sin(y)*exp(z)*w")]
    [InlineData("x1*x2*x3*x4*x5*x6*x7*x8*x9*x10*x11*x12*x13*x14*x15*x16*x17*x18*x19*x20")]
    [InlineData("(x + 1)^2*(x - 1)^-1*x^(1/2)*5/7")]
    public void WithoutFactor_EachFactor_IsTheMultiplyOfTheOthers(string text)
    {
        var product = Assert.IsType<Product>(Expressions.Parse(text));
        var factors = product.Args;
        for (var i = 0; i < factors.Count; i++)
            Assert.Same(Expr.Multiply(factors.Where((_, j) => j != i)), product.WithoutFactor(i));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void WithoutFactor_OutsideTheFactors_ThrowsArgumentOutOfRange(int index)
    {
        var product = Assert.IsType<Product>(Expressions.Parse("2*x*y"));
        Assert.Throws<ArgumentOutOfRangeException>(() => product.WithoutFactor(index));
    }

    [Theory]
    [InlineData("x + 2*y + sin(z)", 3)]
    [InlineData("2*x*y", 3)]
    [InlineData("x^y", 2)]
    [InlineData("atan2(y, x)", 2)]
    [InlineData("x", 0)]
    [InlineData("7/3", 0)]
    public void Operands_AreTheArgsInTheSameOrder(string text, int count)
    {
        var e = Expressions.Parse(text);
        Assert.Equal(count, e.Operands.Length);
        Assert.Equal(e.Args, e.Operands.ToArray());
    }
}
