using System.Text.Json;
using Symbolic.Numbers;

namespace Symbolic.Diff.Tests;

/// <summary>
/// Each repeated or mixed derivative of corpus/higher-order.json (the SymPy benchmark's corpus), differentiated and
/// simplified as the REPL does, evaluated exactly at the entry's rational point to 40 digits, against SymPy's value
/// of its own derivative there to 30 digits (recorded below with <c>python3 bench/sympy/side_by_side.py --values</c>,
/// SymPy 1.14).
/// </summary>
public class RepeatedDerivativeValueTests
{
    [Theory]
    [InlineData("gauss_12", "45220.1414989474979558299176289")]
    [InlineData("tanh_8", "1169.29256508477001186316781845")]
    [InlineData("atan_10", "-53084.3659971475223525772971351")]
    [InlineData("runge_8", "-65517294.8351495932518077202021")]
    [InlineData("powtower_4", "185.699173414475295050909780658")]
    [InlineData("sincostan_4", "-121.342188593909867367364759501")]
    [InlineData("sincostan_6", "-5827.17355116398422273872487821")]
    [InlineData("logsq_10", "-459590.710757899556909963197993")]
    [InlineData("expsin_8", "55.6956446782664142488492496052")]
    [InlineData("sqrt_8", "644.127871099060023895675251940")]
    [InlineData("mixed_x2y2", "-4.15244228994420159801631657895")]
    [InlineData("mixed_x3y1", "33.1935714027795003943093389396")]
    [InlineData("loss_w2b1", "0.721030616654443475491556082686")]
    [InlineData("loss_w4", "-0.0453376150636506487095629290765")]
    public void SimplifiedDerivative_AgreesWithSymPy_To30Digits(string name, string sympyValue)
    {
        var (text, steps, point) = Entry(name);
        var derivative = Expressions.Parse(text);
        foreach (var (variable, order) in steps) derivative = Calculus.Diff(derivative, Expr.Var(variable), order);
        var simplified = Simplifier.Simplify(derivative);

        var ours = HighPrecisionEvaluator.Evaluate(simplified, point);
        var theirs = HighPrecisionEvaluator.Parse(sympyValue);
        var relative = HighPrecisionEvaluator.RelativeDifference(ours, theirs);
        Assert.True(relative < 1e-29, $"{name}: ours {HighPrecisionEvaluator.ToText(ours, 35)}, SymPy {sympyValue} (relative difference {relative:G3})");
    }

    [Fact]
    public void TheEvaluator_KnowsItsConstants()
    {
        // pi and e to 40 digits, and a value through every reduction (exp halving, log scaling, atan halving, sin mod 2pi).
        Assert.Equal("0.3141592653589793238462643383279502884197e1", HighPrecisionEvaluator.ToText(HighPrecisionEvaluator.Evaluate(P("pi"), new Dictionary<string, Rational>()), 40));
        Assert.Equal("0.2718281828459045235360287471352662497757e1", HighPrecisionEvaluator.ToText(HighPrecisionEvaluator.Evaluate(P("e"), new Dictionary<string, Rational>()), 40));
        var x = new Dictionary<string, Rational> { ["x"] = new Rational(7) };
        // SymPy: N(exp(7)*log(7)*atan(7)*sin(7), 30)
        Assert.Equal("0.2003282892973088103255421839e4", HighPrecisionEvaluator.ToText(HighPrecisionEvaluator.Evaluate(P("exp(x)*log(x)*atan(x)*sin(x)"), x), 28));
    }

    private static Expr P(string text) => Expressions.Parse(text);

    private static (string Text, List<(string, int)> Steps, Dictionary<string, Rational> Point) Entry(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "higher-order.json")));
        var entry = document.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
        var diff = entry.GetProperty("diff").EnumerateArray().ToArray();
        var steps = new List<(string, int)>();
        for (var i = 0; i < diff.Length; i += 2) steps.Add((diff[i].GetString()!, diff[i + 1].GetInt32()));
        var point = entry.GetProperty("point").EnumerateObject().ToDictionary(p => p.Name, p => HighPrecisionEvaluator.ParseSigned(p.Value.GetString()!));
        return (entry.GetProperty("expr").GetString()!, steps, point);
    }
}
