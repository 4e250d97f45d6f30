using System.Text.Json;

namespace Symbolic.Bench;

/// <summary>The benchmark functions of Corpus/functions.json (the repository's corpus/functions.json, copied into the output at build time).</summary>
public static class Corpus
{
    private static readonly Lazy<Dictionary<string, string>> Expressions = new(Load);

    /// <summary>The expression text of the corpus entry <paramref name="name"/>.</summary>
    public static string Expr(string name) => Expressions.Value[name];

    private static Dictionary<string, string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "functions.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("expr").GetString()!);
    }
}
