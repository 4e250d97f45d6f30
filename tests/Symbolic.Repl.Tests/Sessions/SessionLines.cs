namespace Symbolic.Repl.Tests.Sessions;

/// <summary>Runs lines in one in-process session and gives each line's printed result, or "error: message".</summary>
internal static class SessionLines
{
    public static string[] Run(params string[] lines) => Run(new Session(SymdiffProcess.TempDirectory()), lines);

    public static string[] Run(Session session, params string[] lines) =>
        lines.Select(line => session.Run(line) is var result && result.Ok ? result.Text : $"error: {result.Text}").ToArray();
}
