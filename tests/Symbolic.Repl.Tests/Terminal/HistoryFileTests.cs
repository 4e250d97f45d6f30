using Symbolic.Repl.Modes.LineEditing;

namespace Symbolic.Repl.Tests.Terminal;

public class HistoryFileTests
{
    [Fact]
    public void History_SurvivesARestart_WithoutRepeats()
    {
        var path = Path.Combine(SymdiffProcess.TempDirectory(), "symdiff", "history");
        var first = new InputHistory(path);
        first.Add("diff(x^2, x)");
        first.Add("diff(x^2, x)");
        first.Add("grad(x*y)\n");
        Assert.Equal(["diff(x^2, x)", "grad(x*y)"], new InputHistory(path).Lines);
        Assert.Equal(["diff(x^2, x)", "grad(x*y)"], File.ReadAllLines(path));
    }

    [Fact]
    public void History_KeepsOnlyTheNewestLines()
    {
        var path = Path.Combine(SymdiffProcess.TempDirectory(), "history");
        var history = new InputHistory(path);
        for (var i = 0; i < InputHistory.Capacity + 25; i++) history.Add($"{i} + 1");
        var kept = File.ReadAllLines(path);
        Assert.Equal(InputHistory.Capacity, kept.Length);
        Assert.Equal("25 + 1", kept[0]);
        Assert.Equal($"{InputHistory.Capacity + 24} + 1", kept[^1]);
    }

    [Fact]
    public void History_InAFolderThatCannotBeCreated_StaysInMemory()
    {
        var file = Path.Combine(SymdiffProcess.TempDirectory(), "a-file");
        File.WriteAllText(file, "");
        var history = new InputHistory(Path.Combine(file, "symdiff", "history"));
        history.Add("1 + 1");
        Assert.Equal(["1 + 1"], history.Lines);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("-e")]
    [InlineData(null)]
    public void ScriptsAndJson_NeverWriteHistory(string? mode)
    {
        var state = SymdiffProcess.TempDirectory();
        var environment = new Dictionary<string, string> { ["XDG_STATE_HOME"] = state };
        var run = mode == "-e"
            ? SymdiffProcess.Run(["-e", "1 + 1"], environment: environment)
            : SymdiffProcess.Run(mode is null ? [] : [mode], "1 + 1\n", environment: environment);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(state));
    }
}
