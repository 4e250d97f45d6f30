using System.Reflection;
using Symbolic.Numbers;

namespace Symbolic.Codegen;

/// <summary>
/// Turns one node into code, given how its operands are already available (a local, a constant or, for
/// single-use operands, their own code written inline). The one place that knows how each node kind is
/// computed: integer powers as multiplications, roots by <see cref="RealPower"/>'s kernels, a -1 coefficient as a
/// negation, a negative term as a subtraction, <c>a*b^-1</c> as <c>a/b</c>, and calls through the function
/// table's <see cref="FunctionDef.Method"/>. Produces the <see cref="Value"/>s of the statement layer.
/// </summary>
internal sealed class NodeTranslator(ComputationPlan plan, Func<Expr, Value> local)
{
    private static readonly MethodInfo Pow = typeof(Math).GetMethod(nameof(Math.Pow), [typeof(double), typeof(double)])!;

    /// <summary>The code for <paramref name="node"/> used as an operand.</summary>
    public Value Operand(Expr node)
    {
        if (plan.IsConstant(node)) return Value.Of(plan.ConstantValue(node));
        return plan.IsMaterialized(node) ? local(node) : Compute(node);
    }

    /// <summary>The code that computes <paramref name="node"/> from its operands.</summary>
    public Value Compute(Expr node) => node switch
    {
        Sum sum => SumOf(sum.Operands),
        Product product => ProductOf(product.Operands),
        Power power => PowerOf(power),
        Call call => Value.Call(call.Function.Method!, call.Args.Select(Operand).ToArray()),
        _ => Operand(node),
    };

    /// <summary>
    /// A product split into shared chains (<see cref="ProductChains"/>): [coefficient *] prefix * middle * suffix,
    /// given the code of the chain links. A long middle (<see cref="HasLongMiddle"/>) is left out: the caller
    /// multiplies it in one factor per statement, so the expression stays shallow.
    /// </summary>
    public Value SplitProduct(Expr node, ProductChains.Split split, Func<int, Value> link)
    {
        var parts = new List<Value>();
        if (split.Prefix >= 0) parts.Add(link(split.Prefix));
        if (!HasLongMiddle(split)) parts.AddRange(split.Middle.Select(Operand));
        if (split.Suffix >= 0) parts.Add(link(split.Suffix));
        if (node.Operands[0] is Number { Value: var c })
        {
            if (c == Rational.MinusOne) parts[0] = Value.Negate(parts[0]);
            else parts.Insert(0, Value.Of(c.ToDouble()));
        }
        return parts.Aggregate(Value.Multiply);
    }

    /// <summary>True when the split's middle factors are too many to multiply in one expression.</summary>
    public static bool HasLongMiddle(ProductChains.Split split) => split.Middle.Length > ComputationPlan.MaxInlineOperands;

    /// <summary>A chain link: the code of its parent link (or, for a link of one factor, nothing) times its factor.</summary>
    public Value Link(ProductChains.Link link, Value? parent) =>
        parent is null ? Operand(link.Factor) : Value.Multiply(parent, Operand(link.Factor));

    /// <summary>The first operand of a sum or product, and how each further operand joins the running total.</summary>
    public Value First(Expr node) => node is Product p ? Operand(p.Operands[0]) : Term(node.Operands[0]);

    /// <summary>How <paramref name="operand"/> joins the running total: + term (or - |term|) for sums, * factor for products.</summary>
    public (Operator Operator, Value Value) AccumulationStep(Expr node, Expr operand) =>
        node is Product ? (Operator.Multiply, Operand(operand)) : TermStep(operand);

    private (Operator, Value) TermStep(Expr operand) =>
        TryNegatedTerm(operand, out var magnitude) ? (Operator.Subtract, magnitude) : (Operator.Add, Operand(operand));

    private Value AddTerm(Value total, Expr operand)
    {
        var (op, value) = TermStep(operand);
        return new Arithmetic(op, total, value);
    }

    private Value SumOf(ReadOnlySpan<Expr> terms)
    {
        var total = Term(terms[0]);
        for (var i = 1; i < terms.Length; i++) total = AddTerm(total, terms[i]);
        return total;
    }

    private Value Term(Expr term) => TryNegatedTerm(term, out var magnitude) ? Value.Negate(magnitude) : Operand(term);

    // An inline product with a negative coefficient, c*rest with c < 0: gives the code for |c|*rest.
    private bool TryNegatedTerm(Expr term, out Value magnitude)
    {
        magnitude = default!;
        if (term is not Product p || plan.IsConstant(term) || plan.IsMaterialized(term)) return false;
        if (p.Operands[0] is not Number { Value: var c } || c.Sign >= 0) return false;
        magnitude = ProductOf(p.Operands, -c);
        return true;
    }

    private Value ProductOf(ReadOnlySpan<Expr> factors, Rational? coefficient = null)
    {
        var start = 0;
        var c = coefficient;
        if (c is null && factors[0] is Number n) { c = n.Value; start = 1; }
        else if (c is not null) start = 1;
        var negate = c is { } k && k == Rational.MinusOne;
        var numerator = new List<Value>();
        var denominator = new List<Value>();
        if (c is { } value && value != Rational.One && !negate) numerator.Add(Value.Of(value.ToDouble()));
        for (var i = start; i < factors.Length; i++)
        {
            var f = factors[i];
            // A single-use b^-k divides instead of multiplying by a reciprocal: one rounding, one operation fewer.
            if (f is Power p && !plan.IsConstant(f) && !plan.IsMaterialized(f) && p.Exponent is Number { Value: var e }
                && e.Sign < 0 && e.IsInteger && e.Numerator >= -ComputationPlan.MaxMultipliedPower)
                denominator.Add(IntegerPower(p.Base, (int)(-e).Numerator));
            else numerator.Add(Operand(f));
        }
        var result = numerator.Count == 0 ? Value.Of(1) : numerator.Aggregate(Value.Multiply);
        if (denominator.Count > 0) result = Value.Divide(result, denominator.Aggregate(Value.Multiply));
        return negate ? Value.Negate(result) : result;
    }

    private Value PowerOf(Power power)
    {
        if (power.Exponent is Number { Value: var e })
        {
            if (!e.IsInteger)
            {
                var (kernel, argument) = RealPower.KernelFor(e);
                return Value.Call(kernel, argument is { } y ? [Operand(power.Base), Value.Of(y)] : [Operand(power.Base)]);
            }
            if (e == Rational.MinusOne) return Value.Divide(Value.Of(1), Operand(power.Base));
            if (ComputationPlan.IsMultipliedPower(power, out var k))
            {
                var magnitude = IntegerPower(power.Base, Math.Abs(k));
                return k > 0 ? magnitude : Value.Divide(Value.Of(1), magnitude);
            }
        }
        return Value.Call(Pow, [Operand(power.Base), Operand(power.Exponent)]);
    }

    private Value IntegerPower(Expr @base, int k)
    {
        var b = Operand(@base);
        var result = b;
        for (var i = 1; i < k; i++) result = Value.Multiply(result, Operand(@base));
        return result;
    }
}
