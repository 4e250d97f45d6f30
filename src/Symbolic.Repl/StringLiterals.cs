using System.Text;

namespace Symbolic.Repl;

/// <summary>
/// The grammar has no string literal, yet <c>plot(..., out="name.svg")</c> wants one. Before parsing, each
/// <c>"..."</c> is replaced by an identifier of the same length (so error columns stay right), and the
/// identifier maps back to the text.
/// </summary>
internal sealed class StringLiterals
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    private StringLiterals(string line) => Line = line;

    /// <summary>The line with every string literal replaced by its placeholder.</summary>
    public string Line { get; private set; }

    /// <summary>The text a placeholder stands for, or null when <paramref name="identifier"/> is not one.</summary>
    public string? Text(string identifier) => texts.GetValueOrDefault(identifier);

    /// <summary>Replaces the string literals of <paramref name="line"/>; an unclosed quote is left for the parser to report.</summary>
    public static StringLiterals Extract(string line)
    {
        var result = new StringLiterals(line);
        var builder = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            var close = line[i] == '"' ? line.IndexOf('"', i + 1) : -1;
            if (close < 0)
            {
                builder.Append(line[i++]);
                continue;
            }
            var length = close - i + 1;
            var placeholder = Placeholder(result.texts.Count, length);
            if (placeholder is null)
            {
                builder.Append(line[i++]);
                continue;
            }
            result.texts[placeholder] = line.Substring(i + 1, length - 2);
            builder.Append(placeholder);
            i = close + 1;
        }
        result.Line = builder.ToString();
        return result;
    }

    // "ꜱ" then the index, padded with '_' to the literal's length; null when the literal is too short to hold it.
    private static string? Placeholder(int index, int length)
    {
        var core = "ꜱ" + index;
        return core.Length > length ? null : core + new string('_', length - core.Length);
    }
}
