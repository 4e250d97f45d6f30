using Symbolic.Syntax;
using Symbolic.Testing;

namespace Symbolic.Parser.Tests;

public class ErrorCatalogueTests
{
    [Fact]
    public void EveryFactory_NamesItsSubject_AndKeepsThePlaceItIsGiven() => ErrorCatalogueWalk.Check(typeof(Errors), atLeast: 40);

    [Fact]
    public void UnknownFunction_SuggestsTheClosestName_OrPointsToHelp()
    {
        Assert.Equal("unknown function 'sinn' — did you mean 'sin'?", Errors.UnknownFunction("sinn", "sin").Message);
        Assert.Equal("unknown function 'foo' (type 'help' for the list of functions)", Errors.UnknownFunction("foo", null).Message);
    }

    [Theory]
    [InlineData(1, 1, "sin takes 1 argument, got 3")]
    [InlineData(2, 2, "sin takes 2 arguments, got 3")]
    [InlineData(1, 2, "sin takes 1 or 2 arguments, got 3")]
    [InlineData(2, int.MaxValue, "sin takes at least 2 arguments, got 3")]
    public void WrongArity_SaysHowManyArgumentsFit(int min, int max, string message) =>
        Assert.Equal(message, Errors.WrongArity("sin", min, max, 3).Message);

    [Fact]
    public void WrongArity_OfATableFunction_PointsAtTheCallsName()
    {
        var error = Assert.Throws<SymbolicException>(() => Symbolic.Binding.Binder.ParseMath("1 + sin(x, y)"));
        Assert.Equal("sin takes 1 argument, got 2", error.Message);
        Assert.Equal((1, 5, 3), (error.Line!.Value, error.Column!.Value, error.Span!.Value.Length));
    }

    [Fact]
    public void Binder_GivesAPlaceToErrorsOfTheModel()
    {
        // Division by zero comes from the factories, which know no text: the binder places it at the operand.
        var error = Assert.Throws<SymbolicException>(() => Symbolic.Binding.Binder.ParseMath("x + 1/0"));
        Assert.Equal("division by zero", error.Message);
        Assert.Equal(7, error.Column);
    }
}
