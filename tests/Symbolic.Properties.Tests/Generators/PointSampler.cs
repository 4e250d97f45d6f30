using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Symbolic.Properties.Tests.Oracles;

namespace Symbolic.Properties.Tests.Generators;

/// <summary>A generated expression, its variables and a point inside its real domain, away from kinks.</summary>
public sealed record DiffCase(Expr F, Expr[] Variables, double[] Point)
{
    /// <summary>The point as name → value bindings.</summary>
    public Dictionary<string, double> Bindings(double[]? at = null)
    {
        at ??= Point;
        var d = new Dictionary<string, double>();
        for (var i = 0; i < Variables.Length; i++) d[((Variable)Variables[i]).Name] = at[i];
        return d;
    }

    /// <summary>Step of the central differences along variable i: 1e-5 scaled to |xᵢ|.</summary>
    public double Step(int i) => 1e-5 * Math.Max(1, Math.Abs(Point[i]));

    /// <inheritdoc />
    public override string ToString() =>
        $"f = {F}\n    at ({string.Join(", ", Variables.Select((v, i) => $"{v} = {Point[i].ToString("R", CultureInfo.InvariantCulture)}"))})";
}

/// <summary>
/// Draws evaluation points. A point is kept only when, at it and at every point of the central-difference
/// stencils (x ± h·eᵢ, x ± 2h·eᵢ), every node of f is finite and at most <see cref="MaxMagnitude"/>, every
/// argument is inside its function's domain with a margin of <see cref="Margin"/>, every kink
/// (abs, sign, step, relu, max, min, the branch cut of atan2) is at least <see cref="Margin"/> away, and
/// every kink is on the same side at all stencil points as at x. Otherwise the point is redrawn.
/// </summary>
public static class PointSampler
{
    /// <summary>Distance kept from kinks and from domain boundaries.</summary>
    public const double Margin = 1e-3;

    /// <summary>Largest magnitude allowed for any node value.</summary>
    public const double MaxMagnitude = 1e4;

    private const int Attempts = 40;

    /// <summary>Cases for derivative properties: expression, variables, and a valid point (cases without one are redrawn).</summary>
    public static Gen<DiffCase> Cases() =>
        ExprGenerator.Differentiable()
            .SelectMany(c => Gen.Choose(0, int.MaxValue).Select(seed => TryPoint(c.F, c.Variables, seed)))
            .Where(c => c is not null)
            .Select(c => c!);

