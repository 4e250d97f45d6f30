namespace Symbolic.Repl.Output;

/// <summary>Shows command results: as JSON lines, plain text, or coloured on a terminal.</summary>
internal interface IResultWriter
{
    /// <summary>Shows one result.</summary>
    void Write(CommandResult result);
}

/// <summary>One JSON object per line on standard output.</summary>
internal sealed class JsonResultWriter(TextWriter output) : IResultWriter
{
    /// <inheritdoc />
    public void Write(CommandResult result)
    {
        output.WriteLine(JsonOutput.Format(result));
        output.Flush();
    }
}

/// <summary>
/// Plain text for scripts and one-shot use: results on standard output, errors with a caret on standard error, after
/// <c>line 3: </c> when the error is in a script.
/// </summary>
internal sealed class PlainResultWriter(TextWriter output, TextWriter errors) : IResultWriter
{
    /// <inheritdoc />
    public void Write(CommandResult result)
    {
        if (result.Ok) output.WriteLine(result.Text);
        else errors.WriteLine(result.ScriptLine ? $"line {result.Line}: error: {result.Display}" : $"error: {result.Display}");
        output.Flush();
    }
}
