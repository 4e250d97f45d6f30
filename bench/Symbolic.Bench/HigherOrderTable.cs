using System.Diagnostics;
using System.Text.Json;

namespace Symbolic.Bench;

/// <summary>
/// <c>symbench --higher-order</c>: for each entry of Corpus/higher-order.json (a function and a sequence of
/// variables with orders, e.g. <c>["x", 2, "y", 2]</c> for ∂⁴f/∂x²∂y²), what the REPL computes — the derivative
/// by <see cref="Calculus.Diff(Expr, Expr, int, CancellationToken)"/> then <see cref="Simplifier.Simplify(Expr)"/> —
/// timed (fastest of <see cref="Runs"/> runs after a warm-up), printed as one JSON object per line. The SymPy side of
/// the comparison, and the table, are in <c>bench/sympy/side_by_side.py</c>, which runs this.
/// </summary>
public static class HigherOrderTable
{
    /// <summary>Runs timed per entry; the fastest is reported.</summary>
    public const int Runs = 5;

    /// <summary>One corpus entry: the function's text and the derivative as (variable, order) steps.</summary>
    public sealed record Entry(string Name, string Text, IReadOnlyList<(string Variable, int Order)> Steps);

    /// <summary>The corpus entries.</summary>
    public static IReadOnlyList<Entry> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "higher-order.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var entries = new List<Entry>();
        foreach (var e in document.RootElement.EnumerateArray())
        {
            var diff = e.GetProperty("diff").EnumerateArray().ToArray();
            var steps = new List<(string, int)>();
            for (var i = 0; i < diff.Length; i += 2) steps.Add((diff[i].GetString()!, diff[i + 1].GetInt32()));
            entries.Add(new Entry(e.GetProperty("name").GetString()!, e.GetProperty("expr").GetString()!, steps));
        }
        return entries;
    }

    /// <summary>The derivative of the entry, simplified: what <c>symdiff</c> prints for it.</summary>
    public static Expr Derive(Entry entry)
    {
        var f = Expressions.Parse(entry.Text);
        foreach (var (variable, order) in entry.Steps) f = Calculus.Diff(f, Expr.Var(variable), order);
        return Simplifier.Simplify(f);
    }

    /// <summary>Prints one JSON line per entry: name, milliseconds (fastest run) and the printed result.</summary>
    public static void Print(TextWriter output)
    {
        var entries = Load();
        Derive(new Entry("warm-up", "sin(x)*exp(x^2)", [("x", 3)]));   // JIT, not reported
        foreach (var entry in entries)
        {
            var best = TimeSpan.MaxValue;
            Expr? result = null;
            for (var run = 0; run < Runs; run++)
            {
                var clock = Stopwatch.StartNew();
                result = Derive(entry);
                best = clock.Elapsed < best ? clock.Elapsed : best;
            }
            output.WriteLine(JsonSerializer.Serialize(new { name = entry.Name, ms = best.TotalMilliseconds, result = result!.ToString() }));
            output.Flush();
        }
    }
}
