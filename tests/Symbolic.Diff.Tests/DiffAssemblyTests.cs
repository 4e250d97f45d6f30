using Symbolic.Diff;

namespace Symbolic.Diff.Tests;

public class DiffAssemblyTests
{
    [Fact]
    public void DiffAssembly_LoadsUnderItsProjectName()
    {
        Assert.Equal("Symbolic.Diff", typeof(DiffAssembly).Assembly.GetName().Name);
        Assert.Equal("diff", DiffAssembly.StageName);
    }
}
