using System.Text.Json;
using Symbolic.Tests.Fuzz;

namespace Symbolic.Repl.Tests.Hostile;

/// <summary>
/// Random strings and token sequences run through <c>symdiff --json</c> as one script, in one process: every line
/// answers with one JSON object, <c>ok</c> true with a result or false with an error message and a position.
/// </summary>
public class ReplFuzzTests
{
    private const int StringCount = 1_000;
    private const int TokenSequenceCount = 1_000;
    private const int StringSeed = 424242;
    private const int TokenSeed = 99;

    // Line breaks would split an input into two lines, and a line ending in '\' continues on the next; the REPL's own
    // skips (blank, '#' comments, quit) get no answer.
    private static readonly string[] Inputs =
        FuzzInput.Strings(StringSeed, StringCount).Concat(FuzzInput.TokenSequences(TokenSeed, TokenSequenceCount))
            .Select(l => l.Replace('\n', ' ').Replace('\r', ' '))
            .Where(l => l.Trim() is { Length: > 0 } t && !t.StartsWith('#') && !t.EndsWith('\\') && t is not ("quit" or "exit"))
            .ToArray();

    private static readonly Lazy<ToolRun> Run = new(() => RawInput.Script([.. Inputs, "diff(x^2, x)"], json: true));

    [Fact]
    public void ScriptMode_AnswersEveryRandomLine_WithOneJsonObject_OkOrAPositionedError()
    {
        var run = Run.Value;
        RawInput.AssertNoStackTrace(run.StandardOutput + run.StandardError);
        Assert.Equal("", run.StandardError);
        var answers = RawInput.Answers(run);
        Assert.Equal(Inputs.Length + 1, answers.Length);
        for (var i = 0; i < Inputs.Length; i++)
        {
            var answer = answers[i];
            Assert.Equal(Inputs[i], answer.GetProperty("input").GetString());
            if (answer.GetProperty("ok").GetBoolean())
            {
                Assert.Equal(JsonValueKind.String, answer.GetProperty("result").ValueKind);
                continue;
            }
            var error = answer.GetProperty("error").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(error), Inputs[i]);
            Assert.DoesNotContain("internal error", error);
            Assert.Equal(i + 1, answer.GetProperty("line").GetInt32());
            Assert.InRange(answer.GetProperty("column").GetInt32(), 1, Inputs[i].Length + 1);
        }
        Assert.Equal("2*x", answers[^1].GetProperty("result").GetString());
    }

    [Fact]
    public void ScriptMode_WithRandomLines_BothSucceedsAndFails_AndExitsWithOne()
    {
        var answers = RawInput.Answers(Run.Value);
        Assert.InRange(answers.Count(a => a.GetProperty("ok").GetBoolean()), 50, answers.Length - 50);
        Assert.Equal(1, Run.Value.ExitCode);
    }
}
