using System.CommandLine;
using System.Text;
using Symbolic.Repl.Modes;
using Symbolic.Repl.Output;

namespace Symbolic.Repl;

/// <summary>
/// The <c>symdiff</c> entry point. Interactive on a terminal, a script when standard input is redirected,
/// one-shot with <c>-e</c> or plain arguments; <c>--json</c> prints one JSON object per command.
/// </summary>
internal static class Program
{
    /// <summary>
    /// Parses the arguments and runs the chosen mode; the exit code is 1 when a command failed and 2 when the
    /// arguments are wrong (an unknown option, a bad <c>--timeout</c>).
    /// </summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        var commandLine = new Modes.CommandLine(args);
        try
        {
            var parse = commandLine.Root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                if (parse.Action is System.CommandLine.Invocation.ParseErrorAction errors) errors.ShowHelp = false;
                parse.Invoke(new InvocationConfiguration { Output = Console.Error, Error = Console.Error });
                Console.Error.WriteLine("symdiff --help lists the options; write -- before commands that start with '-'.");
                return 2;
            }
            commandLine.Root.SetAction(_ => Run(commandLine.Commands(parse), commandLine.Json(parse), commandLine.TimeLimit(parse)));
            return parse.Invoke();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e.Message}");
            return 2;
        }
    }

    private static int Run(string[] commands, bool json, TimeSpan? timeLimit)
    {
        var session = new Session { TimeLimit = timeLimit };
        IResultWriter writer = json ? new JsonResultWriter(Console.Out) : new PlainResultWriter(Console.Out, Console.Error);
        if (commands.Length > 0) return ScriptRunner.Run(session, ScriptRunner.OneShot(commands), writer);
        if (Console.IsInputRedirected || json) return ScriptRunner.Run(session, ScriptRunner.Commands(Console.In), writer);
        return InteractiveLoop.Run(session).GetAwaiter().GetResult();
    }
}
