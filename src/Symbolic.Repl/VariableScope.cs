namespace Symbolic.Repl;

/// <summary>
/// The names that are plain variables inside the command being run, whatever the session defines under them:
/// a function's parameters while its body is read, and the variables a command names (<c>diff(e, x)</c>,
/// <c>grad(e, [x, y])</c>, <c>eval(e, x=1)</c>). Scopes nest, and a name leaves when the scope that added it ends.
/// </summary>
internal sealed class VariableScope
{
    private readonly Dictionary<string, int> depth = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a variable of an enclosing command.</summary>
    public bool Contains(string name) => depth.ContainsKey(name);

    /// <summary>Runs <paramref name="body"/> with <paramref name="names"/> as variables.</summary>
    public T With<T>(IEnumerable<string> names, Func<T> body)
    {
        var added = names.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var name in added) depth[name] = depth.GetValueOrDefault(name) + 1;
        try
        {
            return body();
        }
        finally
        {
            foreach (var name in added)
                if (--depth[name] == 0) depth.Remove(name);
        }
    }
}
