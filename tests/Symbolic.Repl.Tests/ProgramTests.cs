using Symbolic.Repl;

namespace Symbolic.Repl.Tests;

public class ProgramTests
{
    [Fact]
    public void Main_WithArguments_EchoesEachOnItsOwnLineAndReturnsZero()
    {
        var original = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, Program.Main(["diff(x^2, x)", "grad(f)"]));
        }
        finally
        {
            Console.SetOut(original);
        }
        Assert.Equal($"diff(x^2, x){Environment.NewLine}grad(f){Environment.NewLine}", output.ToString());
    }
}
