using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// Compiles a list of outputs, each stored at its own position of one array (<c>values[positions[k]] = outputs[k]</c>),
/// as sparse matrices, dense matrices and Hessian-vector products need. The outputs go to <see cref="RolledProgram"/>
/// in the caller's loop order as one output family stored through a table of positions, so a run of index-shifted
/// copies (the diagonal of a banded matrix: <c>-2 + exp(x[i])/2</c> for each i) compiles to one loop wherever its
/// entries sit in the array. Outputs that are numbers are stored by one loop over a table of positions per distinct
/// value, so a band of ones costs no statements.
/// </summary>
internal static class OutputListCompiler
{
    /// <param name="outputs">The outputs.</param>
    /// <param name="positions">Where each output goes in the values array.</param>
    /// <param name="loopOrder">A key per output: outputs are compiled in ascending key order, so index-shifted copies should be adjacent and ordered by index.</param>
    /// <param name="names">The variables, in input array order.</param>
    /// <param name="valuesLength">How many values the caller's array must hold.</param>
    /// <param name="inputName">The input array's name in error messages.</param>
    /// <param name="valuesName">The values array's name in error messages.</param>
    /// <param name="clearFirst">Zero the first <paramref name="valuesLength"/> values before storing (a dense matrix).</param>
    /// <param name="cancellationToken">Checked between the stages (planning, translating), each of which can take seconds for tens of thousands of outputs.</param>
    public static Expression<Action<double[], double[]>> Lambda(
        IReadOnlyList<Expr> outputs, int[] positions, long[] loopOrder, IReadOnlyList<string> names,
        int valuesLength, string inputName, string valuesName, bool clearFirst, CancellationToken cancellationToken = default)
    {
        // Arrays of values reached through a table of positions: the computed outputs, and each repeated number.
        var tables = new Dictionary<ArrayHandle, int[]>();
        var statements = new List<Statement>();
        var numbers = new Dictionary<double, List<int>>();
        var computed = new List<int>();
        for (var k = 0; k < outputs.Count; k++)
        {
            if (outputs[k] is Number or Constant)
            {
                // Read directly: the evaluator's walk and bindings per output cost milliseconds over a band of 20,000 ones.
                var value = outputs[k] is Number number ? number.Value.ToDouble() : ((Constant)outputs[k]).Value;
                if (!numbers.TryGetValue(value, out var at)) numbers[value] = at = [];
                at.Add(positions[k]);
            }
            else computed.Add(k);
        }
        foreach (var (value, at) in numbers) statements.AddRange(StoreNumber(value, at, tables));

        // Sorted by key as an array of primitive keys: a comparison delegate over 300,000 outputs costs ten times more.
        var order = computed.ToArray();
        Array.Sort(order.Select(k => loopOrder[k]).ToArray(), order);
        var listed = new ArrayHandle(valuesName);
        tables[listed] = order.Select(k => positions[k]).ToArray();
        var program = RolledProgram.Build(order.Select(k => outputs[k]).ToArray(), [], names,
            r => new Element(ArrayHandle.Values, Subscript.At(positions[order[r]])),
            new OutputFamily(new OutputRange(0, order.Length), listed));
        statements.AddRange(program.Statements);
        cancellationToken.ThrowIfCancellationRequested();

        var x = Expression.Parameter(typeof(double[]), inputName);
        var values = Expression.Parameter(typeof(double[]), valuesName);
        // A table read as a constant is a load from the closure and a cast at every use, inside the loop; a local
        // read once before the loops costs nothing per element. A body split into chunk methods cannot reach the
        // enclosing block's locals, so it keeps the constants.
        var tableLocals = MethodSplitter.FitsOneMethod(statements.Count)
            ? tables.ToDictionary(t => t.Key, t => Expression.Variable(typeof(int[]), "positions"))
            : [];
        Expression Table(ArrayHandle handle) =>
            tableLocals.TryGetValue(handle, out var local) ? local : Expression.Constant(tables[handle]);
        var linq = new LinqTranslator((handle, index) =>
            handle == ArrayHandle.Input ? new ArraySlot(x, index)
            : handle == ArrayHandle.Values ? new ArraySlot(values, index)
            : new ArraySlot(values, Expression.ArrayIndex(Table(handle), index)));
        List<Expression> prelude =
        [
            Compiler.RequireLength(x, names.Count, inputName),
            Compiler.RequireLength(values, valuesLength, valuesName),
        ];
        if (clearFirst)
            prelude.Add(Expression.Call(typeof(Array).GetMethod(nameof(Array.Clear), [typeof(Array), typeof(int), typeof(int)])!,
                values, Expression.Constant(0), Expression.Constant(valuesLength)));
        prelude.AddRange(tableLocals.Select(t => Expression.Assign(t.Value, Expression.Constant(tables[t.Key]))));
        var translated = linq.Translate(statements);
        cancellationToken.ThrowIfCancellationRequested();
        var body = MethodSplitter.Body([x, values], [.. linq.Variables(program.Locals), .. tableLocals.Values], prelude,
            translated, Expression.Empty());
        return Expression.Lambda<Action<double[], double[]>>(body, x, values);
    }

    // values[p] = c for each p of the positions: straight stores when few, else one loop over a table.
    private static IEnumerable<Statement> StoreNumber(double value, List<int> positions, Dictionary<ArrayHandle, int[]> tables)
    {
        if (positions.Count < IndexedRuns.MinimumCount)
            return positions.Select(p => new Assign(new Element(ArrayHandle.Values, Subscript.At(p)), Value.Of(value)));
        var table = new ArrayHandle("values");
        tables[table] = [.. positions];
        var i = new LoopCounter("i");
        return [new Loop(i, 0, positions.Count - 1, 1, [], [new Assign(new Element(table, new Subscript(i, 0)), Value.Of(value))])];
    }
}
