namespace Symbolic.Repl.Tests.Sessions;

public class ResultCallTests
{
    [Fact]
    public void CommandResultFollowedByParentheses_IsAnError_ThatShowsTheEval()
    {
        var result = new Session(SymdiffProcess.TempDirectory()).Run("diff(ln(a), a)(2)");
        Assert.False(result.Ok);
        Assert.Equal("a result cannot be called: '(2)' after diff(...) would multiply it; to evaluate it at a point write eval(diff(ln(a), a), a=2), " +
                     "or subs(...) for an exact value; write * to multiply", result.Text);
        Assert.Equal(15, result.Column);
    }

    [Fact]
    public void ResultOfSeveralVariablesCalled_NamesTheVariables()
    {
        Assert.Contains("eval(grad(x*y), x=…, y=…)", SessionLines.Run("grad(x*y)(3)")[0]);
        Assert.Contains("it has no variables; write diff(x^2, x, 2)*(3) to multiply", SessionLines.Run("diff(x^2, x, 2)(3)")[0]);
        Assert.Contains("a result cannot be called", SessionLines.Run("1 + diff(x^2, x) (3)")[0]);
    }

    [Fact]
    public void ResultCalledWithSeveralArguments_IsAnErrorThatShowsTheEval()
    {
        var result = SessionLines.Run("let f(x, y) = x^2*y", "grad(f)(3, 4)");
        Assert.StartsWith("error: unexpected ',': parentheses hold one expression; to evaluate a result at a point write eval(e, x=3, y=4)", result[1]);
    }

    [Fact]
    public void ValueCalledAsAFunction_IsAnErrorThatShowsTheEvalAndTheLet()
    {
        Assert.Equal(["g = 1/b", "error: 'g' is a value, not a function: evaluate it with eval(g, b=2), or define a function with let g(b) = ..."],
            SessionLines.Run("let g = diff(ln(b), b)", "g(2)"));
    }

    [Fact]
    public void ProductsWrittenWithParentheses_StayProducts()
    {
        Assert.Equal(["(x - 1)*(x + 1)", "2*sin(x)", "f(x) = x + 1", "2*(x + 1)"], SessionLines.Run("(x + 1)(x - 1)", "sin(x)(2)", "let f(x) = x + 1", "f(x)(2)"));
    }

    [Fact]
    public void Subs_IsExact_ForScalarsVectorsAndMatrices()
    {
        Assert.Equal(["[4/3, 1/9]", "[[1/3, 1], [2, y]]", "(y + 1)^2", "x + y"],
            SessionLines.Run("subs(grad(u^2*v), u=1/3, v=2)", "subs([[x, 1], [2, y]], x=1/3)", "subs(x^2, x=y+1)", "subs(x + y)"));
    }

    [Fact]
    public void Subs_ThatDividesByZero_IsAPositionedError()
    {
        var result = new Session(SymdiffProcess.TempDirectory()).Run("subs(1/u, u=0)");
        Assert.False(result.Ok);
        Assert.StartsWith("division by zero", result.Text);
        Assert.Equal(6, result.Column);
    }
}
