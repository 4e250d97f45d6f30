namespace Symbolic.Repl.Values;

/// <summary>The variables of a value, in the order the commands use them (the natural order of <c>grad</c>).</summary>
internal static class ResultVariables
{
    /// <summary>The variables of every entry of <paramref name="value"/>, each once, in natural order.</summary>
    public static IReadOnlyList<string> Of(ReplValue value) => ExprWalk.Variables(Scalars(value).ToArray());

    private static IEnumerable<Expr> Scalars(ReplValue value) => value switch
    {
        ScalarValue s => [s.Expr],
        VectorValue v => v.Items.SelectMany(Scalars),
        _ => [],
    };
}
