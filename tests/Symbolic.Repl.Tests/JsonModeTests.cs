using System.Text.Json;

namespace Symbolic.Repl.Tests;

public class JsonModeTests
{
    private static readonly Lazy<ToolRun> Run = new(() => SymdiffProcess.Run(["--json"], Transcript.Script, SymdiffProcess.TempDirectory()));

    private static JsonElement[] Answers => Run.Value.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();

    [Fact]
    public void Json_PrintsOneObjectPerCommand_WithTheInputAndTheResult()
    {
        var answers = Answers;
        Assert.Equal(Transcript.Steps.Length, answers.Length);
        for (var i = 0; i < answers.Length; i++)
        {
            Assert.Equal(Transcript.Steps[i].Input, answers[i].GetProperty("input").GetString());
            Assert.True(answers[i].GetProperty("ok").GetBoolean(), answers[i].ToString());
            if (Transcript.Steps[i].Result is { } expected)
                Assert.Equal(expected.Replace("\n", Environment.NewLine), answers[i].GetProperty("result").GetString());
        }
        Assert.Equal(0, Run.Value.ExitCode);
    }

    [Fact]
    public void Json_KeysComeInTheContractOrder_OnOneLineWithSpaces()
    {
        var line = Run.Value.Lines.Single(l => l.Contains("\"input\": \"eval(grad(f), x=1, y=2)\""));
        Assert.Equal("{\"input\": \"eval(grad(f), x=1, y=2)\", \"ok\": true, \"result\": \"[0, -1]\", \"value\": [0, -1]}", line);
    }

    [Theory]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData("f(3, 4)", "-3")]
    [InlineData("hessian(f)", "[[2, -1], [-1, 0]]")]
    [InlineData("eval([[x, 1], [2, y]], x=1, y=2, z=5)", "[[1, 1], [2, 2]]")]
    [InlineData("diff(f, x)", "null")]
    [InlineData("latex(diff(f, x))", "null")]
    public void Value_IsNumericWhenTheResultIs_ElseNull(string input, string expectedValue)
    {
        var answer = Answers.Single(a => a.GetProperty("input").GetString() == input);
        Assert.Equal(expectedValue, answer.GetProperty("value").GetRawText());
    }

    [Fact]
    public void Descend_ValueIsTheEndPoint()
    {
        var value = Answers.Single(a => a.GetProperty("input").GetString()!.StartsWith("descend")).GetProperty("value");
        Assert.Equal(-3 * Math.Pow(0.8, 100), value[0].GetDouble(), 1e-15);
        Assert.Equal(4 * Math.Pow(0.8, 100), value[1].GetDouble(), 1e-15);
    }
}
