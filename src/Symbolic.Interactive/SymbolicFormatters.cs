using Microsoft.DotNet.Interactive.Formatting;

namespace Symbolic.Interactive;

/// <summary>
/// Teaches .NET Interactive how to show Symbolic values: expressions, vectors and matrices of expressions as
/// rendered LaTeX (<c>text/latex</c>) with the REPL's infix text as the <c>text/plain</c> fallback, and a
/// <see cref="CompiledFunction"/> as its one-line summary, and a <see cref="Plot"/> inline as SVG. The package's <c>extension.dib</c> calls
/// <see cref="Register"/> when a notebook loads it.
/// </summary>
public static class SymbolicFormatters
{
    private const string Latex = "text/latex";
    private const string PlainText = "text/plain";
    private const string Svg = "image/svg+xml";

    /// <summary>Registers the formatters (calling it again is harmless).</summary>
    public static void Register()
    {
        Formatter.Register<Expr>(MathDisplay.Latex, Latex);
        Formatter.Register<Expr>(e => e.ToString(), PlainText);
        Formatter.Register<Expr[]>(v => MathDisplay.Latex(v), Latex);
        Formatter.Register<Expr[]>(v => MathDisplay.Text(v), PlainText);
        Formatter.Register<Expr[][]>(m => MathDisplay.Latex(m), Latex);
        Formatter.Register<Expr[][]>(m => MathDisplay.Text(m), PlainText);
        Formatter.Register<CompiledFunction>(c => c.ToString(), PlainText);
        Formatter.Register<Plot>(p => p.Svg, Svg);
        Formatter.Register<Plot>(p => p.ToString(), PlainText);

        foreach (var type in new[] { typeof(Expr), typeof(Expr[]), typeof(Expr[][]) })
            Formatter.SetPreferredMimeTypesFor(type, Latex, PlainText);
        Formatter.SetPreferredMimeTypesFor(typeof(CompiledFunction), PlainText);
        Formatter.SetPreferredMimeTypesFor(typeof(Plot), Svg, PlainText);
    }
}
