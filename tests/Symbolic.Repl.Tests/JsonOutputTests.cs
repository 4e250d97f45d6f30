using Symbolic.Repl.Output;
using Symbolic.Repl.Values;

namespace Symbolic.Repl.Tests;

public class JsonOutputTests
{
    [Fact]
    public void Failure_IsWrittenWithErrorLineAndColumn_AndControlCharactersEscaped()
    {
        var json = JsonOutput.Format(CommandResult.Failure("a\u0001, b", "bad, very", 1, 3, ""));
        Assert.Equal("{\"input\": \"a\\u0001, b\", \"ok\": false, \"error\": \"bad, very\", \"line\": 1, \"column\": 3}", json);
    }

    [Fact]
    public void NumberFormat_Significant_GivesFiveDigitsInScientificNotationWhenTiny()
    {
        Assert.Equal("[-6.1111e-10, 8.1481e-10]", NumberFormat.Significant([-6.11111e-10, 8.148148e-10]));
        Assert.Equal("0.25", NumberFormat.Significant(0.25));
    }

    [Theory]
    [InlineData(2.714, "2.71 ns")]
    [InlineData(300_740, "301 µs")]
    [InlineData(12_460_000, "12.5 ms")]
    [InlineData(1_040_000_000, "1.04 s")]
    [InlineData(999, "999 ns")]
    [InlineData(1000, "1 µs")]
    [InlineData(999.7, "1 µs")]
    [InlineData(999_600_000, "1 s")]
    public void NumberFormat_Duration_PicksTheUnitThatKeepsThreeDigits(double nanoseconds, string expected) =>
        Assert.Equal(expected, NumberFormat.Duration(nanoseconds));
}
