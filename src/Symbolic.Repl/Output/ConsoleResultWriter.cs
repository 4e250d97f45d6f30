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
            console.MarkupLine($"[{colour}]{Markup.Escape(result.Text)}[/]");
        }
        else
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(result.Display)}");
        }
    }
}
