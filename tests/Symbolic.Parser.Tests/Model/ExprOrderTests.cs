namespace Symbolic.Parser.Tests.Model;

/// <summary>The canonical order: natural order of names, and a structural order that is the same at any depth.</summary>
public class ExprOrderTests
{
    [Theory]
    [InlineData("x2", "x10", -1)]
    [InlineData("x10", "x9", 1)]
    [InlineData("x1", "x1", 0)]
    [InlineData("x01", "x1", -1)]      // equal numbers: the written text decides, so the order stays total
    [InlineData("x007", "x7", -1)]
    [InlineData("x00", "x0", 1)]       // equal numbers, equal rest: ordinal, the longer text last
    [InlineData("x0", "x", 1)]
    [InlineData("x", "y", -1)]
    [InlineData("x1y2", "x1y10", -1)]
    [InlineData("x2a", "x10", -1)]
    [InlineData("x10a", "x10b", -1)]
    [InlineData("a100000000000000000000000001", "a99999999999999999999999999", 1)]
    [InlineData("θ2", "θ10", -1)]
    [InlineData("x_2", "x_10", -1)]
    public void NaturalCompare_OrdersNamesTheWayPeopleCount(string a, string b, int expected)
    {
        Assert.Equal(expected, Math.Sign(ExprOrder.NaturalCompare(a, b)));
        Assert.Equal(-expected, Math.Sign(ExprOrder.NaturalCompare(b, a)));
    }

    [Fact]
    public void Compare_AgreesWithTheTextbookPreorderWalk()
    {
        var random = new Random(20240611);
        var pool = Enumerable.Range(0, 400).Select(_ => RandomExpr(random, 6)).ToList();
        // Chains deeper than any fast path, equal except at the bottom.
        for (var k = 0; k < 6; k++)
        {
            Expr inner = Expr.Add(Expr.Var($"x{k % 3}"), Expr.Num(k));
            for (var level = 0; level < 80; level++) inner = Expr.Apply(level % 2 == 0 ? "sin" : "cos", Expr.Multiply(inner, Expr.Var("y")));
            pool.Add(inner);
        }
        foreach (var a in pool)
            foreach (var b in pool)
                Assert.Equal(Math.Sign(PreorderCompare(a, b)), Math.Sign(ExprOrder.Instance.Compare(a, b)));
    }

    private static Expr RandomExpr(Random random, int depth)
    {
        if (depth == 0 || random.Next(4) == 0)
            return random.Next(3) == 0 ? Expr.Num(random.Next(-3, 4)) : Expr.Var($"x{random.Next(4)}");
        return random.Next(5) switch
        {
            0 => Expr.Add(RandomExpr(random, depth - 1), RandomExpr(random, depth - 1)),
            1 => Expr.Multiply(RandomExpr(random, depth - 1), RandomExpr(random, depth - 1)),
            2 => Expr.Pow(RandomExpr(random, depth - 1), Expr.Num(random.Next(2, 4))),
            3 => Expr.Apply("sin", RandomExpr(random, depth - 1)),
            _ => Expr.Apply("exp", RandomExpr(random, depth - 1)),
        };
    }

    // The order as first written: kind, payload, operand count, height, then the operands left to right, depth first.
    private static int PreorderCompare(Expr a, Expr b)
    {
        var pending = new Stack<(Expr, Expr)>();
        pending.Push((a, b));
        while (pending.Count > 0)
        {
            var (x, y) = pending.Pop();
            if (ReferenceEquals(x, y)) continue;
            var c = x.Kind.CompareTo(y.Kind);
            if (c == 0)
            {
                c = x switch
                {
                    Number nx => nx.Value.CompareTo(((Number)y).Value),
                    Constant cx => string.CompareOrdinal(cx.Name, ((Constant)y).Name),
                    Variable vx => ExprOrder.NaturalCompare(vx.Name, ((Variable)y).Name),
                    Call fx => string.CompareOrdinal(fx.Function.Name, ((Call)y).Function.Name),
                    _ => 0,
                };
            }
            if (c == 0) c = x.Args.Count.CompareTo(y.Args.Count);
            if (c == 0) c = x.Depth.CompareTo(y.Depth);
            if (c != 0) return c;
            for (var i = x.Args.Count - 1; i >= 0; i--) pending.Push((x.Args[i], y.Args[i]));
        }
        return 0;
    }
}
