using System.Reflection;
using Symbolic.Numbers;

namespace Symbolic;

/// <summary>
/// The function table: every function Symbolic knows, declared once. Adding a function is one row here;
/// parsing, printing, differentiation, evaluation and compilation all read it.
/// </summary>
public static class FunctionTable
{
    private static readonly Dictionary<string, FunctionDef> ByName;

    /// <summary>All rows, in the order declared (sugar rows included).</summary>
    public static IReadOnlyList<FunctionDef> All { get; }

    // The one row the model's own factories need by identity (the power rule's log(b), log(x, b)).
    internal static FunctionDef NaturalLog { get; }

    static FunctionTable()
    {
        All = Rows();
        ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);
        NaturalLog = ByName["log"];
        foreach (var f in All)
        {
            if (!f.IsSugar && f.Method is null)
                throw new InvalidOperationException($"function table: '{f.Name}' has no method for compiled code");
            if (f.LatexForm is { } form && (f.Arity != 1 || !form.Contains("$u", StringComparison.Ordinal)))
                throw new InvalidOperationException($"function table: the LaTeX form of '{f.Name}' needs one argument, written $u");
        }
        FusedPairs = [Fused("sin", "cos", nameof(Math.SinCos))];
    }

    /// <summary>
    /// Pairs of functions that one method computes together from one argument, returning both as a tuple
    /// (<c>sin</c> and <c>cos</c>: <see cref="Math.SinCos"/>). Compiled code makes one call where it needs both.
    /// </summary>
    public static IReadOnlyList<FusedPair> FusedPairs { get; }

    /// <summary>The row called <paramref name="name"/>, or null.</summary>
    public static FunctionDef? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The row called <paramref name="name"/>; an unknown name is an error that suggests the closest one.</summary>
    public static FunctionDef Get(string name) =>
        Find(name) ?? throw Errors.UnknownFunction(name, Closest(name));

    /// <summary>The name of the table closest to <paramref name="name"/> when one is close enough to be a typo, else null.</summary>
    internal static string? Closest(string name)
    {
        // Ties go to a name that the typo extends or shortens (sinn → sin, not sign).
        var best = All.Select(f => (f.Name, Distance: EditDistance(name, f.Name)))
            .OrderBy(p => p.Distance)
            .ThenBy(p => name.StartsWith(p.Name, StringComparison.Ordinal) || p.Name.StartsWith(name, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(p => p.Name, StringComparer.Ordinal).First();
        return best.Distance <= Math.Max(1, name.Length / 3) ? best.Name : null;
    }

    /// <summary>Levenshtein distance; the REPL's name suggestions use it too.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }

    private static MethodInfo M(Type type, string name, int arity) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, Enumerable.Repeat(typeof(double), arity).ToArray())
        ?? throw new InvalidOperationException($"function table: {type.Name}.{name}(double×{arity}) not found");

    private static FusedPair Fused(string first, string second, string method)
    {
        var info = M(typeof(Math), method, 1);
        if (info.ReturnType != typeof(ValueTuple<double, double>))
            throw new InvalidOperationException($"function table: Math.{method} does not return two doubles");
        return new FusedPair(Get(first), Get(second), info);
    }

    private static MethodInfo MathMethod(string name, int arity = 1) => M(typeof(Math), name, arity);
    private static MethodInfo Ours(string name, int arity = 1) => M(typeof(SymbolicMath), name, arity);

    // Exact values at the points where a function is rational: sin(0) = 0, exp(0) = 1, log(1) = 0, …
    private static Func<Expr[], Expr?> At(Rational point, Rational value) =>
        args => args[0] is Number n && n.Value == point ? Expr.Num(value) : null;

    private static Func<Expr[], Expr?> OnNumbers(Func<Rational[], Rational?> fold) =>
        args => args.All(a => a is Number) && fold(args.Select(a => ((Number)a).Value).ToArray()) is { } r ? Expr.Num(r) : null;

    private static Rational? ExactLog(Rational x, int b)
    {
        if (!x.IsInteger || x.Sign <= 0) return null;
        var k = 0; var n = x.Numerator;
        while (n > 1 && n % b == 0) { n /= b; k++; }
        return n.IsOne ? k : null;
    }

    // A perfect cube folds; another number's cube root is the power u^(1/3), which keeps its exact value for eval
    // even where u itself is no double (cbrt(10^400)).
    private static Expr? CubeRootOfNumber(Expr[] args) =>
        args[0] is not Number n ? null
        : n.Value.ExactRoot(3) is { } root ? Expr.Num(root)
        : Expr.Pow(n, Expr.Num(new Rational(1, 3)));

    private static FunctionDef[] Rows() =>
    [
        new("sin", 1, ["cos(u)"], MathMethod(nameof(Math.Sin)), Math.Sin, latex: @"\sin", foldExact: ExactAngles.Sin, summary: "sine"),
        new("cos", 1, ["-sin(u)"], MathMethod(nameof(Math.Cos)), Math.Cos, latex: @"\cos", foldExact: ExactAngles.Cos, summary: "cosine"),
        new("tan", 1, ["1 + tan(u)^2"], MathMethod(nameof(Math.Tan)), Math.Tan, latex: @"\tan", foldExact: ExactAngles.Tan, summary: "tangent"),
        new("sec", 1, ["sec(u)*tan(u)"], Ours(nameof(SymbolicMath.Sec)), SymbolicMath.Sec, latex: @"\sec", foldExact: At(0, 1), summary: "secant, 1/cos"),
        new("csc", 1, ["-csc(u)*cot(u)"], Ours(nameof(SymbolicMath.Csc)), SymbolicMath.Csc, latex: @"\csc", summary: "cosecant, 1/sin"),
        new("cot", 1, ["-1 - cot(u)^2"], Ours(nameof(SymbolicMath.Cot)), SymbolicMath.Cot, latex: @"\cot", summary: "cotangent, 1/tan"),
        new("asin", 1, ["1/sqrt(1 - u^2)"], MathMethod(nameof(Math.Asin)), Math.Asin, latex: @"\arcsin", foldExact: At(0, 0), summary: "inverse sine, domain [-1, 1]"),
        new("acos", 1, ["-1/sqrt(1 - u^2)"], MathMethod(nameof(Math.Acos)), Math.Acos, latex: @"\arccos", foldExact: At(1, 0), summary: "inverse cosine, domain [-1, 1]"),
        new("atan", 1, ["1/(1 + u^2)"], MathMethod(nameof(Math.Atan)), Math.Atan, latex: @"\arctan", foldExact: At(0, 0), summary: "inverse tangent"),
        new("atan2", 2, ["v/(u^2 + v^2)", "-u/(u^2 + v^2)"], MathMethod(nameof(Math.Atan2), 2), binary: Math.Atan2,
            summary: "atan2(y, x): the angle of the point (x, y)"),
        new("sinh", 1, ["cosh(u)"], MathMethod(nameof(Math.Sinh)), Math.Sinh, latex: @"\sinh", foldExact: At(0, 0), summary: "hyperbolic sine"),
        new("cosh", 1, ["sinh(u)"], MathMethod(nameof(Math.Cosh)), Math.Cosh, latex: @"\cosh", foldExact: At(0, 1), summary: "hyperbolic cosine"),
        new("tanh", 1, ["1 - tanh(u)^2"], MathMethod(nameof(Math.Tanh)), Math.Tanh, latex: @"\tanh", foldExact: At(0, 0), summary: "hyperbolic tangent"),
        new("asinh", 1, ["1/sqrt(u^2 + 1)"], MathMethod(nameof(Math.Asinh)), Math.Asinh, foldExact: At(0, 0), summary: "inverse hyperbolic sine"),
        new("acosh", 1, ["1/sqrt(u^2 - 1)"], MathMethod(nameof(Math.Acosh)), Math.Acosh, foldExact: At(1, 0), summary: "inverse hyperbolic cosine, domain [1, ∞)"),
        new("atanh", 1, ["1/(1 - u^2)"], MathMethod(nameof(Math.Atanh)), Math.Atanh, foldExact: At(0, 0), summary: "inverse hyperbolic tangent, domain (-1, 1)"),
        new("exp", 1, ["exp(u)"], MathMethod(nameof(Math.Exp)), Math.Exp, latex: @"\exp", foldExact: At(0, 1), summary: "e to the power u",
            latexForm: "e^{$u}"),
        new("log", 1, ["1/u"], MathMethod(nameof(Math.Log)), Math.Log, latex: @"\log",
            foldExact: args => args[0] == Expr.E ? Expr.One : At(1, 0)(args),
            withOptionalArgument: a => Expr.Divide(Expr.Log(a[0]), Expr.Log(a[1])),
            summary: "natural logarithm; log(x, b) is the logarithm to base b"),
        new("log10", 1, ["1/(u*log(10))"], MathMethod(nameof(Math.Log10)), Math.Log10, latex: @"\log_{10}",
            foldExact: OnNumbers(a => ExactLog(a[0], 10)), summary: "logarithm to base 10"),
        new("log2", 1, ["1/(u*log(2))"], MathMethod(nameof(Math.Log2)), Math.Log2, latex: @"\log_{2}",
            foldExact: OnNumbers(a => ExactLog(a[0], 2)), summary: "logarithm to base 2"),
        new("cbrt", 1, ["1/(3*cbrt(u)^2)"], MathMethod(nameof(Math.Cbrt)), Math.Cbrt,
            foldExact: CubeRootOfNumber, summary: "real cube root (defined for negative x too): u^(1/3)"),
        new("abs", 1, ["sign(u)"], MathMethod(nameof(Math.Abs)), Math.Abs,
            foldExact: OnNumbers(a => a[0].Sign < 0 ? -a[0] : a[0]), summary: "absolute value; abs'(0) = sign(0) = 0",
            latexForm: @"\left|$u\right|"),
        new("sign", 1, ["0"], Ours(nameof(SymbolicMath.Sign)), SymbolicMath.Sign, foldExact: OnNumbers(a => a[0].Sign),
            summary: "-1, 0 or 1; derivative 0"),
        new("step", 1, ["0"], Ours(nameof(SymbolicMath.Step)), SymbolicMath.Step,
            foldExact: OnNumbers(a => a[0].Sign >= 0 ? 1 : 0), summary: "Heaviside step, step(0) = 1; derivative 0"),
        new("max", 2, ["step(u - v)", "1 - step(u - v)"], MathMethod(nameof(Math.Max), 2), binary: Math.Max,
            latex: @"\max", foldExact: OnNumbers(a => a[0].CompareTo(a[1]) >= 0 ? a[0] : a[1]), variadic: true,
            summary: "largest argument (two or more); the gradient goes to the larger, to the first on a tie"),
        new("min", 2, ["step(v - u)", "1 - step(v - u)"], MathMethod(nameof(Math.Min), 2), binary: Math.Min,
            latex: @"\min", foldExact: OnNumbers(a => a[0].CompareTo(a[1]) <= 0 ? a[0] : a[1]), variadic: true,
            summary: "smallest argument (two or more); the gradient goes to the smaller, to the first on a tie"),
        new("sigmoid", 1, ["sigmoid(u)*(1 - sigmoid(u))"], Ours(nameof(SymbolicMath.Sigmoid)), SymbolicMath.Sigmoid,
            latex: @"\sigma", foldExact: At(0, Rational.Half), summary: "logistic function 1/(1 + exp(-u))"),
        new("softplus", 1, ["sigmoid(u)"], Ours(nameof(SymbolicMath.Softplus)), SymbolicMath.Softplus,
            summary: "log(1 + exp(u)), a smooth relu"),
        new("relu", 1, ["1 - step(-u)"], Ours(nameof(SymbolicMath.Relu)), SymbolicMath.Relu,
            foldExact: OnNumbers(a => a[0].Sign > 0 ? a[0] : 0), summary: "u when u > 0, else 0; relu'(0) = 0 (max(u, 0) would give 1 there, its tie going to u)"),
        new("sqrt", 1, [], null, expand: a => Expr.Pow(a[0], Expr.Num(Rational.Half)), summary: "square root, u^(1/2)"),
        new("ln", 1, [], null, expand: a => Expr.Log(a[0]), summary: "natural logarithm, the same as log"),
        new("pow", 2, [], null, expand: a => Expr.Pow(a[0], a[1]), summary: "pow(a, b) = a^b"),
    ];
}
