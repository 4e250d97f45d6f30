using System.Reflection;
using Symbolic.Syntax;

namespace Symbolic;

/// <summary>
/// One row of the function table: everything Symbolic knows about a function, in one place —
/// name and arity, numeric evaluation, the partial derivatives as expression text in the parameters
/// <c>u</c> (first argument) and <c>v</c> (second), exact folding, LaTeX name, and the method compiled
/// code calls.
/// </summary>
public sealed class FunctionDef
{
    private readonly Lazy<Expr[]> partialTemplates;

    internal FunctionDef(
        string name, int arity, string[] partials, MethodInfo? method,
        Func<double, double>? unary = null, Func<double, double, double>? binary = null,
        string? latex = null, Func<Expr[], Expr?>? foldExact = null, Func<Expr[], Expr>? expand = null,
        bool variadic = false, string summary = "", string? latexForm = null, Func<Expr[], Expr>? withOptionalArgument = null)
    {
        Name = name;
        Arity = arity;
        LatexForm = latexForm;
        WithOptionalArgument = withOptionalArgument;
        Method = method;
        Unary = unary;
        Binary = binary;
        Latex = latex ?? $@"\operatorname{{{name}}}";
        FoldExact = foldExact;
        Expand = expand;
        IsVariadic = variadic;
        Summary = summary;
        partialTemplates = new Lazy<Expr[]>(() => partials.Select(ParseTemplate).ToArray());
    }

    /// <summary>The name as written: <c>sin</c>.</summary>
    public string Name { get; }

    /// <summary>Number of arguments of the node (the least a call may pass when <see cref="IsVariadic"/>).</summary>
    public int Arity { get; }

    /// <summary>True for <c>max</c> and <c>min</c>: more arguments nest, <c>max(a, b, c)</c> = <c>max(max(a, b), c)</c>.</summary>
    public bool IsVariadic { get; }

    /// <summary>The static method compiled code calls (from <see cref="Math"/> or <see cref="SymbolicMath"/>); null for sugar rows.</summary>
    public MethodInfo? Method { get; }

    /// <summary>Numeric evaluation of a one-argument function.</summary>
    public Func<double, double>? Unary { get; }

    /// <summary>Numeric evaluation of a two-argument function.</summary>
    public Func<double, double, double>? Binary { get; }

    /// <summary>The LaTeX command: <c>\sin</c>, <c>\operatorname{sigmoid}</c>.</summary>
    public string Latex { get; }

    /// <summary>One line for help: what it is, its domain and conventions.</summary>
    public string Summary { get; }

    internal Func<Expr[], Expr?>? FoldExact { get; }

    /// <summary>
    /// LaTeX for a function whose notation is not a name before parentheses, with <c>$u</c> where the argument
    /// goes: <c>\left|$u\right|</c> for abs, <c>e^{$u}</c> for exp. Null for the usual <c>\sin\left(u\right)</c>.
    /// </summary>
    internal string? LatexForm { get; }

    /// <summary>
    /// For a function that takes one more, optional argument (<c>log(x, b)</c>): the expression such a call stands
    /// for (<c>log(x)/log(b)</c>). Null when the arity is fixed.
    /// </summary>
    internal Func<Expr[], Expr>? WithOptionalArgument { get; }

    /// <summary>
    /// For sugar rows (<c>sqrt</c>, <c>ln</c>, <c>pow</c>): the expression the call stands for.
    /// Such rows never appear as nodes.
    /// </summary>
    internal Func<Expr[], Expr>? Expand { get; }

    /// <summary>True when calls to this function become other expressions (<c>sqrt(x)</c> is <c>x^(1/2)</c>).</summary>
    public bool IsSugar => Expand is not null;

    /// <summary>Numeric value at the given arguments.</summary>
    public double Evaluate(ReadOnlySpan<double> args) =>
        Arity == 1 ? Unary!(args[0]) : Binary!(args[0], args[1]);

    /// <summary>The partial derivatives with respect to each argument, at <paramref name="args"/>.</summary>
    public Expr[] Partials(IReadOnlyList<Expr> args)
    {
        var templates = partialTemplates.Value;
        var result = new Expr[templates.Length];
        for (var i = 0; i < templates.Length; i++) result[i] = Instantiate(templates[i], args);
        return result;
    }

    /// <summary>Throws when <paramref name="count"/> arguments do not fit; the binder passes the place of the call.</summary>
    internal void CheckArity(int count, TextSpan? span = null, string? source = null)
    {
        var max = IsVariadic ? int.MaxValue : WithOptionalArgument is not null ? Arity + 1 : Arity;
        if (count < Arity || count > max) throw Errors.WrongArity(Name, Arity, max, count, span, source);
    }

    private static readonly Expr U = Expr.Var("u");
    private static readonly Expr V = Expr.Var("v");

    private static Expr ParseTemplate(string text) => Binding.Binder.ParseMath(text);

    // Templates are a few nodes deep, so plain recursion over the template is bounded.
    private static Expr Instantiate(Expr template, IReadOnlyList<Expr> args)
    {
        if (template == U) return args[0];
        if (template == V) return args[1];
        return template switch
        {
            Sum s => Expr.Add(s.Args.Select(t => Instantiate(t, args))),
            Product p => Expr.Multiply(p.Args.Select(t => Instantiate(t, args))),
            Power p => Expr.Pow(Instantiate(p.Base, args), Instantiate(p.Exponent, args)),
            Call c => Expr.Apply(c.Function, c.Args.Select(t => Instantiate(t, args)).ToArray()),
            _ => template,
        };
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// Two one-argument functions that <see cref="Method"/> computes together: <c>Method(u)</c> returns
/// (<see cref="First"/>(u), <see cref="Second"/>(u)).
/// </summary>
/// <example><code>FunctionTable.FusedPairs[0].Method.Name   // "SinCos"</code></example>
public sealed class FusedPair
{
    internal FusedPair(FunctionDef first, FunctionDef second, MethodInfo method)
    {
        First = first;
        Second = second;
        Method = method;
    }

    /// <summary>The function whose value is the first item of the tuple.</summary>
    public FunctionDef First { get; }

    /// <summary>The function whose value is the second item of the tuple.</summary>
    public FunctionDef Second { get; }

    /// <summary>The static method computing both, e.g. <see cref="Math.SinCos"/>.</summary>
    public MethodInfo Method { get; }
}
