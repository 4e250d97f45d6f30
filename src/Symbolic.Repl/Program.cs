using System.CommandLine;
using System.Text;
using Symbolic.Repl.Modes;
using Symbolic.Repl.Output;

namespace Symbolic.Repl;

/// <summary>
/// The <c>symdiff</c> entry point. Interactive on a terminal, a script when standard input is redirected,
/// one-shot with <c>-e</c> or plain arguments; <c>--json</c> prints one JSON object per command.
/// </summary>
public static class Program
{
    /// <summary>Parses the arguments and runs the chosen mode; the exit code is 1 when a command failed.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        var eval = new Option<string[]>("--eval", "-e") { Description = "run this command and exit (repeatable)", AllowMultipleArgumentsPerToken = false };
        var json = new Option<bool>("--json") { Description = "print one JSON object per command" };
        var commands = new Argument<string[]>("commands") { Description = "commands to run, like -e", Arity = ArgumentArity.ZeroOrMore };
        var root = new RootCommand("symdiff: symbolic differentiation, gradients, plots and compiled code") { eval, json, commands };
        root.SetAction(parse => Run(
            [.. parse.GetValue(eval) ?? [], .. parse.GetValue(commands) ?? []],
            parse.GetValue(json)));
        try
        {
            return root.Parse(args).Invoke();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e.Message}");
            return 2;
        }
    }

    private static int Run(string[] commands, bool json)
    {
        var session = new Session();
        IResultWriter writer = json ? new JsonResultWriter(Console.Out) : new PlainResultWriter(Console.Out, Console.Error);
        if (commands.Length > 0) return ScriptRunner.Run(session, commands, writer);
        if (Console.IsInputRedirected || json) return ScriptRunner.Run(session, ScriptRunner.Lines(Console.In), writer);
        return InteractiveLoop.Run(session).GetAwaiter().GetResult();
    }
}
