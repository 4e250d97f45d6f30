using System.Numerics;
using Symbolic.Numbers;

namespace Symbolic;

public abstract partial class Expr
{
    /// <summary>0.</summary>
    public static readonly Expr Zero = Num(0);
    /// <summary>1.</summary>
    public static readonly Expr One = Num(1);
    /// <summary>-1.</summary>
    public static readonly Expr MinusOne = Num(-1);
    /// <summary>π.</summary>
    public static readonly Expr Pi = InternTable.Intern(new Constant("pi", Math.PI));
    /// <summary>Euler's number e.</summary>
    public static readonly Expr E = InternTable.Intern(new Constant("e", Math.E));

    // An operand with at least this many terms or factors is worth collecting first and merging the others into,
    // instead of re-collecting it: below it, collecting everything anew is as cheap as the bookkeeping.
    private const int LargeOperandSize = 16;
    // The fast path that inserts a few factors into a large product by binary search pays only while the
    // factors inserted are few: past this many, collecting the whole product again is cheaper than each search.
    private const int MaxFactorsInsertedOneByOne = 8;
    // Roots of exact numbers are tried up to this degree (x^(p/q) with q ≤ 64); a higher root of a rational is
    // almost never exact, and each try costs an integer root of the numerator and of the denominator.
    private const int MaxExactRootDegree = 64;

    /// <summary>An exact number.</summary>
    public static Expr Num(Rational value) => SmallIntegers.Find(value) ?? InternTable.Intern(new Number(value));

    /// <summary>The variable called <paramref name="name"/>.</summary>
    public static Expr Var(string name) => InternTable.Intern(new Variable(name));

    /// <summary>Sum of <paramref name="terms"/> in canonical form: flattened, constants folded, like terms collected, ordered.</summary>
    public static Expr Add(params Expr[] terms) => Add((IEnumerable<Expr>)terms);

    /// <inheritdoc cref="Add(Expr[])"/>
    public static Expr Add(IEnumerable<Expr> terms)
    {
        var all = terms as IReadOnlyList<Expr> ?? terms.ToList();
        if (all.Count == 2 && SumOfTwo(all[0], all[1]) is { } pair) return pair;
        var collected = Collector<Rational>.Rent();
        try
        {
            return Add(all, collected);
        }
        finally
        {
            collected.Return();
        }
    }

    private static Expr Add(IReadOnlyList<Expr> all, Collector<Rational> collected)
    {
        var constant = Rational.Zero;
        // A large sum among the operands is already in canonical order: collect it first, merge the rest in.
        var largest = LargestOperand<Sum>(all);
        if (largest is not null) foreach (var t in largest.Operands) CollectTerm(t, collected, ref constant);
        var fromLargest = collected.Count;
        // Indexed: foreach over the interface would allocate an enumerator on every call.
        for (var i = 0; i < all.Count; i++)
        {
            var term = all[i];
            if (ReferenceEquals(term, largest)) continue;
            if (term is Sum s) foreach (var t in s.Operands) CollectTerm(t, collected, ref constant);
            else CollectTerm(term, collected, ref constant);
        }
        // The kept terms are sorted as (term, entry) pairs, small enough to move cheaply in a sort of 100,000 terms;
        // the coefficient and the original term are read back through the entry.
        var kept = collected.Terms;
        var sortedPrefix = 0;
        for (var i = 0; i < collected.Count; i++)
        {
            if (collected.Values[i].IsZero) continue;
            kept.Add((collected.Keys[i], i));
            if (i < fromLargest) sortedPrefix++;
        }
        if (kept.Count > 1) ExprOrder.SortWithSortedPrefix(kept, sortedPrefix, collected.TermOrder ??= TermOrder(collected));
        var count = kept.Count + (constant.IsZero ? 0 : 1);
        if (count == 0) return Zero;
        if (count == 1) return constant.IsZero ? Rebuilt(collected, kept[0]) : Num(constant);
        var result = new Expr[count];
        var k = 0;
        if (!constant.IsZero) result[k++] = Num(constant);
        foreach (var term in kept) result[k++] = Rebuilt(collected, term);
        return InternTable.Intern(new Sum(result));
    }

