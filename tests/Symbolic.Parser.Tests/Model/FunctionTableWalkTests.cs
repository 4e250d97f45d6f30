using System.Globalization;

namespace Symbolic.Parser.Tests.Model;

/// <summary>
/// Walks <see cref="FunctionTable.All"/> so nothing is untested: every non-sugar row evaluates, differentiates
/// (its table partials against a central difference), prints and parses back; every sugar row parses.
/// </summary>
public class FunctionTableWalkTests
{
    // A point inside every function's domain, away from kinks: u = 0.6 (|u| < 1, not 0), v = 0.35.
    private const double U = 0.6, V = 0.35;

    public static TheoryData<string> NonSugar() => new(FunctionTable.All.Where(f => !f.IsSugar).Select(f => f.Name));

    public static TheoryData<string> Sugar() => new(FunctionTable.All.Where(f => f.IsSugar).Select(f => f.Name));

    private static Expr Call(FunctionDef f, double shiftU = 0, double shiftV = 0)
    {
        var u = f.Name == "acosh" ? 1 + U : U;     // acosh needs u > 1
        var args = new[] { Number(u + shiftU), Number(V + shiftV) }.Take(f.Arity).ToArray();
        return Expr.Apply(f, args);
    }

    private static Expr Number(double d) => Expressions.Parse(d.ToString("R", CultureInfo.InvariantCulture));

    [Theory]
    [MemberData(nameof(NonSugar))]
    public void EveryRow_EvaluatesToItsOwnKernel(string name)
    {
        var f = FunctionTable.Get(name);
        var args = new[] { name == "acosh" ? 1 + U : U, V }.Take(f.Arity).ToArray();
        var expected = f.Evaluate(args);
        Assert.True(double.IsFinite(expected), $"{name}{args}: {expected}");
        var call = Expr.Apply(f, args.Select(a => Number(a)).ToArray());
        Assert.Equal(expected, Evaluator.Evaluate(call, new Dictionary<string, double>()), 14);
    }

    [Theory]
    [MemberData(nameof(NonSugar))]
    public void EveryRow_PartialsMatchCentralDifferences(string name)
    {
        var f = FunctionTable.Get(name);
        var u = Expr.Var("u"); var v = Expr.Var("v");
        var node = Expr.Apply(f, new[] { u, v }.Take(f.Arity).ToArray());
        var point = new Dictionary<string, double> { ["u"] = name == "acosh" ? 1 + U : U, ["v"] = V };
        var partials = f.Partials(node.Args);
        for (var k = 0; k < f.Arity; k++)
        {
            var variable = k == 0 ? "u" : "v";
            const double h = 1e-5;
            var plus = new Dictionary<string, double>(point) { [variable] = point[variable] + h };
            var minus = new Dictionary<string, double>(point) { [variable] = point[variable] - h };
            var numeric = (Evaluator.Evaluate(node, plus) - Evaluator.Evaluate(node, minus)) / (2 * h);
            var symbolic = Evaluator.Evaluate(partials[k], point);
            // h²·f‴/6 with f‴ of these functions under ~10 at this point, plus rounding eps/h
            Assert.True(Math.Abs(numeric - symbolic) <= 1e-8 * Math.Max(1, Math.Abs(symbolic)),
                $"∂{name}/∂{variable} = {partials[k]}: symbolic {symbolic:R}, central difference {numeric:R}");
        }
    }

    [Theory]
    [MemberData(nameof(NonSugar))]
    public void EveryRow_PrintsAndParsesBack(string name)
    {
        var f = FunctionTable.Get(name);
        var node = Expr.Apply(f, new[] { Expr.Var("x"), Expr.Var("y") }.Take(f.Arity).ToArray());
        var text = Expressions.Print(node);
        Assert.Same(node, Expressions.Parse(text));
        Assert.StartsWith(name + "(", text);
    }

    [Theory]
    [MemberData(nameof(Sugar))]
    public void EverySugarRow_Parses(string name)
    {
        var f = FunctionTable.Get(name);
        var text = $"{name}({string.Join(", ", new[] { "x", "y" }.Take(f.Arity))})";
        var e = Expressions.Parse(text);
        Assert.False(e is Call c && c.Function.Name == name, $"{name} is sugar and must not stay a call");
        var expected = name switch
        {
            "sqrt" => "sqrt(x)",
            "ln" => "log(x)",
            "pow" => "x^y",
            _ => throw new InvalidOperationException($"a new sugar row '{name}': add its expansion here"),
        };
        Assert.Equal(expected, Expressions.Print(e));
    }
}
