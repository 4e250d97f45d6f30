using RadLine;
using Spectre.Console;
using Symbolic.Repl.Modes.LineEditing;

namespace Symbolic.Repl.Tests.Terminal;

/// <summary>The readline keys on RadLine's buffer, each run as the editor runs it.</summary>
public class LineEditingTests
{
    private static (IAnsiConsole Console, StringWriter Output) Terminal(int width = 80)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = width;
        return (console, output);
    }

    private static LineBuffer Edit(string text, int cursor, LineEditorCommand command)
    {
        var buffer = new LineBuffer(text);
        buffer.Move(cursor);
        new LineEditorContext(buffer).Execute(command);
        return buffer;
    }

    [Fact]
    public void CtrlU_DeletesToTheStart()
    {
        var buffer = Edit("diff(x^2, x)", 5, new KillToStartCommand());
        Assert.Equal(("x^2, x)", 0), (buffer.Content, buffer.Position));
    }

    [Fact]
    public void CtrlK_DeletesToTheEnd()
    {
        var buffer = Edit("diff(x^2, x)", 5, new KillToEndCommand());
        Assert.Equal(("diff(", 5), (buffer.Content, buffer.Position));
    }

    [Theory]
    [InlineData("abc def ghi", 11, "abc def ", 8)]
    [InlineData("abc def   ", 10, "abc ", 4)]
    [InlineData("abc def", 5, "abc ef", 4)]
    [InlineData("", 0, "", 0)]
    public void CtrlW_DeletesTheWordBeforeTheCursor(string text, int cursor, string left, int position)
    {
        var buffer = Edit(text, cursor, new KillWordBackCommand());
        Assert.Equal((left, position), (buffer.Content, buffer.Position));
    }

    [Fact]
    public void CtrlR_FindsTheNewestMatchThenOlderOnes()
    {
        var history = new InputHistory(null);
        foreach (var line in new[] { "diff(x^2, x)", "grad(x*y)", "diff(sin(x), x)" }) history.Add(line);
        var buffer = new LineBuffer("diff");
        var context = new LineEditorContext(buffer);
        context.Execute(new HistorySearchCommand(history));
        Assert.Equal("diff(sin(x), x)", buffer.Content);
        context.Execute(new HistorySearchCommand(history));
        Assert.Equal("diff(x^2, x)", buffer.Content);
        context.Execute(new HistorySearchCommand(history));
        Assert.Equal("diff(x^2, x)", buffer.Content);
    }

    [Theory]
    [InlineData("hes", "hessian(")]
    [InlineData("2*at", "2*atan")]
    [InlineData("diff(sigm", "diff(sigmoid(")]
    [InlineData("1 + lo", "1 + log")]
    [InlineData("grad(al", "grad(alpha")]
    [InlineData("zz", "zz")]
    public void Tab_CompletesCommandsFunctionsAndDefinitions(string typed, string completed)
    {
        var session = new Session();
        session.Run("let alpha = 3");
        var buffer = Edit(typed, typed.Length, new CompleteCommand(new NameCompletion(session), Terminal().Console));
        Assert.Equal(completed, buffer.Content);
    }

    [Fact]
    public void Tab_CompletesTheVariablesOfTheLastResult()
    {
        var session = new Session();
        var names = new NameCompletion(session);
        names.Remember(session.Run("grad(weight*bias + x)"));
        var buffer = Edit("diff(f, we", 10, new CompleteCommand(names, Terminal().Console));
        Assert.Equal("diff(f, weight", buffer.Content);
    }

    [Fact]
    public void Tab_WithNothingToAdd_ListsTheChoices()
    {
        var (console, output) = Terminal(40);
        var buffer = Edit("co", 2, new CompleteCommand(new NameCompletion(new Session()), console));
        Assert.Equal("co", buffer.Content);
        Assert.Contains("compile  cos      cosh     cot", output.ToString());
    }
}
