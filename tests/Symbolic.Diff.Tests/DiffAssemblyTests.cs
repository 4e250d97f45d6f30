using Symbolic.Diff;

namespace Symbolic.Diff.Tests;

public class DiffAssemblyTests
{
    [Fact]
    public void DiffAssembly_References_TheParserAssembly()
    {
        var referenced = typeof(DiffAssembly).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.Contains("Symbolic.Parser", referenced);
    }
}
