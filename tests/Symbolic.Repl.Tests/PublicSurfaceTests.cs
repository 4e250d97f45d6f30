namespace Symbolic.Repl.Tests;

public class PublicSurfaceTests
{
    [Fact]
    public void Tool_ExportsNoTypes_ItIsACommandNotALibrary()
    {
        var exported = typeof(Session).Assembly.GetExportedTypes().Select(t => t.FullName);

        Assert.Empty(exported);
    }
}
