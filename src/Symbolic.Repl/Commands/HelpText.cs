using System.Text;

namespace Symbolic.Repl.Commands;

/// <summary>The text of <c>help</c>: syntax, commands and functions, each with an example.</summary>
internal static class HelpText
{
    /// <summary>Everything, as plain text.</summary>
    public static string Full()
    {
        var text = new StringBuilder();
        text.AppendLine("Syntax: numbers are exact (0.1 + 0.2 is 3/10); + - * / ^, 2x means 2*x; pi, e; [a, b] is a vector.");
        text.AppendLine("  let f(x, y) = x^2 - x*y    define a function; f(3, 4) calls it, diff(f, x) uses its body");
        text.AppendLine("  let a = 3                  define a value");
        text.AppendLine("  defs                       what this session defined");
        text.AppendLine("  unlet f a, clear f         remove definitions; clear alone removes all");
        text.AppendLine("  timeout 10s, timeout off   a time limit for each command");
        text.AppendLine("  quit                       leave (or Ctrl-D); Ctrl-C cancels the running command");
        text.AppendLine("A function's parameters, and the variables a command names (diff(e, x), grad(e, [x, y]), eval(e, x=1)),");
        text.AppendLine("are variables inside it, whatever the session defines under those names.");
        text.AppendLine();
        text.AppendLine("Commands:");
        var width = CommandTable.All.Max(c => c.Usage.Length);
        foreach (var command in CommandTable.All)
            text.AppendLine($"  {command.Usage.PadRight(width)}  {command.Summary}; e.g. {command.Example}");
        text.AppendLine();
        text.AppendLine("Functions:");
        foreach (var function in FunctionTable.All)
        {
            var arity = function.IsVariadic ? "..." : string.Join(", ", Enumerable.Range(1, function.Arity).Select(i => function.Arity == 1 ? "x" : $"x{i}"));
            text.AppendLine($"  {function.Name}({arity})  {function.Summary}");
        }
        return text.ToString().TrimEnd();
    }
}
