using System.Reflection;
using Symbolic.Numbers;

namespace Symbolic.Codegen;

/// <summary>
/// Turns one node into code, given how its operands are already available (a local, a constant or, for
/// single-use operands, their own code written inline). The one place that knows how each node kind is
/// computed: integer powers as multiplications, roots by <see cref="RealPower"/>'s kernels, a -1 coefficient as a
/// negation, a negative term as a subtraction, <c>a*b^-1</c> as <c>a/b</c>, and calls through the function
/// table's <see cref="FunctionDef.Method"/>.
/// </summary>
internal sealed class NodeTranslator<T>(ComputationPlan plan, IArithmeticBackend<T> backend, Func<Expr, T> local)
{
    private static readonly MethodInfo Pow = typeof(Math).GetMethod(nameof(Math.Pow), [typeof(double), typeof(double)])!;

    /// <summary>The code for <paramref name="node"/> used as an operand.</summary>
    public T Operand(Expr node)
    {
        if (plan.IsConstant(node)) return backend.Constant(plan.ConstantValue(node));
        return plan.IsMaterialized(node) ? local(node) : Compute(node);
    }

    /// <summary>The code that computes <paramref name="node"/> from its operands.</summary>
    public T Compute(Expr node) => node switch
    {
        Sum sum => SumOf(sum.ArgArray),
        Product product => ProductOf(product.ArgArray),
        Power power => PowerOf(power),
        Call call => backend.Call(call.Function.Method!, call.ArgArray.Select(Operand).ToArray()),
        _ => Operand(node),
    };

    /// <summary>
    /// A product split into shared chains (<see cref="ProductChains"/>): [coefficient *] prefix * middle * suffix,
    /// given the code of the chain links. A long middle (<see cref="HasLongMiddle"/>) is left out: the caller
    /// multiplies it in one factor per statement, so the expression stays shallow.
    /// </summary>
    public T SplitProduct(Expr node, ProductChains.Split split, Func<int, T> link)
    {
        var parts = new List<T>();
        if (split.Prefix >= 0) parts.Add(link(split.Prefix));
        if (!HasLongMiddle(split)) parts.AddRange(split.Middle.Select(Operand));
        if (split.Suffix >= 0) parts.Add(link(split.Suffix));
        if (node.ArgArray[0] is Number { Value: var c })
        {
            if (c == Rational.MinusOne) parts[0] = backend.Negate(parts[0]);
            else parts.Insert(0, backend.Constant(c.ToDouble()));
        }
        return parts.Aggregate(backend.Multiply);
    }

    /// <summary>True when the split's middle factors are too many to multiply in one expression.</summary>
    public static bool HasLongMiddle(ProductChains.Split split) => split.Middle.Length > ComputationPlan.MaxInlineOperands;

    /// <summary>A chain link: the code of its parent link (or, for a link of one factor, nothing) times its factor.</summary>
    public T Link(ProductChains.Link link, T? parent) =>
        parent is null ? Operand(link.Factor) : backend.Multiply(parent, Operand(link.Factor));

    /// <summary>The first operand of a sum or product, and how each further operand joins the running total.</summary>
    public T First(Expr node) => node is Product p ? Operand(p.ArgArray[0]) : Term(node.ArgArray[0]);

    /// <summary>total + term (or total - |term|) for sums, total * factor for products.</summary>
    public T Accumulate(Expr node, T total, Expr operand)
    {
        if (node is Product) return backend.Multiply(total, Operand(operand));
        return AddTerm(total, operand);
    }

    private T AddTerm(T total, Expr operand)
    {
        return TryNegatedTerm(operand, out var magnitude) ? backend.Subtract(total, magnitude) : backend.Add(total, Operand(operand));
    }

    private T SumOf(Expr[] terms)
    {
        var total = Term(terms[0]);
        for (var i = 1; i < terms.Length; i++) total = AddTerm(total, terms[i]);
        return total;
    }

    private T Term(Expr term) => TryNegatedTerm(term, out var magnitude) ? backend.Negate(magnitude) : Operand(term);

    // An inline product with a negative coefficient, c*rest with c < 0: gives the code for |c|*rest.
    private bool TryNegatedTerm(Expr term, out T magnitude)
    {
        magnitude = default!;
        if (term is not Product p || plan.IsConstant(term) || plan.IsMaterialized(term)) return false;
        if (p.ArgArray[0] is not Number { Value: var c } || c.Sign >= 0) return false;
        magnitude = ProductOf(p.ArgArray, -c);
        return true;
    }

    private T ProductOf(Expr[] factors, Rational? coefficient = null)
    {
        var start = 0;
        var c = coefficient;
        if (c is null && factors[0] is Number n) { c = n.Value; start = 1; }
        else if (c is not null) start = 1;
        var negate = c is { } k && k == Rational.MinusOne;
        var numerator = new List<T>();
        var denominator = new List<T>();
        if (c is { } value && value != Rational.One && !negate) numerator.Add(backend.Constant(value.ToDouble()));
        for (var i = start; i < factors.Length; i++)
        {
            var f = factors[i];
            // A single-use b^-k divides instead of multiplying by a reciprocal: one rounding, one operation fewer.
            if (f is Power p && !plan.IsConstant(f) && !plan.IsMaterialized(f) && p.Exponent is Number { Value: var e }
                && e.Sign < 0 && e.IsInteger && e.Numerator >= -ComputationPlan.MaxMultipliedPower)
                denominator.Add(IntegerPower(p.Base, (int)(-e).Numerator));
            else numerator.Add(Operand(f));
        }
        var result = numerator.Count == 0 ? backend.Constant(1) : numerator.Aggregate(backend.Multiply);
        if (denominator.Count > 0) result = backend.Divide(result, denominator.Aggregate(backend.Multiply));
        return negate ? backend.Negate(result) : result;
    }

    private T PowerOf(Power power)
    {
        if (power.Exponent is Number { Value: var e })
        {
            if (!e.IsInteger)
            {
                var (kernel, argument) = RealPower.KernelFor(e);
                return backend.Call(kernel, argument is { } y ? [Operand(power.Base), backend.Constant(y)] : [Operand(power.Base)]);
            }
            if (e == Rational.MinusOne) return backend.Divide(backend.Constant(1), Operand(power.Base));
            if (ComputationPlan.IsMultipliedPower(power, out var k))
            {
                var magnitude = IntegerPower(power.Base, Math.Abs(k));
                return k > 0 ? magnitude : backend.Divide(backend.Constant(1), magnitude);
            }
        }
        return backend.Call(Pow, [Operand(power.Base), Operand(power.Exponent)]);
    }

    private T IntegerPower(Expr @base, int k)
    {
        var b = Operand(@base);
        var result = b;
        for (var i = 1; i < k; i++) result = backend.Multiply(result, Operand(@base));
        return result;
    }
}
