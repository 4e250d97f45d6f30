using System.Diagnostics;
using Xunit.Abstractions;

namespace Symbolic.Repl.Tests.Terminal;

public class CancellationTerminalTests(ITestOutputHelper output)
{
    // Runs for many minutes uncancelled: the eighth derivative of a deep composition grows past a million nodes.
    private const string LongCommand = "diff(sin(cos(tan(x^x))), x, 8)";

    [TerminalFact]
    public void CtrlC_CancelsALongCommand_AndTheNextCommandsSeeTheDefinitions()
    {
        using var terminal = new TerminalSession(SymdiffProcess.TempDirectory());
        terminal.Submit("let f(x) = x^3", "f(x) = x^3");
        terminal.Type(LongCommand);
        terminal.Press("Enter");
        terminal.WaitFor(screen => screen.Contains("computing…") && screen.Contains("(Ctrl-C cancels)"), "the spinner with the elapsed time");
        var clock = Stopwatch.StartNew();
        terminal.Press("C-c");
        terminal.WaitFor(screen => screen.Contains("\ncancelled"), "'cancelled'");
        output.WriteLine($"'cancelled' on the screen {clock.ElapsedMilliseconds} ms after Ctrl-C (screen polled every 50 ms)");
        Assert.False(terminal.Exited);
        terminal.Submit("f(2)", "\n8");
        terminal.Submit("diff(f, x)", "\n3*x^2");
    }
}
