using Symbolic.Numbers;

namespace Symbolic;

/// <summary>The kinds of node; the order is the canonical order of kinds (numbers first, sums last).</summary>
public enum ExprKind : byte
{
    /// <summary>An exact rational.</summary>
    Number,
    /// <summary><c>pi</c> or <c>e</c>.</summary>
    Constant,
    /// <summary>A variable.</summary>
    Variable,
    /// <summary><c>base^exponent</c>.</summary>
    Power,
    /// <summary>A function of the table applied to arguments.</summary>
    Call,
    /// <summary>An n-ary product.</summary>
    Product,
    /// <summary>An n-ary sum.</summary>
    Sum,
}

/// <summary>
/// An immutable, hash-consed mathematical expression. Equal expressions are the same object, so
/// <c>==</c> is reference equality, an expression is a DAG, and its size is its number of distinct nodes.
/// Build expressions only through the factories (<see cref="Add(Expr[])"/>, <see cref="Multiply(Expr[])"/>,
/// <see cref="Pow"/>, <see cref="Apply(FunctionDef, Expr[])"/>, …): they keep the canonical form (flattened, ordered, folded,
/// like terms and powers collected).
/// </summary>
/// <example><code>
/// var x = Expr.Var("x");
/// var f = x * x + 2 * x;      // prints "x^2 + 2*x"
/// </code></example>
public abstract partial class Expr
{
    private readonly Expr[] args;
    private readonly int hash;

    private protected Expr(ExprKind kind, Expr[] args, int payloadHash)
    {
        Kind = kind;
        this.args = args;
        var h = new HashCode();
        h.Add(kind);
        h.Add(payloadHash);
        var depth = 0;
        foreach (var a in args)
        {
            h.Add(a.hash);
            if (a.Depth > depth) depth = a.Depth;
        }
        hash = h.ToHashCode();
        Depth = depth + 1;
    }

    /// <summary>What kind of node this is.</summary>
    public ExprKind Kind { get; }

    /// <summary>The operands (terms, factors, base and exponent, or call arguments).</summary>
    public IReadOnlyList<Expr> Args => args;

    /// <summary>
    /// The operands as a span, for loops on hot paths that should neither allocate an enumerator nor dispatch
    /// through <see cref="IReadOnlyList{T}"/>. The same elements as <see cref="Args"/>.
    /// </summary>
    public ReadOnlySpan<Expr> Operands => args;

    /// <summary>The operand array itself, for the factories that share it with a rebuilt node instead of copying it.</summary>
    internal Expr[] OperandArray => args;

    /// <summary>Height of the tree: 1 for a leaf.</summary>
    public int Depth { get; }

    /// <summary>
    /// True when <paramref name="other"/>, a node of the same kind, has the same payload (value, name or function);
    /// nodes without a payload always agree. Hash-consing compares nodes with this and their children by reference.
    /// </summary>
    internal abstract bool HasSamePayload(Expr other);

    /// <inheritdoc />
    public sealed override int GetHashCode() => hash;

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>The expression in textbook infix notation, e.g. <c>2*x - y</c>.</summary>
    public sealed override string ToString() => Printing.InfixPrinter.Print(this);

    /// <summary>Number of distinct nodes of the DAG under this node.</summary>
    public int CountNodes() => ExprWalk.TopologicalOrder(this).Count;
}

/// <summary>An exact rational constant.</summary>
public sealed class Number : Expr
{
    internal Number(Rational value) : base(ExprKind.Number, [], value.GetHashCode()) => Value = value;
    /// <summary>The value.</summary>
    public Rational Value { get; }
    internal override bool HasSamePayload(Expr other) => Value.Equals(((Number)other).Value);
}

/// <summary>A named mathematical constant: <c>pi</c> or <c>e</c>.</summary>
public sealed class Constant : Expr
{
    internal Constant(string name, double value) : base(ExprKind.Constant, [], StringComparer.Ordinal.GetHashCode(name))
    {
        Name = name;
        Value = value;
    }
    /// <summary><c>pi</c> or <c>e</c>.</summary>
    public string Name { get; }
    /// <summary>The nearest double.</summary>
    public double Value { get; }
    internal override bool HasSamePayload(Expr other) => string.Equals(Name, ((Constant)other).Name, StringComparison.Ordinal);
}

/// <summary>A variable such as <c>x</c>, <c>x_1</c> or <c>θ</c>.</summary>
public sealed class Variable : Expr
{
    internal Variable(string name) : base(ExprKind.Variable, [], StringComparer.Ordinal.GetHashCode(name)) => Name = name;
    /// <summary>The name as written.</summary>
    public string Name { get; }
    internal override bool HasSamePayload(Expr other) => string.Equals(Name, ((Variable)other).Name, StringComparison.Ordinal);
}

/// <summary><c>Base^Exponent</c>; also how roots (<c>x^(1/2)</c>) and reciprocals (<c>x^-1</c>) are held.</summary>
public sealed class Power : Expr
{
    internal Power(Expr @base, Expr exponent) : base(ExprKind.Power, [@base, exponent], 0) { }
    /// <summary>The base.</summary>
    public Expr Base => Operands[0];
    /// <summary>The exponent.</summary>
    public Expr Exponent => Operands[1];
    internal override bool HasSamePayload(Expr other) => true;
}

/// <summary>A function of the table applied to its arguments, e.g. <c>sin(x)</c>.</summary>
public sealed class Call : Expr
{
    internal Call(FunctionDef function, Expr[] args) : base(ExprKind.Call, args, function.GetHashCode()) => Function = function;
    /// <summary>The function's row in the table.</summary>
    public FunctionDef Function { get; }
    internal override bool HasSamePayload(Expr other) => ReferenceEquals(Function, ((Call)other).Function);
}

/// <summary>An n-ary product, constant factor first, other factors in canonical order.</summary>
public sealed class Product : Expr
{
    internal Product(Expr[] factors) : base(ExprKind.Product, factors, 0) { }

    /// <summary>
    /// The product of the other factors: what the product rule multiplies the derivative of the factor at
    /// <paramref name="index"/> by. No collecting or sorting is needed, so it costs one copy of the operands.
    /// </summary>
    /// <param name="index">The position in <see cref="Expr.Operands"/> of the factor to leave out.</param>
    /// <example><code>((Product)Expressions.Parse("2*x*y")).WithoutFactor(1)   // 2*y</code></example>
    public Expr WithoutFactor(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Operands.Length);
        return ProductWithout(this, index);
    }
    internal override bool HasSamePayload(Expr other) => true;
}

/// <summary>An n-ary sum, constant term first, other terms in canonical order.</summary>
public sealed class Sum : Expr
{
    internal Sum(Expr[] terms) : base(ExprKind.Sum, terms, 0) { }
    internal override bool HasSamePayload(Expr other) => true;
}
