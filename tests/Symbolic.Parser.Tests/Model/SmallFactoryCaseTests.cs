namespace Symbolic.Parser.Tests.Model;

/// <summary>
/// The short paths of the factories for the small cases (a number times one factor; a sum whose terms meet no
/// like term) give the same canonical nodes as the general path.
/// </summary>
public class SmallFactoryCaseTests
{
    private static readonly Expr X = Expr.Var("x");
    private static readonly Expr Y = Expr.Var("y");

    [Fact]
    public void Multiply_NumberAndFactor_InEitherOrder_IsTheCanonicalProduct()
    {
        var square = Expr.Pow(X, 2);
        Assert.Same(Expr.Multiply(Expr.Num(3), square), Expr.Multiply(square, Expr.Num(3)));
        Assert.Equal("-x^2", Expr.Negate(square).ToString());
        Assert.Same(Expr.Negate(square), Expr.Multiply(Expr.MinusOne, square, Expr.One));
        Assert.Same(X, Expr.Multiply(Expr.One, X));
        Assert.Same(Expr.Zero, Expr.Multiply(X, Expr.Zero));
        Assert.Same(Expr.Multiply(Expr.Num(2), Expr.Add(X, Y)), Expr.Multiply(Expr.Add(X, Y), Expr.Num(2), Expr.One));
    }

    [Fact]
    public void PowKeeps_AgreesWithRebuildingThePower()
    {
        // Bases of every kind, exponents that Pow folds (0, 1, integers over powers and products) and keeps.
        var bases = new[]
        {
            X, Expr.Num(2), Expr.Num(8), Expr.Num(new Numbers.Rational(4, 9)), Expr.Pi, Expr.Add(X, Y), Expr.Multiply(Expr.Num(3), X, Y),
            Expr.Pow(X, Expr.Num(new Numbers.Rational(1, 2))), Expr.Apply("sin", X), Expr.Pow(X, Y),
        };
        var exponents = new[] { Expr.Num(2), Expr.MinusOne, Expr.Num(new Numbers.Rational(1, 2)), Expr.Num(new Numbers.Rational(-2, 3)), Y, Expr.Add(X, Y) };
        var powers = 0;
        foreach (var b in bases)
            foreach (var e in exponents)
            {
                if (Expr.Pow(b, e) is not Power p) continue;
                powers++;
                Assert.Equal(ReferenceEquals(Expr.Pow(p.Base, p.Exponent), p), Expr.PowKeeps(p));
                Assert.Same(Expr.Multiply(Expr.Num(5), p), Expr.Multiply(new[] { p, Expr.Num(5), Expr.One }));
            }
        Assert.True(powers > 30, $"{powers} powers");
    }

    [Fact]
    public void Add_OfTwoTerms_IsWhatTheGeneralPathBuilds()
    {
        // A third operand 0 sends the same two terms through the collector; both orders of the two must agree.
        var random = new Random(20261202);
        var pool = new List<Expr> { Expr.Zero, Expr.One, Expr.Num(-3), X, Y, Expr.Pi };
        for (var i = 0; i < 300; i++) pool.Add(RandomTerm(random, 3));
        var checkedPairs = 0;
        for (var i = 0; i < 3000; i++)
        {
            var (a, b) = (pool[random.Next(pool.Count)], pool[random.Next(pool.Count)]);
            var general = Expr.Add(a, b, Expr.Zero);
            Assert.Same(general, Expr.Add(a, b));
            Assert.Same(general, Expr.Add(b, a));
            checkedPairs++;
        }
        Assert.Equal(3000, checkedPairs);
        Assert.Equal("x - y^2", Expr.Add(X, Expr.Negate(Expr.Pow(Y, 2))).ToString());
        Assert.Equal("1 - x", Expr.Add(Expr.One, Expr.Negate(X)).ToString());
    }

    private static Expr RandomTerm(Random random, int depth)
    {
        if (depth == 0 || random.Next(4) == 0)
            return random.Next(3) == 0 ? Expr.Num(new Numbers.Rational(random.Next(-4, 5), random.Next(1, 3))) : Expr.Var($"x{random.Next(3)}");
        return random.Next(6) switch
        {
            0 => Expr.Add(RandomTerm(random, depth - 1), RandomTerm(random, depth - 1)),
            1 or 2 => Expr.Multiply(RandomTerm(random, depth - 1), RandomTerm(random, depth - 1)),
            3 => Expr.Pow(RandomTerm(random, depth - 1), Expr.Num(random.Next(-2, 4))),
            4 => Expr.Negate(RandomTerm(random, depth - 1)),
            _ => Expr.Apply("sin", RandomTerm(random, depth - 1)),
        };
    }

    [Fact]
    public void Multiply_NumberAndProductOrNumber_TakesTheGeneralPath()
    {
        Assert.Equal("6*x*y", Expr.Multiply(Expr.Num(3), Expr.Multiply(Expr.Num(2), X, Y)).ToString());
        Assert.Same(Expr.Num(6), Expr.Multiply(Expr.Num(2), Expr.Num(3)));
        Assert.Same(X, Expr.Multiply(Expr.Num(2), Expr.Multiply(Expr.Num(new Numbers.Rational(1, 2)), X)));
    }

    [Fact]
    public void Add_TermsWithoutLikeTerms_AreKeptAsTheyAre()
    {
        var scaled = Expr.Multiply(Expr.Num(3), X, Y);
        var sum = Expr.Add(scaled, Expr.Pow(Y, 2), Expr.Num(1));
        Assert.Equal("y^2 + 3*x*y + 1", sum.ToString());
        Assert.Contains(sum.Args, t => ReferenceEquals(t, scaled));
        Assert.Same(scaled, Expr.Add(scaled, Expr.Zero));
    }

    [Fact]
    public void Add_LikeTerms_StillMerge()
    {
        var scaled = Expr.Multiply(Expr.Num(3), X, Y);
        Assert.Equal("5*x*y", Expr.Add(scaled, Expr.Multiply(Expr.Num(2), Y, X)).ToString());
        Assert.Same(Expr.Zero, Expr.Add(scaled, Expr.Negate(scaled)));
    }
}
