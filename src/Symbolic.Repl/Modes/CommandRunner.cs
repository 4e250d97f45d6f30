using System.Diagnostics;
using Spectre.Console;

namespace Symbolic.Repl.Modes;

/// <summary>
/// Ctrl-C in the terminal REPL. The terminal turns Ctrl-C into a signal, so it arrives here, not as a key: while a
/// command runs it cancels that command (the session and its definitions stay), and at the prompt it abandons the
/// half-typed line. A command that runs longer than half a second shows a spinner with the elapsed time.
/// </summary>
internal sealed class CommandRunner : IDisposable
{
    private static readonly TimeSpan SpinnerAfter = TimeSpan.FromMilliseconds(500);
    private readonly IAnsiConsole console;
    private CancellationTokenSource? current;

    public CommandRunner(IAnsiConsole console)
    {
        this.console = console;
        Console.CancelKeyPress += OnCancelKey;
    }

    /// <summary>Reads a line with <paramref name="read"/>; Interrupted is true when Ctrl-C abandoned it.</summary>
    public async Task<(string? Line, bool Interrupted)> Read(Func<CancellationToken, Task<string?>> read)
    {
        using var reading = new CancellationTokenSource();
        Volatile.Write(ref current, reading);
        try
        {
            var line = await read(reading.Token);
            return (line, reading.IsCancellationRequested);
        }
        catch (OperationCanceledException) when (reading.IsCancellationRequested)
        {
            return (null, true);
        }
        finally
        {
            Volatile.Write(ref current, null);
        }
    }

    /// <summary>Runs <paramref name="line"/> in <paramref name="session"/> on a worker thread until it finishes or Ctrl-C cancels it.</summary>
    public CommandResult Run(Session session, string line)
    {
        using var running = new CancellationTokenSource();
        Volatile.Write(ref current, running);
        try
        {
            var clock = Stopwatch.StartNew();
            var work = Task.Run(() => session.Run(line, running.Token));
            if (!work.Wait(SpinnerAfter) && console.Profile.Capabilities.Interactive)
            {
                console.Status().Spinner(Spinner.Known.Dots).Start(Progress(clock, running), status =>
                {
                    while (!work.Wait(TimeSpan.FromMilliseconds(100))) status.Status(Progress(clock, running));
                });
            }
            return work.GetAwaiter().GetResult();
        }
        finally
        {
            Volatile.Write(ref current, null);
        }
    }

    public void Dispose() => Console.CancelKeyPress -= OnCancelKey;

    private static string Progress(Stopwatch clock, CancellationTokenSource running) =>
        running.IsCancellationRequested
            ? $"[yellow]cancelling…[/] {clock.Elapsed.TotalSeconds:0.0} s"
            : $"computing… {clock.Elapsed.TotalSeconds:0.0} s [grey](Ctrl-C cancels)[/]";

    private void OnCancelKey(object? sender, ConsoleCancelEventArgs e)
    {
        // The process stays; only what is running now stops.
        e.Cancel = true;
        Volatile.Read(ref current)?.Cancel();
    }
}
