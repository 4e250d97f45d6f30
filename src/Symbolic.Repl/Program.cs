namespace Symbolic.Repl;

/// <summary>The <c>symdiff</c> entry point; for now it echoes its arguments, one a line.</summary>
public static class Program
{
    /// <summary>Prints each argument on its own line and returns 0.</summary>
    public static int Main(string[] args)
    {
        foreach (var arg in args) Console.WriteLine(arg);
        return 0;
    }
}
