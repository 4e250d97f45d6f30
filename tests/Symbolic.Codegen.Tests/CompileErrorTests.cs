using Symbolic.Testing;

namespace Symbolic.Codegen.Tests;

public class CompileErrorTests
{
    [Fact]
    public void EveryFactory_NamesItsSubject() => ErrorCatalogueWalk.Check(typeof(CompileErrors), atLeast: 5);
}