    /// <summary>
    /// <c>a + b</c> for the common two-term sums (<c>x - y^2</c>, <c>1 - x</c>) without the collector: two terms that
    /// are not alike, or a number and a term, are the sum of the two in canonical order, which is what the general
    /// path would collect, sort and rebuild. Returns null for every other pair (a sum among them, two numbers, like
    /// terms, a term that does not stand for itself).
    /// </summary>
    private static Expr? SumOfTwo(Expr a, Expr b)
    {
        if (a is Sum || b is Sum) return null;
        if (a is Number na) return b is Number ? null : NumberPlusTerm(na, b);
        if (b is Number nb) return NumberPlusTerm(nb, a);
        if (!RebuildsItself(a) || !RebuildsItself(b)) return null;
        var order = ExprOrder.Instance.Compare(SplitCoefficient(a).Term, SplitCoefficient(b).Term);
        if (order == 0) return null;   // like terms: their coefficients add
        return InternTable.Intern(new Sum(order < 0 ? [a, b] : [b, a]));
    }

    // The constant comes first in a sum; zero leaves the term alone.
    private static Expr? NumberPlusTerm(Number number, Expr term)
    {
        if (!RebuildsItself(term)) return null;
        return number.Value.IsZero ? term : InternTable.Intern(new Sum([number, term]));
    }

    // A kept term as it goes into the sum: its original when nothing was merged into it, else rebuilt.
    private static Expr Rebuilt(Collector<Rational> collected, (Expr Term, int Entry) kept) =>
        collected.Originals[kept.Entry] ?? WithCoefficient(collected.Values[kept.Entry], kept.Term);

    // Terms by their canonical order, then by coefficient.
    private static Comparison<(Expr Term, int Entry)> TermOrder(Collector<Rational> collected) => (a, b) =>
    {
        var c = ExprOrder.Instance.Compare(a.Term, b.Term);
        return c != 0 ? c : collected.Values[a.Entry].CompareTo(collected.Values[b.Entry]);
    };

    // Per collected key, the term it came from while no like term has been merged into it (Collector.Originals):
    // that term is already the canonical coefficient*rest, so it is kept instead of being rebuilt and interned again.
    private static void CollectTerm(Expr term, Collector<Rational> collected, ref Rational constant)
    {
        if (term is Number n) { constant += n.Value; return; }
        var (c, rest) = SplitCoefficient(term);
        var at = collected.Merge(rest, c, static (x, y) => x + y);
        if (at == collected.Originals.Count) collected.Originals.Add(RebuildsItself(term) ? term : null);
        else collected.Originals[at] = null;
    }

    /// <summary>
    /// True when <c>WithCoefficient(SplitCoefficient(term))</c> gives <paramref name="term"/> back, so an unmerged
    /// term can stand for itself in a sum. Canonical terms always do; the test only excludes shapes that no
    /// factory builds (a leading coefficient 1, a product nested directly in a product).
    /// </summary>
    private static bool RebuildsItself(Expr term) =>
        term is not Product p || p.Operands[0] is not Number c
        || (!c.Value.IsOne && (p.Operands.Length > 2 || p.Operands[1] is not Product));

    /// <summary>Product of <paramref name="factors"/> in canonical form: flattened, constants folded, like powers collected, ordered.</summary>
    public static Expr Multiply(params Expr[] factors) => Multiply((IEnumerable<Expr>)factors);

    /// <inheritdoc cref="Multiply(Expr[])"/>
    public static Expr Multiply(IEnumerable<Expr> factors)
    {
        var all = factors as IReadOnlyList<Expr> ?? factors.ToList();
        if (all.Count == 2 && NumberTimesFactor(all[0], all[1]) is { } scaled) return scaled;
        // A large product among the operands is already in canonical order: collect it first, merge the rest in.
        var largest = LargestOperand<Product>(all);
        if (largest is not null && all.Count <= MaxFactorsInsertedOneByOne && InsertIntoLargeProduct(largest, all) is { } fast) return fast;
        var collected = Collector<ExponentList>.Rent();
        try
        {
            return Multiply(all, largest, collected);
        }
        finally
        {
            collected.Return();
        }
    }

