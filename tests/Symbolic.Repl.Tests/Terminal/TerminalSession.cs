using System.Diagnostics;

namespace Symbolic.Repl.Tests.Terminal;

/// <summary>
/// <c>symdiff</c> in interactive mode inside a detached tmux terminal on a private socket: keys go in with
/// send-keys (C-c reaches the terminal's line discipline as it would from a keyboard), the screen comes back with
/// capture-pane. What a redirected run cannot show — prompts, Ctrl-C, Ctrl-D, the spinner — shows here.
/// </summary>
internal sealed class TerminalSession : IDisposable
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);
    private readonly string socket = "symdiff-test-" + Guid.NewGuid().ToString("N")[..12];

    public TerminalSession(string workingDirectory)
    {
        WorkingDirectory = workingDirectory;
        Tmux("new-session", "-d", "-s", "repl", "-x", "200", "-y", "50", "-c", workingDirectory,
            // The history file goes to the test's own folder, never the user's.
            $"XDG_STATE_HOME='{Path.Combine(workingDirectory, "state")}' DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet '{SymdiffProcess.Dll}'");
        // Keep the pane after the REPL exits, so its last words and its exit can be read.
        Tmux("set-option", "-t", "repl", "remain-on-exit", "on");
        WaitForPrompt();
        // Until .NET has put the terminal in non-canonical mode, keys would be echoed and buffered by the terminal
        // itself, as anything typed before a program starts reading is.
        var tty = Tmux("display-message", "-p", "-t", "repl", "#{pane_tty}").Trim();
        WaitFor(_ => Run("stty", ["-F", tty, "-a"]).Contains("-icanon"), "the terminal to leave canonical mode");
    }

    /// <summary>True when tmux can be run here; otherwise the terminal tests are skipped.</summary>
    public static bool Available { get; } = Probe();

    public string WorkingDirectory { get; }

    /// <summary>Waits until the editor shows an empty prompt, so keys sent next reach it rather than the terminal's line buffer.</summary>
    public string WaitForPrompt() => WaitFor(screen => screen.Split('\n')[^1] == ">", "an empty prompt");

    /// <summary>Types <paramref name="text"/> literally, without pressing Enter.</summary>
    public void Type(string text) => Tmux("send-keys", "-t", "repl", "-l", text);

    /// <summary>Presses keys by tmux name: <c>Enter</c>, <c>C-c</c>, <c>C-d</c>.</summary>
    public void Press(string key) => Tmux("send-keys", "-t", "repl", key);

    /// <summary>Types <paramref name="line"/>, presses Enter and waits until the screen shows <paramref name="answer"/> after it.</summary>
    public string Submit(string line, string answer)
    {
        // The prompt line the input will be echoed on.
        var before = Screen().LastIndexOf('\n') + 1;
        Type(line);
        Press("Enter");
        WaitFor(screen =>
        {
            var echoed = screen.IndexOf("> " + line, Math.Min(before, screen.Length), StringComparison.Ordinal);
            return echoed >= 0 && screen.IndexOf(answer, echoed + 2 + line.Length, StringComparison.Ordinal) >= 0;
        }, $"'{answer}' after '{line}'");
        return WaitForPrompt();
    }

    /// <summary>The whole pane, scrollback included, with wrapped lines joined.</summary>
    public string Screen() => Tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "repl").TrimEnd();

    /// <summary>True once the REPL process has exited.</summary>
    public bool Exited => Tmux("display-message", "-p", "-t", "repl", "#{pane_dead}").Trim() == "1";

    /// <summary>Polls the screen until <paramref name="condition"/> holds; a hang fails with the screen in the message.</summary>
    public string WaitFor(Func<string, bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var screen = Screen();
            if (condition(screen)) return screen;
            if (clock.Elapsed > HangLimit) throw new TimeoutException($"waited {HangLimit.TotalSeconds} s for {what}; the screen:\n{screen}");
            Thread.Sleep(50);
        }
    }

    public void Dispose() => Tmux("kill-server");

    private string Tmux(params string[] args) => Run("tmux", ["-L", socket, .. args]);

    private static string Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static bool Probe()
    {
        try
        {
            Run("tmux", ["-V"]);
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A test that needs a terminal: skipped, with the reason, where tmux is not installed.</summary>
public sealed class TerminalFactAttribute : FactAttribute
{
    public TerminalFactAttribute()
    {
        if (!TerminalSession.Available) Skip = "tmux is not installed (apt-get install tmux); the interactive terminal tests need it";
    }
}
