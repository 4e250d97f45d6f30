namespace Symbolic.Repl.Output;

/// <summary>
/// A list of variable names as results show it: whole when short, and an indexed family past a dozen names
/// shortened to its ends (<c>x0, x1, …, x79999</c>), so 80,000 variables do not print 600,000 characters.
/// </summary>
internal static class VariableListText
{
    /// <summary>Lists up to this many names are shown whole.</summary>
    public const int MostShownWhole = 12;

    /// <summary>The names, comma-separated, or an indexed family shortened to its ends.</summary>
    public static string Of(IReadOnlyList<string> names)
    {
        if (names.Count > MostShownWhole && IndexedFamily(names)) return $"{names[0]}, {names[1]}, …, {names[^1]}";
        return string.Join(", ", names);
    }

    // name0, name1, name2, … with consecutive indices and one stem.
    private static bool IndexedFamily(IReadOnlyList<string> names)
    {
        var stem = names[0].TrimEnd("0123456789".ToCharArray());
        if (stem.Length == names[0].Length || !int.TryParse(names[0][stem.Length..], out var first)) return false;
        for (var k = 0; k < names.Count; k++)
            if (names[k] != stem + (first + k).ToString(System.Globalization.CultureInfo.InvariantCulture)) return false;
        return true;
    }
}