    private static Expr Multiply(IReadOnlyList<Expr> all, Product? largest, Collector<ExponentList> collected)
    {
        var coefficient = Rational.One;
        if (largest is not null) foreach (var f in largest.Operands) CollectFactor(f, collected, ref coefficient);
        var fromLargest = collected.Count;
        for (var i = 0; i < all.Count; i++)
        {
            var factor = all[i];
            if (ReferenceEquals(factor, largest)) continue;
            if (factor is Product p) foreach (var f in p.Operands) CollectFactor(f, collected, ref coefficient);
            else CollectFactor(factor, collected, ref coefficient);
        }
        // The collected entries are read by index below while Pow and Add run, which may multiply on their own:
        // they rent a collector of their own, as this one is out.
        var result = collected.Factors;
        var needsAnotherPass = false;
        var sortedPrefix = 0;
        for (var i = 0; i < collected.Count; i++)
        {
            if (i == fromLargest) sortedPrefix = result.Count;
            var b = collected.Keys[i];
            var exponents = collected.Values[i];
            var combined = exponents.More is null
                ? (exponents.First == One ? b : Pow(b, exponents.First))
                : Pow(b, Add(exponents.More.Prepend(exponents.First)));
            if (combined is Number n) coefficient *= n.Value;
            else
            {
                // A combined power whose base is no longer b may meet other factors: (x*y)^(1/2) * (x*y)^(1/2)
                // gives x*y, whose factors may meet powers of x or y; (x^2)^(1/2) * (x^2)^(1/2) gives x^2.
                needsAnotherPass |= combined is Product || !ReferenceEquals(SplitPower(combined).Base, b);
                result.Add(combined);
            }
        }
        if (coefficient.IsZero) return Zero;
        if (needsAnotherPass) return Multiply(result.Append(Num(coefficient)));
        if (result.Count == 0) return Num(coefficient);
        if (fromLargest >= collected.Count) sortedPrefix = result.Count;
        if (result.Count > 1) ExprOrder.SortWithSortedPrefix(result, sortedPrefix, ExprOrder.CompareFactors);
        if (coefficient.IsOne && result.Count == 1) return result[0];
        var first = coefficient.IsOne ? 0 : 1;
        var operands = new Expr[result.Count + first];
        if (first == 1) operands[0] = Num(coefficient);
        result.CopyTo(operands, first);
        return InternTable.Intern(new Product(operands));
    }

    private static void CollectFactor(Expr factor, Collector<ExponentList> collected, ref Rational coefficient)
    {
        if (factor is Number n) { coefficient *= n.Value; return; }
        var (b, e) = SplitPower(factor);
        collected.Merge(b, new ExponentList(e), static (x, y) => x.With(y.First));
    }

    /// <summary>
    /// <c>c*x</c> in either order, for a number c and a single factor x (no number, no product): what negation
    /// and most coefficients build. The general path would collect, sort and rebuild a one-entry list to the same
    /// result: <c>x</c>, <c>0</c> or the product <c>[c, x]</c>. Returns null for every other pair.
    /// </summary>
    private static Expr? NumberTimesFactor(Expr first, Expr second)
    {
        var (number, factor) = first is Number n1 ? (n1, second) : second is Number n2 ? (n2, first) : (null, first);
        if (number is null || factor is Number or Product) return null;
        // The general path rebuilds a power from its base and exponent; a canonical power comes back as itself.
        if (factor is Power p && !PowKeeps(p)) return null;
        if (number.Value.IsZero) return Zero;
        if (number.Value.IsOne) return factor;
        return InternTable.Intern(new Product([number, factor]));
    }

    /// <summary>
    /// True when <c>Pow(p.Base, p.Exponent)</c> gives <paramref name="p"/> back, told from its shape without building
    /// (and interning) the power again: Pow folds a zero or one exponent, and an integer exponent over a power or a
    /// product. A number base goes through Pow itself, whose exact roots decide.
    /// </summary>
    internal static bool PowKeeps(Power p)
    {
        if (p.Base is Number) return ReferenceEquals(Pow(p.Base, p.Exponent), p);
        if (p.Exponent is not Number { Value: var e }) return true;
        return !(e.IsZero || e.IsOne || (e.IsInteger && p.Base is Power or Product));
    }

