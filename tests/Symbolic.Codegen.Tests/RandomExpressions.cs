namespace Symbolic.Codegen.Tests;

/// <summary>Random expressions over x, y, z with every node kind, for comparing compiled and interpreted values.</summary>
internal static class RandomExpressions
{
    private static readonly string[] Unary = ["sin", "cos", "exp", "tanh", "atan", "sigmoid", "softplus", "abs", "sqrt", "log"];

    private static readonly string[] Names = ["x", "y", "z"];

    // A folded number to a power can exceed the exact-number size limit; such a draw becomes the base alone.
    private static Expr PowerOf(Expr @base, int exponent)
    {
        try { return Expr.Pow(@base, Expr.Num(exponent)); }
        catch (SymbolicException) { return @base; }
    }

    public static Expr Generate(Random random, int depth)
    {
        if (depth == 0 || random.Next(4) == 0)
            return random.Next(3) == 0 ? Expr.Num(random.Next(-3, 4)) : Expr.Var(Names[random.Next(3)]);
        Expr Sub() => Generate(random, depth - 1);
        return random.Next(6) switch
        {
            0 => Sub() + Sub(),
            1 => Sub() - Sub(),
            2 => Sub() * Sub(),
            3 => Sub() / (Expr.Num(2) + Expr.Apply("exp", Sub())),
            4 => PowerOf(Sub(), random.Next(-3, 5)),
            _ => Expr.Apply(Unary[random.Next(Unary.Length)], Sub()),
        };
    }
}
