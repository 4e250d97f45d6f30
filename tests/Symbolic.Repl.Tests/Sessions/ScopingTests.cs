namespace Symbolic.Repl.Tests.Sessions;

public class ScopingTests
{
    [Fact]
    public void LetValue_DoesNotLeakIntoAFunctionsParameters()
    {
        Assert.Equal(["a = 3", "f(a) = a^2", "25", "2*a", "9"],
            SessionLines.Run("let a = 3", "let f(a) = a^2", "f(5)", "diff(f, a)", "f(a)"));
    }

    [Fact]
    public void ParameterNamedLikeASessionFunction_IsAVariableInTheBody()
    {
        Assert.Equal(["g(x) = sin(x)", "h(g) = g^2 + 1", "10"], SessionLines.Run("let g(x) = sin(x)", "let h(g) = g^2 + 1", "h(3)"));
    }

    [Fact]
    public void VariablesNamedInAList_WinOverSessionValues()
    {
        Assert.Equal(["x = 2", "[[y*z, x*z, x*y], [1, 1, 0], [0, 0, cos(z)]]", "[2*x*y, x^2]", "[[2*y, 2*x], [2*x, 0]]", "[2, 0]"],
            SessionLines.Run("let x = 2", "jacobian([x*y*z, x + y, sin(z)], [x, y, z])", "grad(x^2*y, [x, y])", "hessian(x^2*y, [x, y])", "grad(x*y, [y, z])"));
    }

    [Fact]
    public void ExplicitBindingOrDifferentiationVariable_WinsOverASessionValue()
    {
        Assert.Equal(["x = 5", "4", "2*x", "25", "12", "1/9"],
            SessionLines.Run("let x = 5", "eval(x^2, x=2)", "diff(x^2, x)", "x^2", "eval(diff(x^3, x), x=2)", "subs(x^2, x=1/3)"));
    }

    [Fact]
    public void PlottedVariables_WinOverSessionValues()
    {
        var result = SessionLines.Run("let x = 5", "plot(x^2 + y^2, x, -1, 1, y, -1, 1, out=bowl)", "plot(x^3, x, -1, 1, out=cubic)");
        Assert.StartsWith("wrote ", result[1]);
        Assert.StartsWith("wrote ", result[2]);
    }

    [Fact]
    public void OrderWrittenAsADefinedName_IsAnErrorThatSaysWhy_WhenTheNameIsNotInTheExpression()
    {
        var result = SessionLines.Run("let n = 3", "diff(q^5, q, n)", "diff(q^5, q, 3)", "diff(n*q^2, q, n)");
        Assert.Equal("error: 'n' here is a variable to differentiate by, not the order 3 the session defines; for the derivative of order 3 write the number: diff(…, 3)", result[1]);
        Assert.Equal(["60*q^2", "2*q"], result[2..]);
    }

    [Fact]
    public void Unlet_RemovesNamedDefinitions_AndClear_RemovesAll()
    {
        Assert.Equal(
            ["a = 3", "f(x) = x + 1", "b = 4", "removed a, b", "f(x) = x + 1", "3*a", "removed 1 definition", "(nothing defined yet)", "(nothing was defined)"],
            SessionLines.Run("let a = 3", "let f(x) = x + 1", "let b = 4", "unlet a, b", "defs", "a*f(2)", "clear", "defs", "clear"));
        Assert.Equal(["g = 2", "removed g", "g"], SessionLines.Run("let g = 2", "clear g", "g"));
    }

    [Fact]
    public void Unlet_OfAnUnknownName_ChangesNothing_AndPointsAtTheName()
    {
        var session = new Session(SymdiffProcess.TempDirectory());
        session.Run("let a = 3");
        var result = session.Run("unlet a, zz");
        Assert.False(result.Ok);
        Assert.Equal("'zz' is not defined; defs lists what is", result.Text);
        Assert.Equal(10, result.Column);
        Assert.Equal("3", session.Run("a").Text);
        Assert.Equal("unlet takes the names to remove, e.g. unlet f", session.Run("unlet").Text);
    }

    [Theory]
    [InlineData("clear")]
    [InlineData("unlet")]
    [InlineData("defs")]
    [InlineData("timeout")]
    public void SessionWords_CannotBeDefined(string name)
    {
        Assert.Equal($"error: '{name}' is built in and cannot be redefined", SessionLines.Run($"let {name} = 1")[0]);
    }

    [Fact]
    public void Timeout_ShowsSetsAndRemovesTheLimit()
    {
        Assert.Equal(["no time limit (set one with timeout 10s)", "time limit: 2 s per command", "time limit: 500 ms per command", "time limit: 90 s per command", "no time limit (set one with timeout 10s)"],
            SessionLines.Run("timeout", "timeout 2s", "timeout 500ms", "timeout 1.5m", "timeout off"));
        Assert.Equal("error: expected a time limit such as 10s, 500ms, 2m or off, got '10 apples'", SessionLines.Run("timeout 10 apples")[0]);
    }
}
