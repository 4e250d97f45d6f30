using Symbolic.Numbers;
using Symbolic.Repl.Values;

namespace Symbolic.Repl.Commands;

/// <summary><c>taylor(e, x, a, n)</c>: the Taylor polynomial with exact coefficients, printed in ascending powers.</summary>
internal static class SeriesCommands
{
    private const string Usage = "taylor(e, x, a, n)";

    public static Outcome Taylor(CommandCall call)
    {
        call.RequirePositional(4, 4, Usage);
        call.AllowNamed();
        var interpreter = call.Interpreter;
        var variable = CalculusCommands.Variable(call, call.Positional[1]);
        var name = ((Symbolic.Variable)variable).Name;
        var f = interpreter.WithVariables([name], () => interpreter.Scalar(call.Positional[0], "the expression of taylor"));
        var point = interpreter.Scalar(call.Positional[2], "the point of taylor");
        var orderNode = call.Positional[3];
        if (interpreter.Scalar(orderNode, "the order") is not Number { Value: var order } || !order.IsInteger)
            throw ReplErrors.TaylorOrderNotWhole(interpreter.Scalar(orderNode, "the order"), orderNode.Span, call.Source);
        if (order.Sign < 0 || order.Numerator > Calculus.MaxTaylorOrder)
            throw ReplErrors.TaylorOrderOutOfRange(order.ToString(), Calculus.MaxTaylorOrder, orderNode.Span, call.Source);
        var coefficients = interpreter.Placed(call.Positional[0].Span,
            () => Calculus.TaylorCoefficients(f, variable, point, (int)order.Numerator, call.Cancellation));
        var polynomial = Calculus.Taylor(f, variable, point, (int)order.Numerator, call.Cancellation);
        return new Outcome(new ScalarValue(polynomial), Ascending(coefficients, variable, point));
    }

    /// <summary>c0 + c1·(x - a) + c2·(x - a)^2 + …, zero terms left out: the order a reader expects of a series.</summary>
    internal static string Ascending(IReadOnlyList<Expr> coefficients, Expr variable, Expr point)
    {
        var shift = ReferenceEquals(point, Expr.Zero) ? variable : Expr.Add(variable, Expr.Multiply(Expr.Num(Rational.MinusOne), point));
        var text = new System.Text.StringBuilder();
        for (var k = 0; k < coefficients.Count; k++)
        {
            if (ReferenceEquals(coefficients[k], Expr.Zero)) continue;
            var power = Expr.Pow(shift, Expr.Num(new Rational(k)));
            // (x - a) itself keeps its parentheses, so the terms stay apart: 1 + (x - 1) - (x - 1)^2/2.
            var term = k == 1 && shift is Sum && ReferenceEquals(coefficients[k], Expr.One)
                ? $"({Expressions.Print(shift)})"
                : Expressions.Print(Expr.Multiply(coefficients[k], power));
            if (text.Length == 0) text.Append(term);
            else if (term.StartsWith('-')) text.Append(" - ").Append(term.AsSpan(1));
            else text.Append(" + ").Append(term);
        }
        return text.Length == 0 ? "0" : text.ToString();
    }
}
