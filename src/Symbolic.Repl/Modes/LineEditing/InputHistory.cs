namespace Symbolic.Repl.Modes.LineEditing;

/// <summary>
/// The lines typed at the prompt, oldest first, kept between sessions in <c>$XDG_STATE_HOME/symdiff/history</c>
/// (<c>~/.local/state</c> when the variable is unset; the local application data folder on Windows). Only the
/// interactive loop uses it: scripts, one-shot commands and <c>--json</c> neither read nor write it.
/// </summary>
internal sealed class InputHistory
{
    /// <summary>The most lines kept; older lines are dropped when the file is written.</summary>
    public const int Capacity = 1000;

    private readonly List<string> lines = [];
    private readonly string? path;

    /// <summary>A history stored at <paramref name="path"/>, or kept in memory only when it is null.</summary>
    public InputHistory(string? path)
    {
        this.path = path;
        if (path is null || !File.Exists(path)) return;
        try
        {
            lines.AddRange(File.ReadLines(path).Where(l => l.Length > 0).TakeLast(Capacity));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable history is not worth refusing to start over; the session keeps its own lines.
        }
    }

    /// <summary>The lines, oldest first.</summary>
    public IReadOnlyList<string> Lines => lines;

    /// <summary>Where the history is kept, from the environment: XDG first, then the platform's folder.</summary>
    public static string DefaultPath()
    {
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state))
        {
            state = OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        }
        return Path.Combine(state, "symdiff", "history");
    }

    /// <summary>Adds a line unless it repeats the previous one, and writes the file (capped).</summary>
    public void Add(string line)
    {
        // One history entry is one line: a pasted line break would split it on reading back.
        line = line.ReplaceLineEndings(" ").Trim();
        if (line.Length == 0 || (lines.Count > 0 && lines[^1] == line)) return;
        lines.Add(line);
        if (lines.Count > Capacity) lines.RemoveRange(0, lines.Count - Capacity);
        Save();
    }

    /// <summary>The newest line older than <paramref name="before"/> that contains <paramref name="text"/>, with its index.</summary>
    public (int Index, string Line)? FindBackwards(string text, int before)
    {
        for (var i = Math.Min(before, lines.Count) - 1; i >= 0; i--)
            if (lines[i].Contains(text, StringComparison.Ordinal)) return (i, lines[i]);
        return null;
    }

    private void Save()
    {
        if (path is null) return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            File.WriteAllLines(temporary, lines);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only home must not break the REPL; the history just stays in memory.
        }
    }
}
