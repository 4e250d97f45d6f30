namespace Symbolic.Parser.Tests.Hostile;

/// <summary>Numbers that would eat memory or divide by zero fail at once with a positioned error, at parse time.</summary>
public class HugeNumberTests
{
    [Theory]
    [InlineData("1e999999999", "the exponent of '1e999999999' is too large (limit 10000)", 1)]
    [InlineData("10^10^10", "exact result too large: 10^10000000000 has over 10000 bits", 1)]
    [InlineData("2^99999999", "exact result too large: 2^99999999 has over 10000 bits", 1)]
    [InlineData("x + 2^99999999", "exact result too large: 2^99999999 has over 10000 bits", 5)]
    [InlineData("1/0", "division by zero", 3)]
    [InlineData("0^-1", "division by zero", 1)]
    [InlineData("0^-2", "division by zero (0 to a negative power)", 1)]
    public void Parse_OfANumberBeyondTheLimits_ThrowsAtTheNumber(string text, string message, int column)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.ThrowsAny<SymbolicException>(() => Expressions.Parse(text));
        Assert.Equal(message, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
        // a hang detector, not a speed test: the refusal comes before any big-number work, which would take minutes
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"took {started.Elapsed}");
    }

    [Fact]
    public void Parse_OfAHugePowerOfAFraction_NamesTheFractionInParentheses()
    {
        // The message printed "3/7^123456789", which reads as 3/(7^123456789).
        var error = Assert.ThrowsAny<SymbolicException>(() => Expressions.Parse("(3/7)^123456789"));
        Assert.Equal("exact result too large: (3/7)^123456789 has over 10000 bits", error.Message);
    }
}
