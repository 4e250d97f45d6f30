using System.Xml.Linq;

namespace Symbolic.Repl.Tests;

/// <summary>Large Hessians and Jacobians as entry lists, sparsity with its spy plot, and newton.</summary>
public class SecondOrderCommandTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string Directory = SymdiffProcess.TempDirectory();

    // Rosenbrock in 14 variables: one past the largest matrix printed whole.
    private static readonly string Rosenbrock14 =
        string.Join(" + ", Enumerable.Range(0, 13).Select(i => $"100*(x{i + 1} - x{i}^2)^2 + (1 - x{i})^2"));

    private static readonly Lazy<ToolRun> Run = new(() => SymdiffProcess.Run([],
        $"hessian({Rosenbrock14})\n" +
        "jacobian([a0 - b0, a1 - b1, a2 - b2, a3 - b3, a4 - b4, a5 - b5, a6*b6, a7])\n" +
        $"sparsity({Rosenbrock14}, out=rosen)\n" +
        "sparsity([x*y, y + 1, sin(z)])\n" +
        $"newton({Rosenbrock14}, [-1.2, 1])\n" +
        "newton((1 - x)^2 + 100*(y - x^2)^2, [-1.2, 1])\n", Directory));

    private static List<string> Lines()
    {
        Assert.Equal(0, Run.Value.ExitCode);
        return Run.Value.Lines.ToList();
    }

    [Fact]
    public void HessianOverMoreThanTwelveVariables_ListsTheNonZeroEntries_WithTheVariableOrder()
    {
        var lines = Lines();
        var header = lines.IndexOf("Hessian: 40 non-zero entries of 14×14; (i, j) count from 0, variables in order: x0, x1, …, x13");
        Assert.True(header >= 0, string.Join("\n", lines));
        Assert.Equal("(0, 0): 1200*x0^2 + 2 - 400*x1", lines[header + 1]);
        Assert.Equal("(0, 1): -400*x0", lines[header + 2]);
        Assert.Equal("(1, 0): -400*x0", lines[header + 3]);
        Assert.Equal("(13, 13): 200", lines[header + 40]);
    }

    [Fact]
    public void JacobianOverMoreThanTwelveVariables_ListsTheNonZeroEntries()
    {
        var lines = Lines();
        var header = lines.FindIndex(l => l.StartsWith("Jacobian: 15 non-zero entries of 8×15", StringComparison.Ordinal));
        Assert.True(header >= 0, string.Join("\n", lines));
        Assert.EndsWith("variables in order: a0, a1, a2, a3, a4, a5, a6, a7, b0, b1, b2, b3, b4, b5, b6", lines[header]);
        Assert.Equal("(0, 0): 1", lines[header + 1]);
        Assert.Equal("(0, 8): -1", lines[header + 2]);
        Assert.Contains("(6, 6): b6", lines);
        Assert.Contains("(6, 14): a6", lines);
    }

    [Fact]
    public void Sparsity_PrintsTheCount_AndDrawsOneMarkPerRunOfEntries()
    {
        var lines = Lines();
        Assert.Contains($"Hessian: 40 non-zero entries of 14×14 (20.408%); variables in order: x0, x1, …, x13; wrote {Path.Combine(Directory, "rosen.svg")}", lines);
        var svg = XDocument.Load(Path.Combine(Directory, "rosen.svg"));
        var marks = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "entries").Elements(Svg + "rect").ToList();
        Assert.Equal(14, marks.Count);   // each row's band is one run of adjacent columns
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Hessian sparsity: 40 non-zeros");
    }

    [Fact]
    public void SparsityOfAList_IsTheJacobianPattern()
    {
        Assert.Contains(Lines(), l => l.StartsWith("Jacobian: 4 non-zero entries of 3×3 (44.444%); variables in order: x, y, z; wrote ", StringComparison.Ordinal));
    }

    [Fact]
    public void Newton_ReachesRosenbrocksMinimum_FromARepeatedClassicStart()
    {
        var lines = Lines();
        var converged = lines.Where(l => l.StartsWith("converged: |∇f| = ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, converged.Count);
        Assert.Contains(lines, l => l.StartsWith("x0, x1, …, x13 = [1, 1, 1, 1, 1, 1, …, 1, 1] (min 1, max 1) (start [-1.2, 1] repeated to 14 variables)", StringComparison.Ordinal));
        Assert.Contains("x, y = [1, 1]", lines);
    }

    [Fact]
    public void Newton_OnAnUnboundedFunction_IsAnErrorNamingIt()
    {
        var run = SymdiffProcess.Run(["-e", "newton(x^2 - y^2, [1, 1])"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unbounded below", run.StandardOutput + run.StandardError);
    }

    [Fact]
    public void Newton_WithAStartThatDoesNotFit_NamesTheLengths()
    {
        var run = SymdiffProcess.Run(["-e", "newton(x*y*z, [1, 2])"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the start point has 2 components but there are 3 variables", run.StandardOutput + run.StandardError);
    }
}
