using Symbolic.Binding;
using Symbolic.Printing;
using Symbolic.Syntax;

namespace Symbolic;

/// <summary>The front door: text to expression and back.</summary>
/// <example><code>
/// var f = Expressions.Parse("x^2 - x*y");
/// Console.WriteLine(f);                       // x^2 - x*y
/// Console.WriteLine(Expressions.ToLatex(f));  // x^{2} - x y
/// </code></example>
public static class Expressions
{
    /// <summary>Parses a math expression; bad input raises <see cref="SymbolicException"/> (a <see cref="ParseException"/> for syntax) with line and column.</summary>
    public static Expr Parse(string text) => Binder.ParseMath(text);

    /// <summary>
    /// Parses with other limits than the defaults (nesting depth, input length), e.g. a machine-made formula
    /// nested 100,000 deep: <c>Parse(text, new ParserOptions { MaxNestingDepth = 100_010 })</c>.
    /// </summary>
    public static Expr Parse(string text, ParserOptions options) => Binder.ParseMath(text, options);

    /// <summary>Textbook infix text; <c>Parse(Print(e)) == e</c>.</summary>
    public static string Print(Expr expr) => InfixPrinter.Print(expr);

    /// <summary>LaTeX source.</summary>
    public static string ToLatex(Expr expr) => LatexPrinter.Print(expr);
}
