using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// Compiles a list of outputs, each stored at its own position of one array (<c>values[positions[k]] = outputs[k]</c>),
/// as sparse matrices, dense matrices and Hessian-vector products need. The outputs are handed to
/// <see cref="RolledBlock"/> in the caller's loop order, stored through a table of positions, so a run of
/// index-shifted copies (the diagonal of a banded matrix: <c>-2 + exp(x[i])/2</c> for each i) compiles to one loop
/// wherever its entries sit in the array. Outputs that are numbers are stored by one loop over a table of positions
/// per distinct value, so a band of ones costs no statements.
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
    public static Expression<Action<double[], double[]>> Lambda(
        IReadOnlyList<Expr> outputs, int[] positions, long[] loopOrder, IReadOnlyList<string> names,
        int valuesLength, string inputName, string valuesName, bool clearFirst)
    {
        var x = Expression.Parameter(typeof(double[]), inputName);
        var values = Expression.Parameter(typeof(double[]), valuesName);
        var statements = new List<Expression>();
        if (clearFirst)
            statements.Add(Expression.Call(typeof(Array).GetMethod(nameof(Array.Clear), [typeof(Array), typeof(int), typeof(int)])!,
                values, Expression.Constant(0), Expression.Constant(valuesLength)));

        var numbers = new Dictionary<double, List<int>>();
        var computed = new List<int>();
        for (var k = 0; k < outputs.Count; k++)
        {
            if (outputs[k] is Number or Constant)
            {
                var value = Evaluator.Evaluate(outputs[k], new Dictionary<string, double>());
                if (!numbers.TryGetValue(value, out var at)) numbers[value] = at = [];
                at.Add(positions[k]);
            }
            else computed.Add(k);
        }
        foreach (var (value, at) in numbers) statements.Add(StoreConstant(values, value, at));

        computed.Sort((a, b) => loopOrder[a].CompareTo(loopOrder[b]));
        var roots = computed.Select(k => outputs[k]).ToArray();
        var table = Expression.Constant(computed.Select(k => positions[k]).ToArray());
        Expression At(Expression p) => Expression.ArrayAccess(values, Expression.ArrayIndex(table, p));
        var block = RolledBlock.Build(roots, [], names, index => Expression.ArrayIndex(x, index),
            (r, value) => Expression.Assign(Expression.ArrayAccess(values, Expression.Constant(positions[computed[r]])), value),
            new OutputFamily(new OutputRange(0, roots.Length), (p, value) => Expression.Assign(At(p), value), At));
        statements.AddRange(block.Statements);

        var guards = new[]
        {
            Compiler.RequireLength(x, names.Count, inputName),
            Compiler.RequireLength(values, valuesLength, valuesName),
        };
        var body = MethodSplitter.Body([x, values], block.Locals, guards, statements, Expression.Empty());
        return Expression.Lambda<Action<double[], double[]>>(body, x, values);
    }

    // values[p] = c for each p of the positions: straight stores when few, else one loop over a table.
    private static Expression StoreConstant(ParameterExpression values, double value, List<int> positions)
    {
        var c = Expression.Constant(value);
        if (positions.Count < IndexedRuns.MinimumCount)
            return Expression.Block(positions.Select(p => Expression.Assign(Expression.ArrayAccess(values, Expression.Constant(p)), c)));
        var table = Expression.Constant(positions.ToArray());
        var i = Expression.Variable(typeof(int), "i");
        var exit = Expression.Label("done");
        return Expression.Block(typeof(void), [i],
            Expression.Assign(i, Expression.Constant(0)),
            Expression.Loop(Expression.Block(
                Expression.Assign(Expression.ArrayAccess(values, Expression.ArrayIndex(table, i)), c),
                Expression.PreIncrementAssign(i),
                Expression.IfThen(Expression.GreaterThanOrEqual(i, Expression.Constant(positions.Count)), Expression.Break(exit))),
                exit));
    }
}
