using System.Text;
using System.Text.Json.Nodes;
using Symbolic.Codegen;
using Symbolic.Repl.Plots;
using Symbolic.Repl.Values;

namespace Symbolic.Repl.Commands;

/// <summary>Large sparse matrices as lists of entries, <c>sparsity</c> with its spy plot, and <c>newton</c>.</summary>
internal static class SecondOrderCommands
{
    /// <summary>Matrices over more variables than this print their non-zero entries instead of every row.</summary>
    public const int MostVariablesShownDense = 12;

    /// <summary>
    /// The non-zero entries, one <c>(i, j): expr</c> per line under a header with the size and the variable order;
    /// <c>--json</c> gets them under <c>sparse</c>.
    /// </summary>
    public static Outcome NonZeroEntries(string what, MatrixEntry[] entries, int rowCount, IReadOnlyList<Expr> variables, CancellationToken cancellation)
    {
        var text = new StringBuilder(
            $"{what}: {entries.Length:N0} non-zero entr{(entries.Length == 1 ? "y" : "ies")} of {rowCount}×{variables.Count}; " +
            $"(i, j) count from 0, variables in order: {VariableOrder(variables)}");
        var json = new JsonArray();
        foreach (var entry in entries)
        {
            var value = Expressions.Print(Simplification.Apply(entry.Value, cancellation));
            text.Append('\n').Append($"({entry.Row}, {entry.Column}): {value}");
            json.Add(new JsonObject { ["row"] = entry.Row, ["column"] = entry.Column, ["expr"] = value });
        }
        var details = new JsonObject
        {
            ["rows"] = rowCount,
            ["columns"] = variables.Count,
            ["variables"] = new JsonArray(variables.Select(v => (JsonNode)v.ToString()).ToArray()),
            ["entries"] = json,
        };
        return new Outcome(null, text.ToString()) { Details = ("sparse", details) };
    }

    public static Outcome Sparsity(CommandCall call)
    {
        call.RequirePositional(1, 2, "sparsity(e[, [x, y]][, out=name]) or sparsity([e1, e2][, [x, y]][, out=name])");
        call.AllowNamed("out");
        string what;
        MatrixEntry[] entries;
        int rowCount;
        IReadOnlyList<Expr> variables;
        if (call.Interpreter.Value(call.Positional[0]) is VectorValue)
        {
            (var functions, variables) = CalculusCommands.FunctionsAndVariables(call);
            entries = Calculus.SparseJacobian(functions, variables);
            (what, rowCount) = ("Jacobian", functions.Count);
        }
        else
        {
            (var f, variables) = CalculusCommands.FunctionAndVariables(call);
            entries = Calculus.SparseHessian(f, variables);
            (what, rowCount) = ("Hessian", variables.Count);
        }
        var rows = new int[rowCount][];
        foreach (var group in entries.GroupBy(e => e.Row)) rows[group.Key] = group.Select(e => e.Column).ToArray();
        for (var i = 0; i < rowCount; i++) rows[i] ??= [];
        var path = PlotCommands.OutputPath(call, ".svg", "sparsity");
        var rowName = what == "Jacobian" ? "functions" : "variables";
        SpyPlot.Write(path, variables.Count, rows, $"{what} sparsity: {entries.Length:N0} non-zeros", rowName, "variables");
        var share = rowCount * variables.Count == 0 ? 0 : 100.0 * entries.Length / ((double)rowCount * variables.Count);
        var text = $"{what}: {entries.Length:N0} non-zero entr{(entries.Length == 1 ? "y" : "ies")} of {rowCount}×{variables.Count} " +
                   $"({NumberFormat.Significant(share)}%); variables in order: {VariableOrder(variables)}; wrote {path}";
        return new Outcome(new RealValue(entries.Length), text);
    }

    public static Outcome Newton(CommandCall call)
    {
        call.RequirePositional(2, 2, "newton(e, x0[, steps=10000][, tol=1e-10])");
        call.AllowNamed("steps", "tol");
        var (f, variables) = CalculusCommands.FunctionAndVariables(NumericCommands.WithoutStart(call));
        var given = call.Interpreter.Numbers(call.Positional[1], "the start point");
        var start = Repeated(call, given, variables);
        var steps = call.Number("steps", 10_000);
        if (steps < 0 || steps > 10_000_000 || steps != Math.Floor(steps))
            throw ReplErrors.StepsOutOfRange(NumberFormat.Shortest(steps), call.OptionSpan("steps"), call.Source);
        var tolerance = call.Number("tol", 1e-10);
        if (!(tolerance >= 0)) throw ReplErrors.NegativeTolerance(NumberFormat.Shortest(tolerance), call.OptionSpan("tol"), call.Source);
        var names = variables.Select(v => v.ToString()).ToArray();
        var result = NewtonCG.Minimize(f, start, names, tolerance, (int)steps);
        if (result.Stop is NewtonStop.Unbounded or NewtonStop.NotFinite) throw ReplErrors.NoMinimum(result.Message, call.NameSpan, call.Source);
        var text = $"{result.Message}\n" +
                   $"f = {NumberFormat.Significant(result.Value)}, |∇f| = {NumberFormat.Significant(result.GradientNorm)} after " +
                   $"{result.Iterations} iteration{(result.Iterations == 1 ? "" : "s")} ({result.HessianVectorProducts} Hessian-vector products)\n" +
                   $"{VariableOrder(variables)} = {Point(result.Point)}" +
                   (given.Length < start.Length ? $" (start {NumberFormat.Significant(given)} repeated to {start.Length} variables)" : "");
        return new Outcome(new VectorValue(result.Point.Select(v => (ReplValue)new RealValue(v)).ToArray()), text);
    }

    // A start shorter than the variables is repeated when it fits a whole number of times: [-1.2, 1] for Rosenbrock.
    private static double[] Repeated(CommandCall call, double[] start, IReadOnlyList<Expr> variables)
    {
        if (start.Length == variables.Count) return start;
        if (start.Length > 0 && start.Length < variables.Count && variables.Count % start.Length == 0)
            return Enumerable.Range(0, variables.Count).Select(i => start[i % start.Length]).ToArray();
        throw ReplErrors.StartNotRepeatable(start.Length, variables.Count, VariableOrder(variables), call.Positional[1].Span, call.Source);
    }

    private static string Point(double[] point) => point.Length <= MostVariablesShownDense
        ? NumberFormat.Significant(point)
        : "[" + string.Join(", ", point.Take(6).Select(NumberFormat.Significant)) + ", …, " +
          string.Join(", ", point.Skip(point.Length - 2).Select(NumberFormat.Significant)) +
          $"] (min {NumberFormat.Significant(point.Min())}, max {NumberFormat.Significant(point.Max())})";

    private static string VariableOrder(IReadOnlyList<Expr> variables) => Output.VariableListText.Of(variables.Select(v => v.ToString()).ToArray());
}
