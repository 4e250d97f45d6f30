using System.Text;
using System.Text.Json;

namespace Symbolic.Repl.Tests.Hostile;

/// <summary>
/// Hostile lines fed to <c>symdiff</c> in script mode, with and without <c>--json</c>: each answers with a clear
/// error or a documented result, never a stack trace, within the process time limit, and the session goes on
/// (every hostile line is followed by <c>diff(x^2, x)</c>, which must still answer <c>2*x</c>).
/// </summary>
public class HostileInputTests
{
    private const string Probe = "diff(x^2, x)";

    private static readonly string TenMegabyteLine = string.Concat(Enumerable.Repeat("x+", 5_000_000)) + "1";
    private static readonly string MillionParentheses = new string('(', 1_000_000) + "x" + new string(')', 1_000_000);
    private static readonly string DeepNumericVector = new string('[', 5_000) + "1" + new string(']', 5_000);

    /// <summary>Input, whether it succeeds, and the result text (success) or a fragment of the error message (failure).</summary>
    public static readonly (string Input, bool Ok, string Expected)[] Cases =
    [
        (TenMegabyteLine, false, "the input is too long: 10,000,001 characters, more than the limit of 4,000,000"),
        (MillionParentheses, false, "nested deeper than 10000 levels"),
        ("+-*/^**", false, "missing operand"),
        ("1+\u0001\u0002\u001b[31m2\u007f", false, "unexpected control character U+0001"),
        ("x\u0000+1", false, "unexpected control character U+0000"),
        ("let", false, "expected a name after 'let'"),
        ("1e999999999", false, "the exponent of '1e999999999' is too large"),
        ("10^10^10", false, "exact result too large"),
        ("2^99999999", false, "exact result too large"),
        ("(3/7)^123456789", false, "exact result too large"),
        ("1/0", false, "division by zero"),
        ("0^0", true, "1"),
        ("0^-1", false, "division by zero"),
        ("log(0)", true, "log(0)"),
        ("sqrt(-1)", true, "sqrt(-1)"),
        ("eval(log(x), x=0)", true, "-inf"),
        ("eval(sqrt(x), x=-1)", true, "nan"),
        ("eval(1/x, x=0)", true, "inf"),
        ("eval([log(x), 1], x=0)", true, "[-inf, 1]"),
        ("diff(x^(10^9), x)", true, "1000000000*x^999999999"),
        ("diff(sin(x)*x^3, x, 1000)", true, "sin(x)*(x^3 - 2997000*x) + cos(x)*(997002000 - 3000*x^2)"),
        (DeepNumericVector, true, DeepNumericVector),
    ];

    // Every case followed by the probe; an empty line (skipped, no answer) at the start.
    private static IEnumerable<string> ScriptLines => Cases.SelectMany(c => new[] { c.Input, Probe }).Prepend("");

    private static readonly Lazy<ToolRun> JsonRun = new(() => RawInput.Script(ScriptLines, json: true));
    private static readonly Lazy<ToolRun> PlainRun = new(() => RawInput.Script(ScriptLines, json: false));

    [Fact]
    public void JsonMode_AnswersEveryHostileLine_AndTheSessionGoesOnAfterEach()
    {
        var answers = RawInput.Answers(JsonRun.Value);
        Assert.Equal(2 * Cases.Length, answers.Length);
        for (var i = 0; i < Cases.Length; i++)
        {
            var (input, ok, expected) = Cases[i];
            var answer = answers[2 * i];
            var label = input.Length > 40 ? input[..40] + "…" : input;
            Assert.True(input == answer.GetProperty("input").GetString(), $"input echoed for {label}");
            Assert.True(ok == answer.GetProperty("ok").GetBoolean(), $"{label}: {Shorten(answer.ToString())}");
            if (ok) Assert.Equal(expected, answer.GetProperty("result").GetString());
            else
            {
                Assert.Contains(expected, answer.GetProperty("error").GetString());
                Assert.True(answer.GetProperty("line").GetInt32() >= 1);
                Assert.InRange(answer.GetProperty("column").GetInt32(), 1, input.Length + 1);
            }
            var probe = answers[2 * i + 1];
            Assert.Equal(Probe, probe.GetProperty("input").GetString());
            Assert.Equal("2*x", probe.GetProperty("result").GetString());
        }
    }

    [Fact]
    public void JsonMode_ExitsWithOneBecauseCommandsFailed_WithoutAStackTrace()
    {
        Assert.Equal(1, JsonRun.Value.ExitCode);
        Assert.Equal("", JsonRun.Value.StandardError);
        RawInput.AssertNoStackTrace(JsonRun.Value.StandardOutput);
    }

