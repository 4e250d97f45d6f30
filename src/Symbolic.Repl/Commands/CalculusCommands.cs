using Symbolic.Repl.Values;
using Symbolic.Syntax;

namespace Symbolic.Repl.Commands;

/// <summary>The symbolic commands: derivatives, gradients, directional derivatives, matrices, simplify and LaTeX.</summary>
internal static class CalculusCommands
{
    public static Outcome Diff(CommandCall call)
    {
        call.RequirePositional(2, int.MaxValue, "diff(e, x[, y...]) or diff(e, x, n)");
        call.AllowNamed();
        var interpreter = call.Interpreter;
        // diff(e, x, n): a third argument that is not a bare name and is a number is the order.
        var orderNode = call.Positional.Count == 3 && call.Positional[2] is not IdentifierSyntax ? call.Positional[2] : null;
        var order = orderNode is null ? null : interpreter.Scalar(orderNode, "the order") as Number;
        var variableNodes = call.Positional.Skip(1).Take(order is null ? int.MaxValue : 1).ToArray();
        var target = interpreter.WithVariables(NamesIn(variableNodes), () => interpreter.Value(call.Positional[0]));
        if (call.Positional.Count == 3 && order is null) RejectOrderAsVariable(call, target);
        if (order is not null)
        {
            if (!order.Value.IsInteger) throw ReplErrors.OrderNotWhole(order, orderNode!.Span, call.Source);
            if (order.Value.Sign < 0)
                throw CalculusErrors.NegativeOrder(order, orderNode!.Span, call.Source);
            if (order.Value.Numerator > Calculus.MaxOrder)
                throw CalculusErrors.OrderTooHigh(order, orderNode!.Span, call.Source);
            var n = (int)order.Value.Numerator;
            var variable = Variable(call, variableNodes[0]);
            return interpreter.Placed(orderNode!.Span,
                () => Outcome.Of(target.Map(e => new ScalarValue(Simplification.Apply(Calculus.Diff(e, variable, n, call.Cancellation), call.Cancellation)))));
        }
        var variables = variableNodes.Select(node => Variable(call, node)).ToArray();
        return Outcome.Of(target.Map(e => new ScalarValue(Simplification.Apply(Calculus.Diff(e, variables, call.Cancellation), call.Cancellation))));
    }

    public static Outcome Grad(CommandCall call)
    {
        call.RequirePositional(1, 2, "grad(e[, [x, y]])");
        call.AllowNamed();
        var (f, variables) = FunctionAndVariables(call);
        return Outcome.Of(ReplValue.Of(Calculus.Gradient(f, variables, call.Cancellation).Select(e => Simplification.Apply(e, call.Cancellation)))) with { Variables = Names(variables) };
    }

    public static Outcome Ddir(CommandCall call) => Directional(call, "ddir", Calculus.DirectionalDerivative);

    public static Outcome Jvp(CommandCall call) => Directional(call, "jvp", Calculus.Jvp);

    public static Outcome Hessian(CommandCall call)
    {
        call.RequirePositional(1, 2, "hessian(e[, [x, y]])");
        call.AllowNamed();
        var (f, variables) = FunctionAndVariables(call);
        if (variables.Count > SecondOrderCommands.MostVariablesShownDense)
            return SecondOrderCommands.NonZeroEntries("Hessian", Calculus.SparseHessian(f, variables, call.Cancellation), variables.Count, variables, call.Cancellation);
        return SimplifiedMatrix(call, Calculus.Hessian(f, variables, call.Cancellation), variables);
    }

    public static Outcome Jacobian(CommandCall call)
    {
        call.RequirePositional(1, 2, "jacobian([e1, e2][, [x, y]])");
        call.AllowNamed();
        var (functions, variables) = FunctionsAndVariables(call);
        if (variables.Count > SecondOrderCommands.MostVariablesShownDense)
            return SecondOrderCommands.NonZeroEntries("Jacobian", Calculus.SparseJacobian(functions, variables, call.Cancellation), functions.Count, variables, call.Cancellation);
        return SimplifiedMatrix(call, Calculus.Jacobian(functions, variables, call.Cancellation), variables);
    }

    // A dense matrix, each entry simplified, shown under the variable order of its columns.
    private static Outcome SimplifiedMatrix(CommandCall call, Expr[][] matrix, IReadOnlyList<Expr> variables) =>
        Outcome.Of(ReplValue.Of(matrix.Select(row => row.Select(e => Simplification.Apply(e, call.Cancellation))))) with { Variables = Names(variables) };

    public static Outcome Vars(CommandCall call)
    {
        call.RequirePositional(1, 1, "vars(e)");
        call.AllowNamed();
        var node = call.Positional[0];
        var value = call.Interpreter.Value(node);
        IReadOnlyList<Expr> variables = value is ScalarValue scalar
            ? call.Interpreter.VariablesFor(node, scalar.Expr)
            : ResultVariables.Of(value).Select(Expr.Var).ToArray();
        return Outcome.Of(ReplValue.Of(variables));
    }

    private static IReadOnlyList<string> Names(IEnumerable<Expr> variables) => variables.Select(v => ((Symbolic.Variable)v).Name).ToArray();

    public static Outcome Simplify(CommandCall call)
    {
        call.RequirePositional(1, 1, "simplify(e)");
        call.AllowNamed();
        return Outcome.Of(call.Interpreter.Value(call.Positional[0]).Map(e => new ScalarValue(Simplification.Apply(e, call.Cancellation))));
    }

