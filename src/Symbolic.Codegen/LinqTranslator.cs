using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// Translates <see cref="Statement"/>s into LINQ expression trees for compiled delegates, over doubles or over vector
/// lanes (<see cref="LinqLanes"/>). Arrays are reached through <c>arrays(handle, subscript)</c>, which gives the
/// <see cref="ArraySlot"/> of an element: a batch delegate adds the current row, a sparse matrix looks positions up in
/// a table. Each <see cref="Local"/> becomes one <see cref="ParameterExpression"/>; loops become <c>do { … } while</c>
/// with the test at the bottom, as a hand-written loop compiles.
/// </summary>
internal sealed class LinqTranslator(Func<ArrayHandle, Expression, ArraySlot> arrays, LinqLanes? lanes = null)
{
    private readonly LinqLanes lanes = lanes ?? LinqLanes.Scalar;
    private readonly Dictionary<Local, ParameterExpression> locals = [];
    private readonly Dictionary<LoopCounter, ParameterExpression> counters = [];

    /// <summary>The variables of <paramref name="declared"/>, to declare in the enclosing block.</summary>
    public List<ParameterExpression> Variables(IEnumerable<Local> declared) => declared.Select(Variable).ToList();

    /// <summary>The statements as LINQ expressions, in order.</summary>
    public List<Expression> Translate(IEnumerable<Statement> statements) => statements.Select(Translate).ToList();

    /// <summary>The expression computing <paramref name="value"/>.</summary>
    public Expression Translate(Value value) => value switch
    {
        Literal literal => lanes.Constant(literal.Number),
        Local local => Variable(local),
        Element e => lanes.Load(Slot(e)),
        Arithmetic a => LinqLanes.Binary(a.Operator, Translate(a.Left), Translate(a.Right)),
        Negation n => Expression.Negate(Translate(n.Operand)),
        MethodCall call => lanes.Call(call.Method, call.Arguments.Select(Translate)),
        _ => throw new InvalidOperationException($"no LINQ for {value.GetType().Name}"),
    };

    private Expression Translate(Statement statement)
    {
        switch (statement)
        {
            case Assign { Target: Local local } assign:
                return Expression.Assign(Variable(local), Translate(assign.Value));
            case Assign { Target: Element element } assign:
                return lanes.Store(Slot(element), Translate(assign.Value));
            // A local accumulates as local = local op value: the form MethodSplitter reads as a write.
            case Accumulate { Target: Local local } accumulate:
                return Expression.Assign(Variable(local), LinqLanes.Binary(accumulate.Operator, Variable(local), Translate(accumulate.Value)));
            case Accumulate { Target: Element element } accumulate:
                return lanes.Update(Slot(element), accumulate.Operator, Translate(accumulate.Value));
            case AssignPair pair:
            {
                var call = lanes.Call(pair.Method, [Translate(pair.Argument)]);
                var both = Expression.Variable(call.Type, "pair");
                return Expression.Block(typeof(void), [both],
                    Expression.Assign(both, call),
                    Expression.Assign(Variable(pair.First), Expression.Field(both, "Item1")),
                    Expression.Assign(Variable(pair.Second), Expression.Field(both, "Item2")));
            }
            case Loop loop:
                return LoopOf(loop);
            default:
                throw new InvalidOperationException($"no LINQ for {statement.GetType().Name}");
        }
    }

    // i = first; do { body; i += step; } while (i <= last)   (i >= last when counting down)
    private Expression LoopOf(Loop loop)
    {
        var i = Expression.Variable(typeof(int), loop.Counter.Name);
        counters[loop.Counter] = i;
        var exit = Expression.Label("done");
        var past = loop.Step > 0
            ? Expression.GreaterThan(i, Expression.Constant(loop.Last))
            : Expression.LessThan(i, Expression.Constant(loop.Last));
        var body = Expression.Block(Variables(loop.Locals), [.. Translate(loop.Body), Expression.Empty()]);
        return Expression.Block(typeof(void), [i],
            Expression.Assign(i, Expression.Constant(loop.First)),
            Expression.Loop(
                Expression.Block(body, Expression.AddAssign(i, Expression.Constant(loop.Step)), Expression.IfThen(past, Expression.Break(exit))),
                exit));
    }

    private ArraySlot Slot(Element element) => arrays(element.Array, Subscript(element.Subscript));

    private Expression Subscript(Subscript subscript)
    {
        if (subscript.Counter is null) return Expression.Constant(subscript.Offset);
        var i = counters[subscript.Counter];
        return subscript.Offset == 0 ? i : Expression.Add(i, Expression.Constant(subscript.Offset));
    }

    private ParameterExpression Variable(Local local)
    {
        if (!locals.TryGetValue(local, out var variable)) locals[local] = variable = Expression.Variable(lanes.Type, local.Name);
        return variable;
    }
}
