using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>Every function row of the table differentiates, and agrees with a central difference of the evaluator.</summary>
public class FunctionTableDerivativeTests
{
    // A point inside each function's domain and away from its kinks.
    private static double PointFor(string name) => name switch
    {
        "acosh" => 1.7,
        "asin" or "acos" or "atanh" => 0.3,
        "abs" or "sign" or "step" or "relu" => 0.8,
        _ => 0.6,
    };

    public static TheoryData<string> NonSugarFunctions()
    {
        var data = new TheoryData<string>();
        foreach (var f in FunctionTable.All.Where(f => !f.IsSugar)) data.Add(f.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(NonSugarFunctions))]
    public void EveryPartialOfEveryFunction_MatchesACentralDifference(string name)
    {
        var function = FunctionTable.Find(name)!;
        var variables = Enumerable.Range(0, function.Arity).Select(i => V("u" + i)).ToArray();
        var call = Expr.Apply(function, variables);
        // Distinct arguments, so max/min/atan2 are away from their ties.
        var point = variables.Select((v, i) => (((Variable)v).Name, PointFor(name) + 0.37 * i)).ToArray();
        for (var i = 0; i < variables.Length; i++)
        {
            var symbolic = Eval(Calculus.Diff(call, variables[i]), point);
            const double h = 1e-6;
            var plus = point.ToArray();
            var minus = point.ToArray();
            plus[i].Item2 += h;
            minus[i].Item2 -= h;
            var numeric = (Eval(call, plus) - Eval(call, minus)) / (2 * h);
            Assert.True(Math.Abs(symbolic - numeric) <= 1e-6 * Math.Max(1, Math.Abs(numeric)),
                $"∂{name}/∂u{i} at {string.Join(", ", point.Select(p => p.Item2))}: symbolic {symbolic}, numeric {numeric}");
        }
    }
}
