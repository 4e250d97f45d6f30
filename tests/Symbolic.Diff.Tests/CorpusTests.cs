using System.Text.Json;
using Xunit.Abstractions;
using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>
/// The public corpus (a copy of shared/corpus/functions.json): gradient values against SymPy's, and the size of
/// our printed gradient against SymPy's printed gradient.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    /// <summary>The entries before the scale families, where printed sizes are comparable.</summary>
    private const int ComparableEntries = 26;

    public sealed record Entry(string Name, string Expr, string[] Vars, Dictionary<string, double> Point, double F,
        Dictionary<string, double> Gradient, string[]? SympyGradient, int? SympyGradientPrintedOps);

    private static readonly Lazy<Entry[]> Entries = new(() =>
        JsonSerializer.Deserialize<Entry[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "functions.json")),
            new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!);

    public static TheoryData<string> ComparableNames()
    {
        var data = new TheoryData<string>();
        foreach (var e in Entries.Value.Take(ComparableEntries)) data.Add(e.Name);
        return data;
    }

    public static TheoryData<string> ScaleNames()
    {
        var data = new TheoryData<string>();
        foreach (var e in Entries.Value.Skip(ComparableEntries)) data.Add(e.Name);
        return data;
    }

    private static Entry Get(string name) => Entries.Value.Single(e => e.Name == name);

    private static Expr[] OurGradient(Entry e) =>
        Calculus.Gradient(P(e.Expr), e.Vars.Select(Expr.Var).ToArray()).Select(Simplifier.Simplify).ToArray();

    [Theory]
    [MemberData(nameof(ComparableNames))]
    [MemberData(nameof(ScaleNames))]
    public void GradientValues_MatchSympyAtThePoint(string name)
    {
        var e = Get(name);
        var f = P(e.Expr);
        Assert.True(Math.Abs(Evaluator.Evaluate(f, e.Point) - e.F) <= 1e-9 * Math.Max(1, Math.Abs(e.F)));
        var gradient = Calculus.Gradient(f, e.Vars.Select(Expr.Var).ToArray());
        var values = Evaluator.EvaluateAll(gradient, e.Point);
        for (var i = 0; i < e.Vars.Length; i++)
        {
            var expected = e.Gradient[e.Vars[i]];
            Assert.True(Math.Abs(values[i] - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
                $"∂/∂{e.Vars[i]}: ours {values[i]}, SymPy {expected}");
        }
    }

    [Theory]
    [MemberData(nameof(ComparableNames))]
    public void PrintedGradient_HasNoMoreOperationsThanSympys(string name)
    {
        var e = Get(name);
        var ours = OurGradient(e);
        var oursOps = ours.Sum(g => PrintedOps(g.ToString()));
        var rawOps = Calculus.Gradient(P(e.Expr), e.Vars.Select(Expr.Var).ToArray()).Sum(g => PrintedOps(g.ToString()));
        output.WriteLine($"{name}: ours {oursOps} (raw {rawOps}), SymPy {e.SympyGradientPrintedOps}: {Print(ours)}");
        Assert.True(oursOps <= e.SympyGradientPrintedOps, $"{name}: ours {oursOps} > SymPy {e.SympyGradientPrintedOps}: {Print(ours)}");
    }

    [Fact]
    public void PrintedOpsCounter_AgreesWithTheCorpusOnSympysOwnText()
    {
        foreach (var e in Entries.Value.Where(e => e.SympyGradient is not null))
            Assert.Equal(e.SympyGradientPrintedOps, e.SympyGradient!.Sum(PrintedOps));
    }

    [Fact]
    public void TotalPrintedOperations_DoNotExceedSympys()
    {
        var comparable = Entries.Value.Take(ComparableEntries).ToArray();
        var ours = comparable.SelectMany(e => OurGradient(e).Select(g => g.ToString())).Sum(PrintedOps);
        var sympy = comparable.Sum(e => e.SympyGradientPrintedOps!.Value);
        output.WriteLine($"total: ours {ours}, SymPy {sympy}");
        Assert.True(ours <= sympy, $"ours {ours} > SymPy {sympy}");
    }

    [Theory]
    [MemberData(nameof(ScaleNames))]
    public void ScaleFamilies_GradientDagStaysWithinFourTimesF(string name)
    {
        var e = Get(name);
        var f = P(e.Expr);
        var gradient = Calculus.Gradient(f, e.Vars.Select(Expr.Var).ToArray());
        var ratio = (double)ExprWalk.CountNodes(gradient) / f.CountNodes();
        output.WriteLine($"{name}: f {f.CountNodes()} nodes, gradient {ExprWalk.CountNodes(gradient)} nodes, ratio {ratio:F2}");
        Assert.True(ratio <= 4, $"{name}: ratio {ratio}");
    }
}
