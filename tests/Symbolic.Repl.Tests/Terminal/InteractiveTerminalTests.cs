using System.Xml.Linq;

namespace Symbolic.Repl.Tests.Terminal;

public class InteractiveTerminalTests
{
    [TerminalFact]
    public void CtrlC_OnAHalfTypedLine_ClearsIt_AndTheSessionGoesOn()
    {
        using var terminal = new TerminalSession(SymdiffProcess.TempDirectory());
        terminal.Submit("let a = 3", "a = 3");
        terminal.Type("grad(x^2");
        terminal.WaitFor(screen => screen.EndsWith("grad(x^2"), "the half-typed line");
        terminal.Press("C-c");
        // Ctrl-C arrives as a signal, beside the keys: keys sent before the new prompt shows could still reach the
        // abandoned line, as they would for someone typing within milliseconds of pressing it.
        terminal.WaitForPrompt();
        var screen = terminal.Submit("a + 1", "\n4");
        Assert.DoesNotContain("error", screen);
        Assert.False(terminal.Exited);
    }

    [TerminalFact]
    public void CtrlD_LeavesOnAnEmptyLine_Only()
    {
        using var terminal = new TerminalSession(SymdiffProcess.TempDirectory());
        terminal.Type("x + x");
        terminal.Press("C-d");
        terminal.Press("Enter");
        terminal.WaitFor(screen => screen.Contains("\n2*x"), "the line Ctrl-D did not end");
        terminal.Press("C-d");
        terminal.WaitFor(screen => screen.Contains("\nbye") && terminal.Exited, "the REPL to leave");
    }

    [TerminalFact]
    public void ALineWiderThanTheTerminal_IsShownWholeOnceSubmitted()
    {
        using var terminal = new TerminalSession(SymdiffProcess.TempDirectory());
        // About 300 characters on a 200-column terminal; Submit finds it only if the terminal wrapped it (no hard breaks).
        var line = string.Join(" + ", Enumerable.Range(1, 40).Select(i => $"{i}*x"));
        terminal.Submit(line, "\n820*x");
    }

    [TerminalFact]
    public void ALineTypedWhileACommandRuns_KeepsItsEnter()
    {
        using var terminal = new TerminalSession(SymdiffProcess.TempDirectory());
        // Three million steps take a few seconds, time enough to type the next line before the prompt is back.
        terminal.Type("descend(x^2 + y^2, [3, 4], lr=0.001, steps=3000000)");
        terminal.Press("Enter");
        terminal.Type("2 + 3");
        terminal.Press("Enter");
        terminal.WaitFor(screen => string.Join("\n", screen.Split('\n').Select(l => l.TrimEnd())).Contains("> 2 + 3\n5\n"), "the line typed ahead to run");
    }

    [TerminalFact]
    public void Scoping_ParametersAndNamedVariables_WinOverSessionValues()
    {
        using var terminal = new TerminalSession(SymdiffProcess.TempDirectory());
        terminal.Submit("let a = 3", "a = 3");
        terminal.Submit("let f(a) = a^2", "f(a) = a^2");
        terminal.Submit("f(5)", "\n25");
        terminal.Submit("diff(f, a)", "\n2*a");
        terminal.Submit("let x = 2", "x = 2");
        terminal.Submit("jacobian([x*y*z, x + y, sin(z)], [x, y, z])", "over (x, y, z):\n[[y*z, x*z,    x*y],\n [  1,   1,      0],\n [  0,   0, cos(z)]]");
        terminal.Submit("unlet a", "removed a");
        terminal.Submit("a + 1", "\na + 1");
    }

    [TerminalFact]
    public void DescentPath_IsNotDrawnOnAnUnrelatedPlot()
    {
        using var terminal = new TerminalSession(SymdiffProcess.TempDirectory());
        terminal.Submit("descend((1 - x)^2 + 100*(y - x^2)^2, [-1, 1], lr=0.001, steps=500)", "after 500 steps");
        var screen = terminal.Submit("plot(1/(x^2 + y^2), x, -2, 2, y, -2, 2, out=other)", "other.svg");
        Assert.EndsWith("contours of f and −∇f arrows", screen.Split('\n').Last(l => l.Contains("other.svg")).TrimEnd());
        var svg = XDocument.Load(Path.Combine(terminal.WorkingDirectory, "other.svg"));
        Assert.DoesNotContain(svg.Descendants(), e => (string?)e.Attribute("class") == "descent-path");
        Assert.DoesNotContain("descent path", svg.ToString());
    }
}
