using Symbolic.Repl.Numerics;
using Symbolic.Repl.Values;

namespace Symbolic.Repl.Commands;

/// <summary>The numeric commands: evaluation, gradient descent, and the gradient check.</summary>
internal static class NumericCommands
{
    public static Outcome Eval(CommandCall call)
    {
        call.RequirePositional(1, 1, "eval(e, x=1, y=2)");
        var bindings = new Dictionary<string, double>(StringComparer.Ordinal);
        var exact = new Dictionary<Expr, Expr>();
        foreach (var argument in call.Named)
        {
            bindings[argument.Name!] = call.Interpreter.Number(argument.Value, $"the value of {argument.Name}");
            exact[Expr.Var(argument.Name!)] = call.Interpreter.Scalar(argument.Value, $"the value of {argument.Name}");
        }
        var node = call.Positional[0];
        var value = call.Interpreter.WithVariables(bindings.Keys, () => call.Interpreter.Value(node));
        return call.Interpreter.Placed(node.Span,
            () => Outcome.Of(value.Map(e => ExactValue.Of(e, exact) is { } n ? new RealValue(n.ToDouble(), n) : new RealValue(Evaluator.Evaluate(e, bindings)))));
    }

    public static Outcome Subs(CommandCall call)
    {
        call.RequirePositional(1, 1, "subs(e, x=1/3, y=2)");
        var replacements = new Dictionary<Expr, Expr>();
        foreach (var argument in call.Named)
            replacements[Expr.Var(argument.Name!)] = call.Interpreter.Scalar(argument.Value, $"the value of {argument.Name}");
        var node = call.Positional[0];
        var names = call.Named.Select(a => a.Name!);
        var value = call.Interpreter.WithVariables(names, () => call.Interpreter.Value(node));
        return call.Interpreter.Placed(node.Span,
            () => Outcome.Of(value.Map(e => new ScalarValue(Simplification.Apply(ExprWalk.Substitute(e, replacements), call.Cancellation)))));
    }

    public static Outcome Descend(CommandCall call)
    {
        call.RequirePositional(2, 3, "descend(e, x0[, [x, y]], lr=0.1, steps=100, a=1)");
        var (f, variables, fixedValues) = ModelInputs.Read(call, 2, "lr", "steps");
        var start = call.Interpreter.Numbers(call.Positional[1], "the start point");
        if (start.Length != variables.Count)
            throw ReplErrors.PointLength("the start point", start.Length, variables, call.Positional[1].Span, call.Source);
        var learningRate = call.Number("lr", 0.1);
        var steps = call.Number("steps", 100);
        if (steps < 0 || steps > 10_000_000 || steps != Math.Floor(steps))
            throw ReplErrors.StepsOutOfRange(NumberFormat.Shortest(steps), call.OptionSpan("steps"), call.Source);
        var result = SessionDescent.Run(f, variables, start, learningRate, (int)steps, call.Cancellation);
        call.Interpreter.Cancellation.ThrowIfCancellationRequested();
        call.Interpreter.Session.LastDescent = result;
        var end = result.End;
        var text = $"{NumberFormat.Significant(end)} with f = {NumberFormat.Significant(result.FinalValue)} after {result.Steps} step{(result.Steps == 1 ? "" : "s")} " +
                   $"{ModelInputs.Describe(variables, fixedValues)}; lr = {NumberFormat.Shortest(learningRate)}" +
                   (result.Steps < steps ? $"; stopped early, f is no longer finite ({(int)steps} steps were asked)" : "");
        var startValue = Evaluator.Evaluate(f, variables.Select((v, i) => (v.ToString(), start[i])).ToDictionary());
        if (!double.IsFinite(result.FinalValue) || result.FinalValue > startValue)
            text = $"warning: the descent diverged: f went from {NumberFormat.Significant(startValue)} to {NumberFormat.Significant(result.FinalValue)}; " +
                   $"try a smaller lr than {NumberFormat.Shortest(learningRate)}{Environment.NewLine}{text}";
        return new Outcome(new VectorValue(end.Select(v => (ReplValue)new RealValue(v)).ToArray()), text);
    }

    public static Outcome Check(CommandCall call)
    {
        call.RequirePositional(2, 3, "check(e, point[, [x, y]], a=1)");
        var (f, variables, fixedValues) = ModelInputs.Read(call, 2);
        var point = call.Interpreter.Numbers(call.Positional[1], "the point");
        if (point.Length != variables.Count)
            throw ReplErrors.PointLength("the point", point.Length, variables, call.Positional[1].Span, call.Source);
        var check = GradientCheck.At(f, variables, point);
        var text = $"{ModelInputs.Describe(variables, fixedValues)}: symbolic {NumberFormat.Significant(check.Symbolic)}, " +
                   $"central differences {NumberFormat.Significant(check.Numeric)}, max relative error {NumberFormat.Significant(check.MaxRelativeError)}";
        return new Outcome(new RealValue(check.MaxRelativeError), text);
    }

    // newton takes a point, not a variable list, as its second argument.
    internal static CommandCall WithoutStart(CommandCall call) =>
        new(call.Interpreter, call.Syntax with { Arguments = call.Syntax.Arguments.Take(1).ToArray() });
}
