using Symbolic.Syntax;

namespace Symbolic.Repl.Commands;

/// <summary>
/// The function and variables of <c>check</c>, <c>descend</c>, <c>compile</c> and <c>emit</c>: named arguments that are
/// not options fix data values (<c>check(L, [1, 2], x=1.5)</c> puts x = 3/2 into L), and an explicit list of variables
/// (<c>[w, b]</c>) sets their order; without one, the order is a defined function's parameters or the natural order.
/// </summary>
internal static class ModelInputs
{
    /// <summary>
    /// f with the data values put in, and its variables; <paramref name="listAt"/> is where an explicit variable list may stand
    /// among the positional arguments, <paramref name="options"/> the named arguments that are the command's own.
    /// </summary>
    public static (Expr F, IReadOnlyList<Expr> Variables, string Fixed) Read(CommandCall call, int listAt, params string[] options)
    {
        var node = call.Positional[0];
        var dataArguments = call.Named.Where(a => !options.Contains(a.Name)).ToArray();
        // The listed variables and the data names are variables inside f, whatever the session defines under them.
        var names = dataArguments.Select(a => a.Name!).Concat(call.Positional.Count > listAt ? CalculusCommands.NamesIn(call.Positional[listAt]) : []);
        var f = call.Interpreter.WithVariables(names, () => call.Interpreter.Scalar(node, $"the first argument of {call.Syntax.Name}"));
        var data = new Dictionary<Expr, Expr>();
        foreach (var argument in dataArguments)
        {
            var value = call.Interpreter.Scalar(argument.Value, $"the value of {argument.Name}");
            if (ExprWalk.Variables(value) is [var first, ..])
                throw ReplErrors.MustBeNumber($"the value of {argument.Name}", first, argument.Value.Span, call.Source);
            data[Expr.Var(argument.Name!)] = value;
        }
        var fixedText = string.Join(", ", data.Select(d => $"{d.Key} = {Expressions.Print(d.Value)}"));
        IReadOnlyList<Expr> variables;
        if (call.Positional.Count > listAt)
        {
            variables = VariableList(call, call.Positional[listAt]);
            if (variables.FirstOrDefault(data.ContainsKey) is { } both)
                throw ReplErrors.ListedAndFixed(both.ToString(), call.Positional[listAt].Span, call.Source);
        }
        else
        {
            variables = call.Interpreter.VariablesFor(node, f).Where(v => !data.ContainsKey(v)).ToArray();
        }
        if (data.Count > 0) f = Simplification.Apply(ExprWalk.Substitute(f, data), call.Cancellation);
        var listed = variables.ToHashSet();
        if (ExprWalk.Variables(f).FirstOrDefault(v => !listed.Contains(Expr.Var(v))) is { } missing)
            throw ReplErrors.NeitherListedNorGiven(missing, call.Positional[Math.Min(listAt, call.Positional.Count - 1)].Span, call.Source);
        return (f, variables, fixedText);
    }

    /// <summary><c>over (x, y)</c>, with <c>; a = 3/2 fixed</c> when data values were given.</summary>
    public static string Describe(IReadOnlyList<Expr> variables, string fixedValues) =>
        $"over ({Output.VariableListText.Of(variables.Select(v => v.ToString()).ToArray())})" + (fixedValues.Length > 0 ? $"; {fixedValues} fixed" : "");

    private static IReadOnlyList<Expr> VariableList(CommandCall call, SyntaxNode node)
    {
        var items = node is VectorSyntax vector && vector.Items.All(i => i is IdentifierSyntax)
            ? vector.Items.Select(i => Expr.Var(((IdentifierSyntax)i).Name)).ToArray()
            : throw ReplErrors.NotAVariableList(node.Span, call.Source);
        if (items.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw CalculusErrors.VariableListedTwice(repeated.Key, node.Span, call.Source);
        return items;
    }
}
