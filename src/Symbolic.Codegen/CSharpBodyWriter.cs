using System.Text;

namespace Symbolic.Codegen;

/// <summary>
/// Writes the body of an emitted C# method from a <see cref="RolledPlan"/>: its loops as <c>for</c> loops, then one
/// statement per materialized node (locals <c>t0, t1, …</c>, never reused, in topological order). Every value is
/// computed with the same operations in the same order as <see cref="RolledBlock"/>'s LINQ, so the emitted code
/// rounds exactly like the compiled delegate.
/// </summary>
internal sealed class CSharpBodyWriter
{
    private readonly StringBuilder text;
    private readonly CSharpBackend backend;
    private int nextLocal;

    private CSharpBodyWriter(StringBuilder text, CSharpBackend backend)
    {
        this.text = text;
        this.backend = backend;
    }

    /// <summary>
    /// Writes the statements computing <paramref name="roots"/> (root r stored by the statement <paramref name="store"/>
    /// gives, if any; the roots of <paramref name="outputs"/> stored as <c>grad[i]</c> from loops) and returns the code of
    /// root 0, valid after them.
    /// </summary>
    public static string Write(
        StringBuilder text, IReadOnlyList<Expr> roots, IReadOnlyList<string> names, CSharpBackend backend,
        Func<int, string, string?> store, OutputRange? outputs)
    {
        var writer = new CSharpBodyWriter(text, backend);
        var rolled = new RolledPlan(roots, names, outputs);
        var products = new string[rolled.Sweeps.Count];
        for (var k = 0; k < rolled.Sweeps.Count; k++)
        {
            var sweep = rolled.Sweeps[k];
            var (product, after) = (products[k] = $"product{k}", $"after{k}");
            writer.Line(8, $"double {product} = {CSharpBackend.Literal(sweep.Coefficient)};");
            writer.Line(8, $"for (int i = {sweep.Start}; i < {sweep.End}; i += 1) {{ grad[i] = {product}; {product} *= x[i]; }}");
            writer.Line(8, $"double {after} = 1.0;");
            writer.Line(8, $"for (int i = {sweep.End - 1}; i >= {sweep.Start}; i -= 1) {{ grad[i] *= {after}; {after} *= x[i]; }}");
        }
        var totals = new string[rolled.Loops.Count];
        for (var k = 0; k < rolled.Loops.Count; k++)
        {
            var (run, total) = rolled.Loops[k];
            (string, string?) Read(string name) => (rolled.Shift(run, name) switch
            {
                0 => "x[i]",
                < 0 and var shift => $"x[i - {-shift}]",
                var shift => $"x[i + {shift}]",
            }, null);
            if (total is not null) writer.Line(8, $"double {totals[k] = $"sum{k}"} = 0.0;");
            writer.Line(8, $"for (int i = {run.Start}; i < {run.End}; i += {run.Stride})");
            writer.Line(8, "{");
            var plan = new ComputationPlan(run.Templates);
            var results = writer.Statements(12, plan, Read);
            writer.Line(12, total is null
                ? $"grad[i] = {results[0].Text};"
                : $"{totals[k]} += {results.Aggregate(backend.Add).Text};");
            writer.Line(8, "}");
        }
        var residual = new ComputationPlan(rolled.ResidualRoots);
        var values = writer.Statements(8, residual,
            name => rolled.LoopOfTotal(name) is var k and >= 0 ? (totals[k], null)
                : rolled.SweepOfTotal(name) is var j and >= 0 ? (products[j], null)
                : ($"x[{rolled.IndexOf[name]}]", name));
        for (var r = 0; r < values.Length; r++)
            if (store(rolled.RootNumbers[r], values[r].Text) is { } statement) writer.Line(8, statement);
        return values[rolled.RootNumbers.IndexOf(0)].Text;
    }

    // One statement per materialized node; returns the code of each root of the plan. `read` gives the code reading
    // a variable, and the name to show beside it (none inside loops, where x[i] stands for many).
    private CSharpCode[] Statements(int indent, ComputationPlan plan, Func<string, (string Code, string? Name)> read)
    {
        var localNames = new string?[plan.Order.Count];
        var links = new string?[plan.Chains.Links.Count];
        var translator = new NodeTranslator<CSharpCode>(plan, backend,
            node => new CSharpCode(localNames[plan.IndexOf(node)]!, CSharpCode.Primary));
        CSharpCode Link(int link)
        {
            foreach (var k in plan.Chains.MissingLinks(link, k => links[k] is not null))
            {
                var value = translator.Link(plan.Chains.Links[k], Link(plan.Chains.Links[k].Parent));
                Line(indent, $"double {links[k] = NewLocal()} = {value.Text};");
            }
            return links[link] is { } local ? new CSharpCode(local, CSharpCode.Primary) : translator.Operand(plan.Chains.Links[link].Factor);
        }
        for (var i = 0; i < plan.Order.Count; i++)
        {
            if (!plan.IsMaterialized(i)) continue;
            var node = plan.Order[i];
            if (node is Variable v)
            {
                var local = localNames[i] = NewLocal();
                var (code, name) = read(v.Name);
                Line(indent, $"double {local} = {code};{(name is null ? "" : $" // {CSharpEmitter.Escape(name)}")}");
            }
            else if (plan.Chains.SplitOf(i) is { } split)
            {
                var product = translator.SplitProduct(node, split, Link).Text;
                var local = localNames[i] = NewLocal();
                Line(indent, $"double {local} = {product};");
                if (NodeTranslator<CSharpCode>.HasLongMiddle(split))
                {
                    var self = new CSharpCode(local, CSharpCode.Primary);
                    foreach (var factor in split.Middle) Line(indent, $"{local} = {backend.Multiply(self, translator.Operand(factor)).Text};");
                }
            }
            else if (plan.IsAccumulated(i))
            {
                var local = localNames[i] = NewLocal();
                Line(indent, $"double {local} = {translator.First(node).Text};");
                var self = new CSharpCode(local, CSharpCode.Primary);
                foreach (var operand in node.ArgArray.Skip(1)) Line(indent, $"{local} = {translator.Accumulate(node, self, operand).Text};");
            }
            else
            {
                var code = translator.Compute(node).Text;
                Line(indent, $"double {localNames[i] = NewLocal()} = {code};");
            }
        }
        return plan.Roots.Select(translator.Operand).ToArray();
    }

    private string NewLocal() => $"t{nextLocal++}";

    private void Line(int indent, string statement) => text.Append(' ', indent).AppendLine(statement);
}
