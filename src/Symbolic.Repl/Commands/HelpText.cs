using System.Text;

namespace Symbolic.Repl.Commands;

/// <summary>The text of <c>help</c>: syntax, commands and functions, each with an example, within 80 columns.</summary>
internal static class HelpText
{
    /// <summary>The width the help fits in, a classic terminal's.</summary>
    public const int Width = 80;

    /// <summary>Everything, as plain text.</summary>
    public static string Full()
    {
        var text = new StringBuilder();
        text.AppendLine("Syntax: numbers are exact (0.1 + 0.2 is 3/10); + - * / ^, 2x means 2*x; pi, e;");
        text.AppendLine("[a, b] is a vector. x², −, × and · are read as x^2, -, * and *.");
        foreach (var word in SessionWordsHelp.All) text.AppendLine($"  {word.Usage,-26} {word.Summary}");
        text.AppendLine("A function's parameters, and the variables a command names (diff(e, x),");
        text.AppendLine("grad(e, [x, y]), eval(e, x=1)), are variables inside it, whatever the session");
        text.AppendLine("defines under those names.");
        text.AppendLine();
        text.AppendLine("Commands:");
        foreach (var command in CommandTable.All)
        {
            foreach (var line in UsageLines(command.Usage, Width - 2)) text.AppendLine($"  {line}");
            foreach (var line in Wrap(command.Summary, Width - 6)) text.AppendLine($"      {line}");
            text.AppendLine($"      e.g. {command.Example}");
        }
        text.AppendLine();
        text.AppendLine("Functions:");
        var calls = FunctionTable.All.Select(f => (Call: Call(f), f.Summary)).ToArray();
        var width = calls.Max(c => c.Call.Length);
        foreach (var (call, summary) in calls)
        {
            var lines = Wrap(summary, Width - width - 4);
            text.AppendLine($"  {call.PadRight(width)}  {lines[0]}");
            foreach (var more in lines.Skip(1)) text.AppendLine($"  {new string(' ', width)}  {more}");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>How a function is called in help: <c>sin(x)</c>, <c>atan2(x1, x2)</c>, <c>max(...)</c>.</summary>
    internal static string Call(FunctionDef function)
    {
        var arity = function.IsVariadic ? "x1, x2, ..." : string.Join(", ", Enumerable.Range(1, function.Arity).Select(i => function.Arity == 1 ? "x" : $"x{i}"));
        return $"{function.Name}({arity})";
    }

    /// <summary>A usage too wide for <paramref name="width"/> columns, one form per line: <c>plot(e, x, a, b)</c>, <c>or plot(e, x, a, b, y, c, d)</c>.</summary>
    internal static IReadOnlyList<string> UsageLines(string usage, int width) =>
        usage.Length <= width ? [usage] : usage.Split(" or ").Select((form, i) => i == 0 ? form : "or " + form).ToArray();

    /// <summary>Splits <paramref name="text"/> at spaces into lines of at most <paramref name="width"/> characters.</summary>
    internal static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        lines.Add(line.ToString());
        return lines;
    }
}
