using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

public class CodegenAssemblyTests
{
    [Fact]
    public void CodegenAssembly_LoadsUnderItsProjectName()
    {
        Assert.Equal("Symbolic.Codegen", typeof(CodegenAssembly).Assembly.GetName().Name);
        Assert.Equal("codegen", CodegenAssembly.StageName);
    }
}
