using System.Text;

namespace Symbolic.Interactive;

/// <summary>
/// LaTeX for what a notebook shows: one expression, a vector (a gradient) or a matrix (a Hessian, a Jacobian),
/// each as display maths (<c>$$…$$</c>), the form Jupyter front ends render.
/// </summary>
/// <example><c>MathDisplay.Latex(Expressions.Parse("2*x - y")) == "$$2 x - y$$"</c></example>
public static class MathDisplay
{
    /// <summary>One expression as display maths.</summary>
    public static string Latex(Expr expr) => Display(Expressions.ToLatex(expr));

    /// <summary>A vector, written as a row as the REPL prints it: <c>[2 x - y, -x]</c>.</summary>
    public static string Latex(IReadOnlyList<Expr> vector) =>
        Display(@"\left[" + string.Join(@",\; ", vector.Select(Expressions.ToLatex)) + @"\right]");

    /// <summary>A matrix as a bracketed array, one row per line.</summary>
    public static string Latex(IReadOnlyList<IReadOnlyList<Expr>> matrix)
    {
        var sb = new StringBuilder(@"\begin{bmatrix}");
        for (var i = 0; i < matrix.Count; i++)
        {
            if (i > 0) sb.Append(@" \\ ");
            sb.AppendJoin(" & ", matrix[i].Select(Expressions.ToLatex));
        }
        return Display(sb.Append(@"\end{bmatrix}").ToString());
    }

    /// <summary>The plain-text form of a vector, as the REPL prints it.</summary>
    public static string Text(IReadOnlyList<Expr> vector) => "[" + string.Join(", ", vector) + "]";

    /// <summary>The plain-text form of a matrix, one row per line.</summary>
    public static string Text(IReadOnlyList<IReadOnlyList<Expr>> matrix) =>
        "[" + string.Join(",\n ", matrix.Select(Text)) + "]";

    private static string Display(string latex) => "$$" + latex + "$$";
}
