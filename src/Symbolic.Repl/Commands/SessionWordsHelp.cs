namespace Symbolic.Repl.Commands;

/// <summary>One word that manages the session rather than computes (<c>let</c>, <c>unlet</c>, …): how it is written and what it does.</summary>
internal sealed record SessionWord(string Name, string Usage, string Summary);

/// <summary>The session words, in the order <c>help</c> lists them; <c>help let</c> shows one.</summary>
internal static class SessionWordsHelp
{
    public static IReadOnlyList<SessionWord> All { get; } =
    [
        new("let", "let f(x, y) = x^2 - x*y", "define a function; f(3, 4) calls it"),
        new("let", "let a = 3", "define a value"),
        new("defs", "defs", "what this session defined"),
        new("unlet", "unlet f a", "remove the definitions named"),
        new("clear", "clear, clear f", "remove all definitions and the descent path, or f"),
        new("timeout", "timeout 10s, timeout off", "a time limit for each command"),
        new("help", "help diff, ?sin", "one command or function, with an example"),
        new("quit", "quit", "leave (or Ctrl-D); exit and quit() too"),
        new("Ctrl-C", "Ctrl-C", "cancel the running command"),
    ];

    /// <summary>The rows of the word <paramref name="name"/> (exit is quit's), empty when it is none.</summary>
    public static IReadOnlyList<SessionWord> Find(string name)
    {
        var word = name == "exit" ? "quit" : name;
        return All.Where(w => w.Name == word).ToArray();
    }
}
