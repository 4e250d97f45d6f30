using Spectre.Console;

namespace Symbolic.Repl.Output;

/// <summary>Coloured results for the interactive terminal: values in green, errors in red with a caret.</summary>
internal sealed class ConsoleResultWriter(IAnsiConsole console) : IResultWriter
{
    /// <inheritdoc />
    public void Write(CommandResult result)
    {
        if (result.Cancelled)
        {
            console.MarkupLine("[yellow]cancelled[/]");
        }
        else if (result.Ok)
        {
            var colour = result.Value is null ? "grey78" : "green";
            var over = result.Variables is { } variables ? $"[grey]over ({Markup.Escape(VariableListText.Of(variables))}):[/] " : "";
            if (MatrixText.Lines(result.Value) is { } rows)
            {
                // A matrix one row per line, columns aligned, under the variables it is ordered by.
                if (over.Length > 0) console.MarkupLine(over.TrimEnd());
                foreach (var row in rows) console.MarkupLine($"[{colour}]{Markup.Escape(row)}[/]");
                return;
            }
            console.MarkupLine($"{over}[{colour}]{Markup.Escape(result.Text)}[/]");
        }
        else
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(result.Display)}");
        }
    }
}
