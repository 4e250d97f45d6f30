namespace Symbolic.Diff.Tests;

/// <summary>Small helpers shared by the test classes.</summary>
internal static class TestSupport
{
    public static Expr P(string text) => Expressions.Parse(text);

    public static Expr V(string name) => Expr.Var(name);

    public static double Eval(Expr e, params (string Name, double Value)[] point) =>
        Evaluator.Evaluate(e, point.ToDictionary(p => p.Name, p => p.Value));

    public static string Print(IEnumerable<Expr> vector) => "[" + string.Join(", ", vector) + "]";

    /// <summary>
    /// The corpus's size measure of printed text: every binary + - * / ^, every unary minus, every function call
    /// (a name followed by '(').
    /// </summary>
    public static int PrintedOps(string text)
    {
        var ops = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch is '+' or '-' or '*' or '/' or '^') ops++;
            else if (char.IsLetter(ch))
            {
                while (i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '_')) i++;
                var next = i + 1;
                while (next < text.Length && text[next] == ' ') next++;
                if (next < text.Length && text[next] == '(') ops++;
            }
        }
        return ops;
    }
}
