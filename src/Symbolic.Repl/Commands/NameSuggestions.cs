namespace Symbolic.Repl.Commands;

/// <summary>
/// The name a user most likely meant: the same name in other case (<c>Sin</c> → <c>sin</c>), the word other tools
/// use (<c>gradient</c> → <c>grad</c>), or the nearest by edit distance (<c>hesian</c> → <c>hessian</c>).
/// </summary>
internal static class NameSuggestions
{
    // Names other systems (SymPy, Mathematica, math.js) give to our commands.
    private static readonly Dictionary<string, string> OtherToolsWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gradient"] = "grad", ["derivative"] = "diff", ["differentiate"] = "diff", ["d"] = "diff", ["D"] = "diff",
        ["hess"] = "hessian", ["jac"] = "jacobian", ["evaluate"] = "eval", ["evalf"] = "eval", ["N"] = "eval",
        ["arcsin"] = "asin", ["arccos"] = "acos", ["arctan"] = "atan", ["sqr"] = "sqrt",
        ["logistic"] = "sigmoid", ["heaviside"] = "step", ["signum"] = "sign",
    };

    /// <summary>Every name a call can use in <paramref name="session"/>: commands, functions, definitions.</summary>
    public static IEnumerable<string> Known(Session session) =>
        CommandTable.All.Select(c => c.Name).Concat(FunctionTable.All.Select(f => f.Name)).Concat(session.Definitions.Names);

    /// <summary>The name meant by <paramref name="typed"/> among <paramref name="known"/>, or null when none is close.</summary>
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        var names = known.Distinct(StringComparer.Ordinal).ToArray();
        if (names.FirstOrDefault(n => string.Equals(n, typed, StringComparison.OrdinalIgnoreCase)) is { } sameLetters) return sameLetters;
        if (OtherToolsWords.TryGetValue(typed, out var word) && names.Contains(word)) return word;
        var lower = typed.ToLowerInvariant();
        var best = names.Select(n => (Name: n, Distance: FunctionTable.EditDistance(lower, n)))
            .OrderBy(p => p.Distance)
            // Ties go to a name the typo extends or shortens (sinn → sin, not sign).
            .ThenBy(p => lower.StartsWith(p.Name, StringComparison.Ordinal) || p.Name.StartsWith(lower, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(1, typed.Length / 3) ? best.Name : null;
    }
}
