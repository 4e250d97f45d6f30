using Symbolic.Repl.Output;

namespace Symbolic.Repl.Tests;

/// <summary>Results name their variables without printing tens of thousands of names.</summary>
public class VariableListTextTests
{
    private static string[] Family(string stem, int from, int count) =>
        Enumerable.Range(from, count).Select(i => $"{stem}{i}").ToArray();

    [Fact]
    public void AShortList_IsShownWhole() =>
        Assert.Equal("b, w, x", VariableListText.Of(["b", "w", "x"]));

    [Fact]
    public void AnIndexedFamilyPastADozen_IsShortenedToItsEnds() =>
        Assert.Equal("x1, x2, …, x80000", VariableListText.Of(Family("x", 1, 80_000)));

    [Fact]
    public void ADozenNames_AreStillShownWhole() =>
        Assert.Equal(string.Join(", ", Family("w", 0, 12)), VariableListText.Of(Family("w", 0, 12)));

    [Fact]
    public void ALongListThatIsNotOneFamily_IsShownWhole()
    {
        var names = Family("x", 0, 20).Append("y").ToArray();
        Assert.Equal(string.Join(", ", names), VariableListText.Of(names));
    }
}
