namespace Symbolic.Parser.Tests;

public class DeepStackTests
{
    private static int Recurse(int n) => n == 0 ? 0 : 1 + Recurse(n - 1);

    [Fact]
    public void Run_SmallHint_RunsOnTheCallingThread()
    {
        var caller = Environment.CurrentManagedThreadId;
        Assert.Equal(caller, DeepStack.Run(() => Environment.CurrentManagedThreadId, depthHint: 1));
    }

    [Fact]
    public void Run_LargeHint_SurvivesDeepRecursion()
    {
        Assert.Equal(200_000, DeepStack.Run(() => Recurse(200_000), depthHint: 10_000));
    }

    [Fact]
    public void Run_FailingWork_RethrowsTheSameExceptionType()
    {
        var error = Assert.Throws<ParseException>(() => DeepStack.Run<int>(
            () => throw new ParseException("boom", new Syntax.TextSpan(0, 1, 1, 1), "x"), depthHint: 5_000));
        Assert.Equal("boom", error.Message);
    }

    [Theory]
    [InlineData(0, DeepStack.MinStackBytes)]
    [InlineData(1_000, 64 * 1024 * 1_000)]
    [InlineData(1_000_000, DeepStack.MaxStackBytes)]
    public void StackSizeFor_Hint_IsClamped(int hint, int expected)
    {
        Assert.Equal(expected, DeepStack.StackSizeFor(hint));
    }
}
