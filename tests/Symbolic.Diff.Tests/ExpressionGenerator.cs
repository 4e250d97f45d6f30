using FsCheck;
using FsCheck.Fluent;

namespace Symbolic.Diff.Tests;

/// <summary>
/// Small random expressions in x and y: sin, cos, exp, tanh, sigmoid, polynomials, and log/sqrt of u^2 + 1
/// (defined everywhere), with a point in [-1.5, 1.5]² to evaluate them at.
/// </summary>
internal static class ExpressionGenerator
{
    public static readonly Expr X = Expr.Var("x");
    public static readonly Expr Y = Expr.Var("y");

    public static Gen<Expr> Expressions(int depth)
    {
        var leaf = Gen.OneOf(Gen.Elements(X, Y), Gen.Choose(-3, 3).Select(n => Expr.Num(n)));
        if (depth == 0) return leaf;
        var sub = Expressions(depth - 1);
        Expr SquarePlusOne(Expr u) => Expr.Add(Expr.Pow(u, 2), Expr.One);
        var unary = from name in Gen.Elements("sin", "cos", "exp", "tanh", "sigmoid", "log1", "sqrt1")
                    from u in sub
                    select name switch
                    {
                        "log1" => Expr.Apply("log", SquarePlusOne(u)),
                        "sqrt1" => Expr.Apply("sqrt", SquarePlusOne(u)),
                        _ => Expr.Apply(name, u),
                    };
        var binary = from op in Gen.Elements('+', '-', '*')
                     from a in sub
                     from b in sub
                     select op switch { '+' => a + b, '-' => a - b, _ => a * b };
        var power = from u in sub from n in Gen.Choose(2, 3) select Expr.Pow(u, n);
        return Gen.Frequency((1, leaf), (3, unary), (3, binary), (1, power));
    }

    public static Gen<(double X, double Y)> Points =>
        from x in Gen.Choose(-1500, 1500)
        from y in Gen.Choose(-1500, 1500)
        select (x / 1000.0, y / 1000.0);

    public static Arbitrary<(Expr F, Expr G, (double X, double Y) At)> Cases =>
        (from f in Expressions(3) from g in Expressions(2) from p in Points select (f, g, p)).ToArbitrary();
}
