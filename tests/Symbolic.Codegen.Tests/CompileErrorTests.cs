using Symbolic.Testing;

namespace Symbolic.Codegen.Tests;

public class CompileErrorTests
{
    [Fact]
    public void EveryFactory_NamesItsSubject()
    {
        Assert.True(ErrorCatalogueWalk.Factories(typeof(CompileErrors)).Count >= 6);
        Assert.Empty(ErrorCatalogueWalk.Problems(typeof(CompileErrors)));
    }
}