    [Theory]
    [InlineData("log(0)")]
    [InlineData("sqrt(-1)")]
    [InlineData("eval(log(x), x=0)")]
    [InlineData("eval(sqrt(x), x=-1)")]
    [InlineData("eval(1/x, x=0)")]
    [InlineData("eval([log(x), 1], x=0)")]
    public void JsonMode_NonFiniteValues_AreNull_SinceJsonHasNoNaNOrInfinity(string input)
    {
        var answer = RawInput.Answers(JsonRun.Value).First(a => a.GetProperty("input").GetString() == input);
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("value").ValueKind);
    }

    [Fact]
    public void JsonMode_ZeroToTheZero_IsOne_AsANumber()
    {
        var answer = RawInput.Answers(JsonRun.Value).First(a => a.GetProperty("input").GetString() == "0^0");
        Assert.Equal(1, answer.GetProperty("value").GetDouble());
    }

    [Fact]
    public void JsonMode_AVectorNestedFiveThousandDeep_IsWrittenAsANestedJsonArray()
    {
        // Utf8JsonWriter stops at 1,000 levels by default; this used to end the process with an unhandled exception.
        var value = RawInput.Answers(JsonRun.Value).First(a => a.GetProperty("input").GetString() == DeepNumericVector).GetProperty("value");
        var depth = 0;
        while (value.ValueKind == JsonValueKind.Array) { value = value[0]; depth++; }
        Assert.Equal(5_000, depth);
        Assert.Equal(1, value.GetDouble());
    }

    [Fact]
    public void PlainMode_PrintsResultsOnStdout_AndErrorsOnStderr_SessionGoingOn()
    {
        var run = PlainRun.Value;
        Assert.Equal(1, run.ExitCode);
        RawInput.AssertNoStackTrace(run.StandardOutput + run.StandardError);
        var expectedOut = Cases.SelectMany(c => c.Ok ? new[] { c.Expected, "2*x" } : ["2*x"]).ToArray();
        Assert.Equal(expectedOut, run.Lines);
        foreach (var (_, ok, expected) in Cases.Where(c => !c.Ok))
            Assert.Contains(expected, run.StandardError);
    }

    [Fact]
    public void PlainMode_ErrorsInHugeLines_ShowAWindowAroundTheColumn_NotTheWholeLine()
    {
        var errors = PlainRun.Value.StandardError;
        Assert.True(errors.Length < 20_000, $"{errors.Length:N0} characters of errors for {Cases.Length} cases");
        var lines = errors.Split('\n');
        var tooDeep = Array.FindIndex(lines, l => l.Contains("nested deeper than"));
        // The depth limit is met at column 10,001: the window is centred there, cut on both sides.
        Assert.Equal("  …" + new string('(', ErrorExcerptWindow) + "…", lines[tooDeep + 1]);
        Assert.Equal("  " + new string(' ', 1 + ErrorExcerptWindow / 2) + "^", lines[tooDeep + 2]);
        var tooLong = Array.FindIndex(lines, l => l.Contains("the input is too long"));
        Assert.True(lines[tooLong + 1].Length <= ErrorExcerptWindow + 4, $"{lines[tooLong + 1].Length:N0} characters echoed");
    }

    [Fact]
    public void PlainMode_ControlCharactersInTheEchoedLine_AreShownAsQuestionMarks()
    {
        // An ESC written raw would let input recolour or move the user's terminal.
        var errors = PlainRun.Value.StandardError;
        Assert.DoesNotContain('\u001b', errors);
        Assert.Contains("  1+???[31m2?\n    ^", errors.Replace("\r", ""));
    }

    [Fact]
    public void InvalidUtf8Bytes_AreReportedAsUnexpectedCharacters_AndTheSessionGoesOn()
    {
        // Lone continuation byte, bytes never valid in UTF-8, a truncated sequence, an encoded surrogate, an overlong '/'.
        byte[][] lines =
        [
            [.. "diff("u8, 0xFF, 0xFE, .. "x^2, x)"u8],
            [0x80],
            [0xC3],
            [0xED, 0xA0, 0x80],
            [0xC0, 0xAF],
            [.. "diff(x^2, x)"u8],
        ];
        var stdin = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
        var run = RawInput.Run(["--json"], stdin);
        var answers = RawInput.Answers(run);

        Assert.Equal(lines.Length, answers.Length);
        foreach (var answer in answers[..^1])
        {
            Assert.False(answer.GetProperty("ok").GetBoolean());
            Assert.Equal("unexpected character '\uFFFD'", answer.GetProperty("error").GetString());
        }
        Assert.Equal(6, answers[0].GetProperty("column").GetInt32());
        Assert.Equal("2*x", answers[^1].GetProperty("result").GetString());
        Assert.Equal(1, run.ExitCode);
        RawInput.AssertNoStackTrace(run.StandardOutput + run.StandardError);
    }

    [Fact]
    public void OneShotMode_WithOnlyGoodCommands_ExitsWithZero_AndWithAHostileOne_ExitsWithOne()
    {
        Assert.Equal(0, SymdiffProcess.Run(["-e", "diff(x^2, x)"]).ExitCode);
        var failed = SymdiffProcess.Run(["--json", "-e", "2^99999999", "-e", "diff(x^2, x)"]);
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(2, failed.Lines.Length);
        Assert.Contains("\"result\": \"2*x\"", failed.Lines[1]);
    }

    private const int ErrorExcerptWindow = SymbolicException.MaxExcerptWidth;

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
