using Symbolic.Syntax;
using Symbolic.Tests.Fuzz;

namespace Symbolic.Parser.Tests.Hostile;

/// <summary>
/// Random strings and random token sequences fed to <see cref="Expressions.Parse(string)"/> and
/// <see cref="SyntaxParser.ParseStatement"/>: the only outcomes allowed are a result or a
/// <see cref="SymbolicException"/> whose line and column lie inside the input.
/// </summary>
public class ParserFuzzTests
{
    private const int StringCount = 10_000;
    private const int TokenSequenceCount = 10_000;
    private const int StringSeed = 20261123;
    private const int TokenSeed = 7;

    public static TheoryData<string> Sources => new() { "strings", "tokens" };

    private static IEnumerable<string> Inputs(string source) => source == "strings"
        ? FuzzInput.Strings(StringSeed, StringCount)
        : FuzzInput.TokenSequences(TokenSeed, TokenSequenceCount);

    [Theory]
    [MemberData(nameof(Sources))]
    public void ExpressionsParse_OfRandomInput_GivesAnExpressionOrAPositionedSymbolicException(string source)
    {
        var outcomes = Inputs(source).Select(text => Outcome(text, () => Expressions.Parse(text))).ToList();
        Assert.Empty(outcomes.Where(o => o.Problem is not null).Select(o => o.Problem).Take(10));
        // The fuzz is only worth something when both outcomes occur often.
        Assert.InRange(outcomes.Count(o => o.Parsed), 100, outcomes.Count - 100);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void ParseStatement_OfRandomInput_GivesAStatementOrAPositionedSymbolicException(string source)
    {
        var outcomes = Inputs(source).Select(text => Outcome(text, () => SyntaxParser.ParseStatement(text))).ToList();
        Assert.Empty(outcomes.Where(o => o.Problem is not null).Select(o => o.Problem).Take(10));
        Assert.InRange(outcomes.Count(o => o.Parsed), 100, outcomes.Count - 100);
    }

    [Fact]
    public void Fuzz_IsDeterministic_TheSameSeedGivesTheSameInputs()
    {
        Assert.Equal(FuzzInput.Strings(StringSeed, 50), FuzzInput.Strings(StringSeed, 50));
        Assert.Equal(FuzzInput.TokenSequences(TokenSeed, 50), FuzzInput.TokenSequences(TokenSeed, 50));
    }

    private sealed record Result(bool Parsed, string? Problem);

    // Parsed, or failed with a well-placed SymbolicException; anything else is a problem, described for the report.
    private static Result Outcome(string text, Action parse)
    {
        try
        {
            parse();
            return new Result(true, null);
        }
        catch (SymbolicException e)
        {
            if (e.Line is not { } line || e.Column is not { } column)
                return new Result(false, $"{Quote(text)}: '{e.Message}' has no position");
            var lines = text.Split('\n');
            if (line < 1 || line > lines.Length)
                return new Result(false, $"{Quote(text)}: '{e.Message}' at line {line} of {lines.Length}");
            var length = lines[line - 1].Length;
            if (column < 1 || column > length + 1)
                return new Result(false, $"{Quote(text)}: '{e.Message}' at column {column} of a line of {length} characters");
            return new Result(false, null);
        }
        catch (Exception e)
        {
            return new Result(false, $"{Quote(text)}: {e.GetType().Name}: {e.Message}");
        }
    }

    private static string Quote(string text) =>
        "\"" + string.Concat(text.Select(c => char.IsControl(c) || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