    /// <summary>
    /// The chain rule multiplies a long product by one more factor at every level of a deep chain; doing that
    /// by binary insertion into the already canonical product keeps each step linear in copying only.
    /// Returns null when the general path is needed (another product among the operands, a merge that
    /// changes the structure).
    /// </summary>
    private static Expr? InsertIntoLargeProduct(Product largest, IReadOnlyList<Expr> all)
    {
        var factors = largest.Operands;
        var coefficient = factors[0] is Number n0 ? n0.Value : Rational.One;
        var list = new List<Expr>(factors.Length + all.Count);
        for (var i = factors[0] is Number ? 1 : 0; i < factors.Length; i++) list.Add(factors[i]);
        for (var k = 0; k < all.Count; k++)
        {
            var operand = all[k];
            if (ReferenceEquals(operand, largest)) continue;
            if (operand is Number n) { coefficient *= n.Value; continue; }
            if (operand is Product) return null;
            var (b, e) = SplitPower(operand);
            int lo = 0, hi = list.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (ExprOrder.Instance.Compare(SplitPower(list[mid]).Base, b) < 0) lo = mid + 1; else hi = mid;
            }
            if (lo < list.Count && SplitPower(list[lo]).Base == b)
            {
                var combined = Pow(b, Add(SplitPower(list[lo]).Exponent, e));
                if (combined is Product || !ReferenceEquals(SplitPower(combined).Base, b)) return null;
                if (combined is Number cn) { coefficient *= cn.Value; list.RemoveAt(lo); }
                else list[lo] = combined;
            }
            else list.Insert(lo, operand);
        }
        if (coefficient.IsZero) return Zero;
        if (list.Count == 0) return Num(coefficient);
        if (coefficient.IsOne && list.Count == 1) return list[0];
        if (!coefficient.IsOne) list.Insert(0, Num(coefficient));
        return InternTable.Intern(new Product(list.ToArray()));
    }

    /// <summary>
    /// The product of <paramref name="product"/>'s factors without the one at <paramref name="index"/>: what the
    /// product rule multiplies that factor's derivative by. Removing a factor from a canonical product leaves the
    /// others sorted, with distinct bases and the coefficient first, so they are canonical as they stand: no
    /// collecting, no sorting (the gradient of x1*…*x100 takes 100 such products of 99 factors).
    /// </summary>
    internal static Expr ProductWithout(Product product, int index)
    {
        var factors = product.Operands;
        if (factors.Length == 2) return factors[1 - index];
        var rest = new Expr[factors.Length - 1];
        factors[..index].CopyTo(rest);
        factors[(index + 1)..].CopyTo(rest.AsSpan(index));
        return InternTable.Intern(new Product(rest));
    }

    private static T? LargestOperand<T>(IReadOnlyList<Expr> operands) where T : Expr
    {
        T? largest = null;
        for (var i = 0; i < operands.Count; i++)
            if (operands[i] is T t && t.Operands.Length >= LargeOperandSize && (largest is null || t.Operands.Length > largest.Operands.Length)) largest = t;
        return largest;
    }

    /// <summary>The exponents met for one base, without a list for the common single one.</summary>
    private readonly record struct ExponentList(Expr First, List<Expr>? More = null)
    {
        public ExponentList With(Expr next)
        {
            var more = More ?? [];
            more.Add(next);
            return this with { More = more };
        }
    }

    /// <summary><paramref name="base"/> raised to <paramref name="exponent"/>, with exact folding and the safe identities only.</summary>
    public static Expr Pow(Expr @base, Expr exponent)
    {
        if (exponent is Number en)
        {
            var e = en.Value;
            if (e.IsZero) return One;                       // 0^0 = 1, as IEEE pow
            if (e.IsOne) return @base;
            switch (@base)
            {
                case Number bn: return PowNumber(bn.Value, e);
                case Power p when e.IsInteger: return Pow(p.Base, Multiply(p.Exponent, exponent));
                case Product p when e.IsInteger: return PowEachFactor(p, exponent);
            }
        }
        if (@base is Number { Value.IsOne: true }) return One;
        return InternTable.Intern(new Power(@base, exponent));
    }

    // (a*b)^n = a^n*b^n for an integer n; apart from Pow so that Pow's other cases do not allocate the closure.
    private static Expr PowEachFactor(Product p, Expr exponent) => Multiply(p.Args.Select(f => Pow(f, exponent)));

    private static Expr PowNumber(Rational b, Rational e)
    {
        if (e.IsInteger) return Num(b.Pow(e.Numerator));
        if (b.IsZero)
            return e.Sign > 0 ? Zero : throw Rational.DivisionByZero(e);
        if (b.IsOne) return One;
        if (e.Denominator <= MaxExactRootDegree && b.ExactRoot((int)e.Denominator) is { } root)
            return Num(root.Pow(e.Numerator));
        // 8^(1/2) = 2*2^(1/2): the perfect powers leave the root, so equal radicals compare and collect.
        if (e.Denominator <= 64 && RootFactors.Split(b, (int)e.Denominator) is var (outside, inside))
            return Multiply(Num(outside.Pow(e.Numerator)), InternTable.Intern(new Power(Num(inside), Num(e))));
        return InternTable.Intern(new Power(Num(b), Num(e)));
    }

    /// <summary>Applies a function of the table, checking the arity and folding exact values such as <c>sin(0)</c>.</summary>
    public static Expr Apply(FunctionDef function, params Expr[] args)
    {
        function.CheckArity(args.Length);
        if (function.IsVariadic && args.Length > function.Arity)
            return ApplyPairwise(function, args);
        if (args.Length > function.Arity && function.WithOptionalArgument is { } longer) return longer(args);
        if (function.Expand is { } expand) return expand(args);
        if (function.FoldExact?.Invoke(args) is { } folded) return folded;
        return InternTable.Intern(new Call(function, args));
    }

    // max(a, b, c) = max(max(a, b), c); apart from Apply so that its other paths do not allocate the closure.
    private static Expr ApplyPairwise(FunctionDef function, Expr[] args) =>
        args.Skip(1).Aggregate(args[0], (acc, next) => Apply(function, acc, next));

    /// <summary>The natural logarithm of <paramref name="u"/>.</summary>
    public static Expr Log(Expr u) => Apply(FunctionTable.NaturalLog, u);

    /// <summary>The square root of <paramref name="u"/>, which is <c>u^(1/2)</c>.</summary>
    public static Expr Sqrt(Expr u) => Pow(u, Num(Rational.Half));

    /// <summary>Applies the function called <paramref name="name"/>.</summary>
    public static Expr Apply(string name, params Expr[] args) => Apply(FunctionTable.Get(name), args);

    /// <summary>The numeric coefficient and the rest of a term: <c>3*x*y</c> → (3, <c>x*y</c>).</summary>
    public static (Rational Coefficient, Expr Term) SplitCoefficient(Expr term)
    {
        if (term is Number n) return (n.Value, One);
        if (term is Product p && p.Operands[0] is Number c)
        {
            var rest = p.Operands.Length == 2 ? p.Operands[1] : InternTable.Intern(new Product(p.Operands[1..].ToArray()));
            return (c.Value, rest);
        }
        return (Rational.One, term);
    }

    /// <summary>Base and exponent of a factor: <c>x^3</c> → (x, 3), <c>x</c> → (x, 1).</summary>
    public static (Expr Base, Expr Exponent) SplitPower(Expr factor) =>
        factor is Power p ? (p.Base, p.Exponent) : (factor, One);

    private static Expr WithCoefficient(Rational c, Expr rest)
    {
        if (c.IsOne) return rest;
        if (rest is Product p) return InternTable.Intern(new Product([Num(c), .. p.Operands]));
        return InternTable.Intern(new Product([Num(c), rest]));
    }

    /// <summary>a - b.</summary>
    public static Expr Subtract(Expr a, Expr b) => Add(a, Negate(b));
    /// <summary>-a.</summary>
    public static Expr Negate(Expr a) => Multiply(MinusOne, a);
    /// <summary>a / b.</summary>
    public static Expr Divide(Expr a, Expr b) => Multiply(a, Pow(b, MinusOne));

    /// <summary>Sum.</summary>
    public static Expr operator +(Expr a, Expr b) => Add(a, b);
    /// <summary>Difference.</summary>
    public static Expr operator -(Expr a, Expr b) => Subtract(a, b);
    /// <summary>Negation.</summary>
    public static Expr operator -(Expr a) => Negate(a);
    /// <summary>Product.</summary>
    public static Expr operator *(Expr a, Expr b) => Multiply(a, b);
    /// <summary>Quotient.</summary>
    public static Expr operator /(Expr a, Expr b) => Divide(a, b);
    /// <summary>An integer as an expression.</summary>
    public static implicit operator Expr(int value) => Num(value);

    internal static bool IsInteger(Expr e, out BigInteger value)
    {
        if (e is Number { Value.IsInteger: true } n) { value = n.Value.Numerator; return true; }
        value = default;
        return false;
    }
}
