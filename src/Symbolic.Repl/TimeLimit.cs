using System.Globalization;
using System.Text.RegularExpressions;

namespace Symbolic.Repl;

/// <summary>
/// The per-command time limit, written <c>10s</c>, <c>500ms</c>, <c>2m</c>, <c>1.5</c> (seconds), or <c>off</c>;
/// the same text for <c>--timeout</c> and the session's <c>timeout</c> command.
/// </summary>
internal static partial class TimeLimit
{
    [GeneratedRegex(@"^(\d+(?:\.\d*)?|\.\d+)\s*(ms|s|m|min|h)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    /// <summary>Reads <paramref name="text"/>: a duration, or null for <c>off</c>, <c>none</c> and <c>0</c>.</summary>
    public static bool TryParse(string text, out TimeSpan? limit, out string problem)
    {
        limit = null;
        problem = "";
        var trimmed = text.Trim();
        if (trimmed is "off" or "none") return true;
        if (Duration().Match(trimmed) is not { Success: true } match)
        {
            problem = $"expected a time limit such as 10s, 500ms, 2m or off, got '{trimmed}'";
            return false;
        }
        var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var seconds = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "ms" => amount / 1000,
            "m" or "min" => amount * 60,
            "h" => amount * 3600,
            _ => amount,
        };
        if (seconds > TimeSpan.FromDays(1).TotalSeconds)
        {
            problem = $"a time limit can be at most a day, got '{trimmed}'";
            return false;
        }
        if (seconds > 0) limit = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary><c>10 s</c>, <c>500 ms</c>, <c>2.5 min</c>.</summary>
    public static string Describe(TimeSpan limit) => limit.TotalSeconds switch
    {
        < 1 => $"{limit.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)} ms",
        < 120 => $"{limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s",
        _ => $"{limit.TotalMinutes.ToString("0.###", CultureInfo.InvariantCulture)} min",
    };
}