    /// <summary>A valid point for f drawn from <paramref name="seed"/>, or null after a few attempts.</summary>
    public static DiffCase? TryPoint(Expr f, Expr[] variables, int seed)
    {
        var random = new System.Random(seed);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var point = variables.Select(_ => Coordinate(random)).ToArray();
            var candidate = new DiffCase(f, variables, point);
            if (IsValid(candidate) && IsResolved(candidate)) return candidate;
        }
        return null;
    }

    // Coordinates are multiples of 2^-30, so that a step of a power of two times a small integer vector
    // lands exactly on representable points (the directional stencil then moves exactly along v).
    private static double Coordinate(System.Random random)
    {
        var x = random.Next(10) switch
        {
            < 6 => random.NextDouble() * 5 - 2.5,
            < 8 => random.NextDouble() * 12 - 6,
            _ => random.NextDouble() * 0.6 - 0.3,
        };
        return Math.Round(x * (1 << 30)) / (1 << 30);
    }

    /// <summary>True when the case's point and all its stencil points pass the checks, with one kink pattern.</summary>
    public static bool IsValid(DiffCase c)
    {
        if (!Probe(ExprWalk.TopologicalOrder(c.F), c.Bindings(), [])) return false;
        for (var i = 0; i < c.Variables.Length; i++)
        {
            var axis = new double[c.Variables.Length];
            axis[i] = 1;
            if (!StencilOk(c, axis, c.Step(i))) return false;
        }
        if (!Resolved(c)) return false;
        // the symbolic gradient must be finite and sane too
        var gradient = Subject.Gradient(c.F, c.Variables, c.Point);
        return gradient.All(g => double.IsFinite(g) && Math.Abs(g) <= MaxMagnitude * 100);
    }

    /// <summary>Also resolved: the central difference along every axis is in its asymptotic regime (see <see cref="CentralDifference.IsResolved"/>).</summary>
    public static bool IsResolved(DiffCase c)
    {
        for (var i = 0; i < c.Variables.Length; i++)
            if (!CentralDifference.IsResolved(x => Subject.Value(c.F, c.Variables, x), x => DualEvaluator.RoundingBound(c.F, c.Bindings(x)),
                    c.Point, CentralDifference.Axis(c.Variables.Length, i), c.Step(i)))
                return false;
        return true;
    }

    /// <summary>
    /// True when, across the widest stencil (±4h along any axis), no function argument moves by more than 1% of
    /// its feature scale: 1 radian for periodic functions and for exp-like growth, the distance to the nearest
    /// pole or domain edge otherwise. How far an argument can move is bounded by the oracle's mass (Σ|partials|
    /// along the chain), never by the symbolic derivative under test. Without this, tan(8100 + cot x) near
    /// x = 0.08 oscillates faster than the step and no finite difference can check anything there.
    /// </summary>
    public static bool Resolved(DiffCase c)
    {
        var (value, _, mass) = DualEvaluator.EvaluateNodes(c.F, c.Variables, c.Bindings());
        foreach (var node in value.Keys)
        {
            if (node is not (Call or Power) || node.Args.Count == 0) continue;
            for (var k = 0; k < node.Args.Count; k++)
            {
                var arg = node.Args[k];
                var reach = 0.0;
                for (var i = 0; i < c.Variables.Length; i++) reach += mass[arg][i] * 4 * c.Step(i);
                if (reach == 0) continue;
                if (!(reach <= 1e-2 * FeatureScale(node, k, value[arg]))) return false;
            }
        }
        return true;
    }

    private static double FeatureScale(Expr node, int k, double a) => node switch
    {
        Power { Exponent: Number { Value: { IsInteger: true, Sign: > 0 } } } => double.PositiveInfinity,   // a polynomial
        Power when k == 0 => Math.Abs(a),                                   // b^(p/q), b^-n, b^y: 0 is the singular point
        Power => 1,                                                         // b^y in y: like exp
        Call c => c.Function.Name switch
        {
            "log" or "log10" or "log2" or "cbrt" or "abs" or "sign" or "step" or "relu" => Math.Min(1, Math.Abs(a)),
            "asin" or "acos" or "atanh" => Math.Min(1, 1 - Math.Abs(a)),
            "acosh" => Math.Min(1, a - 1),
            "tan" or "sec" => Math.Min(1, Math.Abs(Math.Cos(a))),
            "csc" or "cot" => Math.Min(1, Math.Abs(Math.Sin(a))),
            _ => 1,
        },
        _ => double.PositiveInfinity,
    };

    /// <summary>True when x ± h·u and x ± 2h·u pass the checks with the same kink pattern as x.</summary>
    public static bool StencilOk(DiffCase c, double[] direction, double h)
    {
        var order = ExprWalk.TopologicalOrder(c.F);
        var signature = new List<bool>();
        if (!Probe(order, c.Bindings(), signature)) return false;
        foreach (var k in new[] { -2.0, -1.0, 1.0, 2.0 })
        {
            var x = (double[])c.Point.Clone();
            for (var j = 0; j < x.Length; j++) x[j] += k * h * direction[j];
            var other = new List<bool>();
            if (!Probe(order, c.Bindings(x), other) || !other.SequenceEqual(signature)) return false;
        }
        return true;
    }

    /// <summary>Evaluates f node by node with the domain and kink checks; records which side of each kink the point is on.</summary>
    public static bool Probe(List<Expr> order, IReadOnlyDictionary<string, double> point, List<bool> signature)
    {
        var values = new Dictionary<Expr, double>(ReferenceEqualityComparer.Instance);
        foreach (var node in order)
        {
            var a = node.Args.Select(x => values[x]).ToArray();
            if (!ArgumentsOk(node, a, signature)) return false;
            var v = LocalRules.Value(node, a, point);
            if (!double.IsFinite(v) || Math.Abs(v) > MaxMagnitude) return false;
            values[node] = v;
        }
        return true;
    }

    private static bool ArgumentsOk(Expr node, double[] a, List<bool> signature)
    {
        switch (node)
        {
            case Power p:
            {
                var exponentIsInteger = p.Exponent is Number n && n.Value.IsInteger;
                if (!exponentIsInteger && a[0] < Margin) return false;        // real domain of b^(p/q), b^y
                if (a[1] < 0 && Math.Abs(a[0]) < Margin) return false;         // pole
                return true;
            }
            case Call c:
            {
                var u = a[0];
                switch (c.Function.Name)
                {
                    case "abs" or "sign" or "step" or "relu":
                        signature.Add(u > 0);
                        return Math.Abs(u) >= Margin;
                    case "max" or "min":
                        signature.Add(u > a[1]);
                        return Math.Abs(u - a[1]) >= Margin;
                    case "atan2":
                        // the branch cut is the negative x axis (x = a[1] < 0, y = a[0] = 0)
                        signature.Add(a[1] >= 0 || a[0] > 0);
                        return Math.Abs(a[0]) >= Margin || a[1] >= Margin;
                    case "log" or "log10" or "log2": return u >= Margin;
                    case "asin" or "acos" or "atanh": return Math.Abs(u) <= 1 - Margin;
                    case "acosh": return u >= 1 + Margin;
                    case "cbrt": return Math.Abs(u) >= Margin;
                    case "tan" or "sec": return Math.Abs(Math.Cos(u)) >= Margin;
                    case "csc" or "cot": return Math.Abs(Math.Sin(u)) >= Margin;
                    default: return true;
                }
            }
            default:
                return true;
        }
    }
}
