using Symbolic.Syntax;

namespace Symbolic.Repl.Values;

/// <summary>
/// What a REPL command produces: a scalar expression, a plain number from a numeric evaluation, or a
/// vector of values (a matrix is a vector of vectors).
/// </summary>
internal abstract record ReplValue
{
    /// <summary>The printed form: <c>2*x - y</c>, <c>[2*x - y, -x]</c>, <c>[[2, -1], [-1, 0]]</c>.</summary>
    public abstract string Print();

    /// <summary>
    /// The value as JSON wants it: a double, a list or a list of lists when every entry is numeric; otherwise null.
    /// </summary>
    public abstract object? Numeric();

    /// <summary>Applies <paramref name="map"/> to every scalar entry, keeping the shape.</summary>
    public abstract ReplValue Map(Func<Expr, ReplValue> map);

    /// <summary>
    /// The value as one expression; a vector here is an error naming <paramref name="what"/>, at <paramref name="span"/>
    /// of <paramref name="source"/> when the caller knows the node the value came from.
    /// </summary>
    public Expr AsScalar(string what, TextSpan? span = null, string? source = null) => this switch
    {
        ScalarValue s => s.Expr,
        RealValue r => r.ToExpr(span, source),
        _ => throw ReplErrors.NotAScalar(what, span, source),
    };

    /// <summary>The entries of a vector as expressions; a scalar or a matrix is an error naming <paramref name="what"/>.</summary>
    public IReadOnlyList<Expr> AsVector(string what, TextSpan? span = null, string? source = null) => this is VectorValue v
        ? v.Items.Select(item => item is VectorValue
            ? throw ReplErrors.MatrixNotVector(what, span, source)
            : item.AsScalar(what, span, source)).ToArray()
        : throw ReplErrors.NotAVector(what, span, source);

    /// <summary>The symbolic entries (not the numbers <c>eval</c> computed), in no particular order; walked without recursion.</summary>
    internal IReadOnlyList<Expr> SymbolicEntries()
    {
        var entries = new List<Expr>();
        var pending = new Stack<ReplValue>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var value = pending.Pop();
            if (value is VectorValue vector)
                foreach (var item in vector.Items) pending.Push(item);
            else if (value is ScalarValue scalar) entries.Add(scalar.Expr);
        }
        return entries;
    }

    /// <summary>Wraps a row of expressions.</summary>
    public static VectorValue Of(IEnumerable<Expr> items) => new(items.Select(e => (ReplValue)new ScalarValue(e)).ToArray());

    /// <summary>Wraps a matrix of expressions, one vector per row.</summary>
    public static VectorValue Of(IEnumerable<IEnumerable<Expr>> rows) => new(rows.Select(r => (ReplValue)Of(r)).ToArray());
}

/// <summary>A symbolic expression; numeric in JSON when it has no variables (<c>3/10</c> → 0.3).</summary>
internal sealed record ScalarValue(Expr Expr) : ReplValue
{
    /// <inheritdoc />
    public override string Print() => Expressions.Print(Expr);

    /// <inheritdoc />
    public override object? Numeric()
    {
        if (ExprWalk.Variables(Expr).Count > 0) return null;
        var value = Evaluator.Evaluate(Expr, new Dictionary<string, double>());
        return double.IsFinite(value) ? value : null;
    }

    /// <inheritdoc />
    public override ReplValue Map(Func<Expr, ReplValue> map) => map(Expr);
}

/// <summary>
/// A number computed in double precision, e.g. by <c>eval</c>; <paramref name="Exact"/> is its exact value when the
/// inputs were exact and the answer rational, printed first: <c>1/9 ≈ 0.1111111111111111</c>.
/// </summary>
internal sealed record RealValue(double Value, Numbers.Rational? Exact = null) : ReplValue
{
    /// <inheritdoc />
    public override string Print() => Exact switch
    {
        { IsInteger: true } whole => whole.ToString(),
        { } fraction => $"{fraction} ≈ {NumberFormat.Shortest(Value)}",
        null => NumberFormat.Shortest(Value),
    };

    /// <inheritdoc />
    public override object? Numeric() => double.IsFinite(Value) ? Value : null;

    /// <inheritdoc />
    public override ReplValue Map(Func<Expr, ReplValue> map) => map(ToExpr());

    /// <summary>The exact rational the printed decimal stands for, so the number can enter a formula.</summary>
    public Expr ToExpr(TextSpan? span = null, string? source = null) => Exact is { } exact ? Expr.Num(exact) : double.IsFinite(Value)
        ? Expr.Num(Numbers.Rational.Parse(Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))
        : throw ReplErrors.NumberNotInFormula(Print(), span, source);
}

/// <summary>A vector of values; a vector of vectors is a matrix.</summary>
internal sealed record VectorValue(IReadOnlyList<ReplValue> Items) : ReplValue
{
    /// <inheritdoc />
    public override string Print() => "[" + string.Join(", ", Items.Select(i => i.Print())) + "]";

    /// <inheritdoc />
    public override object? Numeric()
    {
        var entries = Items.Select(i => i.Numeric()).ToList();
        return entries.Any(e => e is null) ? null : entries;
    }

    /// <inheritdoc />
    public override ReplValue Map(Func<Expr, ReplValue> map) => new VectorValue(Items.Select(i => i.Map(map)).ToArray());
}
