using FsCheck;
using FsCheck.Fluent;
using Symbolic.Numbers;

namespace Symbolic.Properties.Tests.Generators;

/// <summary>
/// FsCheck generators of random expressions over the whole function table: every non-sugar row, plus
/// <c>sqrt</c> through <c>Pow(u, 1/2)</c>, sums, products, quotients, differences, powers with integer,
/// negative and fractional exponents, variable exponents, rationals, negative numbers, <c>pi</c> and <c>e</c>.
/// Sizes are 1 to <see cref="PropertyBudget.MaxNodes"/> distinct nodes.
/// </summary>
public static class ExprGenerator
{
    /// <summary>Every function the generator calls: the non-sugar rows of the table.</summary>
    public static readonly FunctionDef[] Functions = FunctionTable.All.Where(f => !f.IsSugar).ToArray();

    /// <summary>x0 … x4.</summary>
    public static readonly Expr[] AllVariables =
        Enumerable.Range(0, PropertyBudget.MaxVariables).Select(i => Expr.Var($"x{i}")).ToArray();

    private static readonly Rational[] Exponents =
        [2, 3, -1, -2, 4, new(1, 2), new(-1, 2), new(1, 3), new(3, 2), new(-3, 2), new(2, 3)];

    /// <summary>
    /// An expression in the first <paramref name="variableCount"/> variables. With
    /// <paramref name="domainAware"/>, half of the calls to functions with a restricted domain or a fast
    /// growth get a wrapped argument (asin(tanh u), log(1 + u^2), exp(sin u), …) so that most expressions
    /// have a real domain and sane magnitudes; the other half are raw and the point sampler rejects points
    /// outside the domain.
    /// </summary>
    public static Gen<Expr> Expression(int variableCount, bool domainAware) =>
        Gen.Choose(1, 48)
            .SelectMany(budget => Node(budget, AllVariables[..variableCount], domainAware))
            .Where(e => e.CountNodes() <= PropertyBudget.MaxNodes);

    /// <summary>A case for derivative properties: an expression mentioning at least one of its variables.</summary>
    public static Gen<(Expr F, Expr[] Variables)> Differentiable() =>
        Gen.Choose(1, PropertyBudget.MaxVariables).SelectMany(n =>
            Expression(n, domainAware: true)
                .Where(e => ExprWalk.Variables(e).Count > 0)
                .Select(e => (e, AllVariables[..n])));

    private static Gen<Expr> Node(int budget, Expr[] vars, bool domainAware)
    {
        if (budget <= 1) return Leaf(vars);
        var choices = new List<(int, Gen<Expr>)>
        {
            (1, Leaf(vars)),
            (4, Binary(budget, vars, domainAware)),
            (2, PowerNode(budget, vars, domainAware)),
            (5, CallNode(budget, vars, domainAware)),
        };
        return Gen.Frequency(choices.ToArray());
    }

    /// <summary>Variables, small integers (negative too), rationals, pi and e.</summary>
    public static Gen<Expr> Leaf(Expr[] vars) => Gen.Frequency(
        (6, Gen.Elements(vars)),
        (2, Gen.Choose(-5, 6).Select(n => Expr.Num(n))),
        (1, Gen.Choose(-9, 9).SelectMany(p => Gen.Choose(2, 7).Select(q => Expr.Num(new Rational(p, q))))),
        (1, Gen.Elements(Expr.Pi, Expr.E)));

    private static Gen<(int Left, int Right)> Split(int budget) =>
        Gen.Choose(1, Math.Max(1, budget - 2)).Select(l => (l, Math.Max(1, budget - 1 - l)));

    private static Gen<Expr> Binary(int budget, Expr[] vars, bool domainAware) =>
        Split(budget).SelectMany(s =>
            Node(s.Left, vars, domainAware).SelectMany(a =>
                Node(s.Right, vars, domainAware).SelectMany(b =>
                    Gen.Elements<Func<Expr>>(
                        () => Expr.Add(a, b),
                        () => Expr.Subtract(a, b),
                        () => Expr.Multiply(a, b),
                        () => Expr.Divide(a, b)).Select(op => Safe(op, a)))));

    // Exact folding may refuse a combination (a division by the number 0): keep the left operand then.
    private static Expr Safe(Func<Expr> build, Expr fallback)
    {
        try { return build(); }
        catch (SymbolicException) { return fallback; }
    }

    private static Gen<Expr> PowerNode(int budget, Expr[] vars, bool domainAware) =>
        Gen.Frequency(
            (5, Node(budget - 2, vars, domainAware).SelectMany(b =>
                Gen.Elements(Exponents).Select(e => Safe(() => Expr.Pow(b, Expr.Num(e)), b)))),
            // a variable exponent: base^(expression), with a positive base when domain-aware
            (1, Split(budget).SelectMany(s =>
                Node(s.Left, vars, domainAware).SelectMany(b =>
                    Node(s.Right, vars, domainAware).Select(e =>
                        Safe(() => Expr.Pow(domainAware ? Expr.Add(Expr.Num(new Rational(3, 2)), Expr.Apply("sin", b)) : b, e), b))))));

    private static Gen<Expr> CallNode(int budget, Expr[] vars, bool domainAware) =>
        Gen.Elements(Functions).SelectMany(f =>
            f.Arity == 1
                ? Node(budget - 1, vars, domainAware).SelectMany(u =>
                    Gen.Choose(0, 1).Select(wrap => Expr.Apply(f, domainAware && wrap == 1 ? Wrap(f.Name, u) : u)))
                : Split(budget).SelectMany(s =>
                    Node(s.Left, vars, domainAware).SelectMany(u =>
                        Node(s.Right, vars, domainAware).Select(v => Expr.Apply(f, u, v)))));

    /// <summary>An argument inside the function's domain and small enough for exp and friends.</summary>
    private static Expr Wrap(string function, Expr u) => function switch
    {
        "asin" or "acos" or "atanh" => Expr.Apply("tanh", u),
        "acosh" => Expr.Add(Expr.Num(2), Expr.Pow(u, Expr.Num(2))),
        "log" or "log10" or "log2" => Expr.Add(Expr.One, Expr.Pow(u, Expr.Num(2))),
        "exp" or "sinh" or "cosh" => Expr.Multiply(Expr.Num(3), Expr.Apply("sin", u)),
        _ => u,
    };
}
