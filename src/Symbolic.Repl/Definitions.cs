using Symbolic.Repl.Values;

namespace Symbolic.Repl;

/// <summary>A function the session defined with <c>let f(x, y) = body</c>.</summary>
internal sealed record FunctionDefinition(string Name, IReadOnlyList<string> Parameters, Expr Body)
{
    /// <summary>The parameters as variables, the order a gradient of the function uses.</summary>
    public IReadOnlyList<Expr> Variables => Parameters.Select(Expr.Var).ToArray();

    /// <summary><c>f(x, y) = x^2 - x*y</c>.</summary>
    public override string ToString() => $"{Name}({string.Join(", ", Parameters)}) = {Expressions.Print(Body)}";
}

/// <summary>What the session has defined so far: functions and named values, in definition order.</summary>
internal sealed class Definitions
{
    private readonly Dictionary<string, FunctionDefinition> functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReplValue> values = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    /// <summary>The function named <paramref name="name"/>, or null.</summary>
    public FunctionDefinition? Function(string name) => functions.GetValueOrDefault(name);

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public ReplValue? Value(string name) => values.GetValueOrDefault(name);

    /// <summary>Defines or replaces a function; a value of the same name is forgotten.</summary>
    public void Define(FunctionDefinition function)
    {
        values.Remove(function.Name);
        functions[function.Name] = function;
        Remember(function.Name);
    }

    /// <summary>Defines or replaces a named value; a function of the same name is forgotten.</summary>
    public void Define(string name, ReplValue value)
    {
        functions.Remove(name);
        values[name] = value;
        Remember(name);
    }

    /// <summary>Every defined name, oldest first.</summary>
    public IReadOnlyList<string> Names => order;

    /// <summary>How many names are defined.</summary>
    public int Count => order.Count;

    /// <summary>Forgets the function or value named <paramref name="name"/>; false when nothing had that name.</summary>
    public bool Remove(string name)
    {
        var removed = functions.Remove(name) | values.Remove(name);
        order.Remove(name);
        return removed;
    }

    /// <summary>Forgets every definition.</summary>
    public void Clear()
    {
        functions.Clear();
        values.Clear();
        order.Clear();
    }

    /// <summary>One line per definition, oldest first: <c>f(x, y) = x^2 - x*y</c>, <c>a = 3</c>.</summary>
    public IEnumerable<string> Describe() => order.Select(name =>
        functions.TryGetValue(name, out var f) ? f.ToString() : $"{name} = {values[name].Print()}");

    private void Remember(string name)
    {
        order.Remove(name);
        order.Add(name);
    }
}
