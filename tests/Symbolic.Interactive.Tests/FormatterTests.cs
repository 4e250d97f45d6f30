using Microsoft.DotNet.Interactive.Formatting;

namespace Symbolic.Interactive.Tests;

public class FormatterTests
{
    static FormatterTests() => SymbolicFormatters.Register();

    [Fact]
    public void Expression_FormatsAsDisplayLatex_WithInfixAsPlainText()
    {
        var f = Calculus.Diff(Expressions.Parse("x^2 - x*y"), Expr.Var("x"));

        Assert.Equal("$$2 x - y$$", f.ToDisplayString("text/latex"));
        Assert.Equal("2*x - y", f.ToDisplayString("text/plain"));
        Assert.Equal(["text/latex", "text/plain"], Formatter.GetPreferredMimeTypesFor(f.GetType()));
    }

    [Fact]
    public void Gradient_FormatsAsABracketedRow()
    {
        var gradient = Calculus.Gradient(Expressions.Parse("x^2 - x*y"));

        Assert.Equal(@"$$\left[2 x - y,\; -x\right]$$", gradient.ToDisplayString("text/latex"));
        Assert.Equal("[2*x - y, -x]", gradient.ToDisplayString("text/plain"));
    }

    [Fact]
    public void Hessian_FormatsAsABmatrix_OneRowPerLineInPlainText()
    {
        var hessian = Calculus.Hessian(Expressions.Parse("x^2 - x*y"));

        Assert.Equal(@"$$\begin{bmatrix}2 & -1 \\ -1 & 0\end{bmatrix}$$", hessian.ToDisplayString("text/latex"));
        Assert.Equal("[[2, -1],\n [-1, 0]]", hessian.ToDisplayString("text/plain"));
    }

    [Fact]
    public void CompiledFunction_SummarisesVariablesAndCompileTime_AndComputes()
    {
        var compiled = CompiledFunction.Of(Expressions.Parse("x^2*sin(y)"));
        var gradient = new double[2];

        var value = compiled.ValueAndGradient([3, 0.5], gradient);

        Assert.Equal(["x", "y"], compiled.Variables);
        Assert.Matches(@"^compiled value and gradient of x\^2\*sin\(y\) over \(x, y\) in \d+\.\d ms$", compiled.ToDisplayString("text/plain"));
        Assert.Equal(9 * Math.Sin(0.5), value, 15);
        Assert.Equal([6 * Math.Sin(0.5), 9 * Math.Cos(0.5)], gradient);
    }

    [Fact]
    public void Plot_FormatsAsInlineSvg_WithTheCurveTheDerivativeAndTheTangent()
    {
        var plot = Plot.Of(Expressions.Parse("sin(x)"), "x", -3, 3, tangentAt: 1);

        var svg = plot.ToDisplayString("image/svg+xml");

        Assert.StartsWith("<svg", svg);
        Assert.Contains("class=\"f\"", svg);
        Assert.Contains("class=\"derivative\"", svg);
        Assert.Contains("class=\"tangent\"", svg);
        Assert.Contains("f′ = cos(x)", svg);
        Assert.Equal(["image/svg+xml", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(Plot)));
        Assert.Throws<ArgumentException>(() => Plot.Of(Expressions.Parse("x"), "x", 3, -3));
    }
}
