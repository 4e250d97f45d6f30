using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

/// <summary>An explicit variable list is checked before compiling: no name twice, every variable of f in it.</summary>
public class CompilerVariableListTests
{
    private static readonly Expr F = Expressions.Parse("x10*y + x2");

    [Fact]
    public void AVariableListedTwice_IsNamed() =>
        Assert.Equal("'y' appears twice in the variable list",
            Assert.Throws<SymbolicException>(() => Compiler.Value(F, ["y", "x2", "y", "x10", "x2"])).Message);

    [Fact]
    public void MissingVariables_NameTheFirstInNaturalOrder() =>
        Assert.Equal("variable 'x2' is not among the compiled variables (y)",
            Assert.Throws<SymbolicException>(() => Compiler.Value(F, ["y"])).Message);

    [Fact]
    public void AListInAnyOrder_IsTheArgumentOrder() =>
        Assert.Equal(2 * 3 + 5, Compiler.Value(F, ["y", "x10", "x2"])([3, 2, 5]));
}