    public static Outcome Latex(CommandCall call)
    {
        call.RequirePositional(1, 1, "latex(e)");
        call.AllowNamed();
        return Outcome.Message(Latex(call.Interpreter.Value(call.Positional[0])));
    }

    private static string Latex(ReplValue value) => value switch
    {
        VectorValue { Items: [VectorValue, ..] } matrix =>
            @"\begin{bmatrix} " + string.Join(@" \\ ", matrix.Items.Select(row => string.Join(" & ", ((VectorValue)row).Items.Select(Latex)))) + @" \end{bmatrix}",
        VectorValue vector => @"\begin{bmatrix} " + string.Join(" & ", vector.Items.Select(Latex)) + @" \end{bmatrix}",
        _ => Expressions.ToLatex(value.AsScalar("latex's argument")),
    };

    private static Outcome Directional(CommandCall call, string name, Func<Expr, IReadOnlyList<Expr>, IReadOnlyList<Expr>, Expr> derivative)
    {
        call.RequirePositional(2, 2, $"{name}(e, v)");
        call.AllowNamed();
        var fNode = call.Positional[0];
        var f = call.Interpreter.Scalar(fNode, $"the first argument of {name}");
        var direction = call.Interpreter.Vector(call.Positional[1], $"the direction of {name}");
        var variables = call.Interpreter.VariablesFor(fNode, f);
        // A direction may bring variables of its own (ddir(x^2, [1, y])); they count when e alone has too few.
        if (direction.Count > variables.Count && ExprWalk.Variables([f, .. direction]) is { } all && all.Count == direction.Count)
            variables = all.Select(Expr.Var).ToArray();
        return call.Interpreter.Placed(call.Positional[1].Span,
            () => Outcome.Of(new ScalarValue(Simplification.Apply(derivative(f, variables, direction), call.Cancellation))));
    }

    // f, and the variables: given as a vector, a defined function's parameters, or f's variables in natural order.
    // The names in a given list are variables inside f, whatever the session defines under them.
    internal static (Expr F, IReadOnlyList<Expr> Variables) FunctionAndVariables(CommandCall call)
    {
        var node = call.Positional[0];
        var named = call.Positional.Count > 1 ? NamesIn(call.Positional[1]) : [];
        var f = call.Interpreter.WithVariables(named, () => call.Interpreter.Scalar(node, $"the first argument of {call.Syntax.Name}"));
        var variables = call.Positional.Count > 1 ? Variables(call, call.Positional[1]) : call.Interpreter.VariablesFor(node, f);
        return (f, variables);
    }

    // A list of functions and the variables: given as a vector, or those of all functions in natural order.
    // The variables named in the list are variables inside the functions, whatever the session holds.
    internal static (IReadOnlyList<Expr> Functions, IReadOnlyList<Expr> Variables) FunctionsAndVariables(CommandCall call)
    {
        var named = call.Positional.Count == 2 ? NamesIn(call.Positional[1]) : [];
        var functions = call.Interpreter.WithVariables(named, () => call.Interpreter.Vector(call.Positional[0], $"the first argument of {call.Syntax.Name}"));
        if (functions.Count == 0) throw CalculusErrors.NoFunctions(call.Positional[0].Span, call.Source);
        var variables = call.Positional.Count == 2
            ? Variables(call, call.Positional[1])
            : ExprWalk.Variables(functions).Select(Expr.Var).ToArray();
        return (functions, variables);
    }

    /// <summary>The bare names in <paramref name="nodes"/> or in the vectors among them: the variables a command names.</summary>
    internal static string[] NamesIn(params SyntaxNode[] nodes) =>
        nodes.SelectMany(node => node is VectorSyntax vector ? vector.Items : [node]).OfType<IdentifierSyntax>().Select(id => id.Name).ToArray();

    private static IReadOnlyList<Expr> Variables(CommandCall call, SyntaxNode node)
    {
        var items = call.Interpreter.WithVariables(NamesIn(node), () => call.Interpreter.Vector(node, "the list of variables"));
        if (items.FirstOrDefault(v => v is not Symbolic.Variable) is { } bad)
            throw ReplErrors.NotAVariable(bad, node.Span, call.Source);
        if (items.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw CalculusErrors.VariableListedTwice(repeated.Key, node.Span, call.Source);
        return items;
    }

    // diff(x^5, x, n) after let n = 3: a bare name is a variable, so this would be a mixed partial by n, which is 0.
    private static void RejectOrderAsVariable(CommandCall call, ReplValue target)
    {
        if (call.Positional[2] is not IdentifierSyntax id || call.Interpreter.Definitions.Value(id.Name) is not ScalarValue { Expr: Number { Value.IsInteger: true } n }) return;
        if (!ExprWalk.Variables(target.SymbolicEntries()).Contains(id.Name))
            throw ReplErrors.OrderAsVariable(id.Name, n, id.Span, call.Source);
    }

    internal static Expr Variable(CommandCall call, SyntaxNode node)
    {
        // A plain name is always the variable, even when the session defined something with that name.
        if (node is IdentifierSyntax id) return Expr.Var(id.Name);
        var expr = call.Interpreter.Scalar(node, "the variable");
        return expr is Symbolic.Variable ? expr : throw CalculusErrors.NotAVariable(expr, node.Span, call.Source);
    }
}
