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
        var target = call.Interpreter.Value(call.Positional[0]);
        var variable = Variable(call, call.Positional[1]);
        ReplValue result;
        if (call.Positional.Count == 3 && call.Interpreter.Scalar(call.Positional[2], "the order") is Number order)
        {
            if (!order.Value.IsInteger) throw call.Interpreter.Error($"the order must be a whole number, got {order}", call.Positional[2].Span);
            if (order.Value.Sign < 0)
                throw call.Interpreter.Error($"the order of a derivative must be 0 or more, got {order}", call.Positional[2].Span);
            if (order.Value.Numerator > Calculus.MaxOrder)
                throw call.Interpreter.Error(Calculus.OrderTooHighMessage(order), call.Positional[2].Span);
            var n = (int)order.Value.Numerator;
            try { result = target.Map(e => new ScalarValue(Simplification.Apply(Calculus.Diff(e, variable, n)))); }
            catch (SymbolicException e) when (e.Span is null) { throw call.Interpreter.Error(e.Message, call.Positional[2].Span); }
        }
        else
        {
            var variables = call.Positional.Skip(1).Select(node => Variable(call, node)).ToArray();
            result = target.Map(e => new ScalarValue(Simplification.Apply(Calculus.Diff(e, variables))));
        }
        return Outcome.Of(result);
    }

    public static Outcome Grad(CommandCall call)
    {
        call.RequirePositional(1, 2, "grad(e[, [x, y]])");
        call.AllowNamed();
        var (f, variables) = FunctionAndVariables(call);
        return Outcome.Of(ReplValue.Of(Calculus.Gradient(f, variables).Select(Simplification.Apply)));
    }

    public static Outcome Ddir(CommandCall call) => Directional(call, "ddir", Calculus.DirectionalDerivative);

    public static Outcome Jvp(CommandCall call) => Directional(call, "jvp", Calculus.Jvp);

    public static Outcome Hessian(CommandCall call)
    {
        call.RequirePositional(1, 2, "hessian(e[, [x, y]])");
        call.AllowNamed();
        var (f, variables) = FunctionAndVariables(call);
        if (variables.Count > SecondOrderCommands.MostVariablesShownDense)
            return SecondOrderCommands.NonZeroEntries("Hessian", Calculus.SparseHessian(f, variables), variables.Count, variables);
        return Outcome.Of(ReplValue.Of(Calculus.Hessian(f, variables).Select(row => row.Select(Simplification.Apply))));
    }

    public static Outcome Jacobian(CommandCall call)
    {
        call.RequirePositional(1, 2, "jacobian([e1, e2][, [x, y]])");
        call.AllowNamed();
        var (functions, variables) = FunctionsAndVariables(call);
        if (variables.Count > SecondOrderCommands.MostVariablesShownDense)
            return SecondOrderCommands.NonZeroEntries("Jacobian", Calculus.SparseJacobian(functions, variables), functions.Count, variables);
        return Outcome.Of(ReplValue.Of(Calculus.Jacobian(functions, variables).Select(row => row.Select(Simplification.Apply))));
    }

    public static Outcome Simplify(CommandCall call)
    {
        call.RequirePositional(1, 1, "simplify(e)");
        call.AllowNamed();
        return Outcome.Of(call.Interpreter.Value(call.Positional[0]).Map(e => new ScalarValue(Simplification.Apply(e))));
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
        try { return Outcome.Of(new ScalarValue(Simplification.Apply(derivative(f, variables, direction)))); }
        catch (SymbolicException e) when (e.Span is null) { throw call.Interpreter.Error(e.Message, call.Positional[1].Span); }
    }

    // f, and the variables: given as a vector, a defined function's parameters, or f's variables in natural order.
    internal static (Expr F, IReadOnlyList<Expr> Variables) FunctionAndVariables(CommandCall call)
    {
        var node = call.Positional[0];
        var f = call.Interpreter.Scalar(node, $"the first argument of {call.Syntax.Name}");
        var variables = call.Positional.Count > 1 ? Variables(call, call.Positional[1]) : call.Interpreter.VariablesFor(node, f);
        return (f, variables);
    }

    // A list of functions and the variables: given as a vector, or those of all functions in natural order.
    internal static (IReadOnlyList<Expr> Functions, IReadOnlyList<Expr> Variables) FunctionsAndVariables(CommandCall call)
    {
        var functions = call.Interpreter.Vector(call.Positional[0], $"the first argument of {call.Syntax.Name}");
        if (functions.Count == 0) throw call.Interpreter.Error("the list of functions is empty", call.Positional[0].Span);
        var variables = call.Positional.Count == 2
            ? Variables(call, call.Positional[1])
            : ExprWalk.Variables(functions).Select(Expr.Var).ToArray();
        return (functions, variables);
    }

    private static IReadOnlyList<Expr> Variables(CommandCall call, SyntaxNode node)
    {
        var items = call.Interpreter.Vector(node, "the list of variables");
        if (items.FirstOrDefault(v => v is not Symbolic.Variable) is { } bad)
            throw call.Interpreter.Error($"'{bad}' is not a variable", node.Span);
        return items;
    }

    private static Expr Variable(CommandCall call, SyntaxNode node)
    {
        // A plain name is always the variable, even when the session defined something with that name.
        if (node is IdentifierSyntax id) return Expr.Var(id.Name);
        var expr = call.Interpreter.Scalar(node, "the variable");
        return expr is Symbolic.Variable ? expr : throw call.Interpreter.Error($"can only differentiate with respect to a variable, not '{expr}'", node.Span);
    }
}
