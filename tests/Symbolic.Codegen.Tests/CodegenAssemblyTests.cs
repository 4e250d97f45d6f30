using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

public class CodegenAssemblyTests
{
    [Fact]
    public void CodegenAssembly_References_ParserAndDiff()
    {
        var referenced = typeof(CodegenAssembly).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("Symbolic.Parser", referenced);
        Assert.Contains("Symbolic.Diff", referenced);
    }
}
