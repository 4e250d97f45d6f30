using System.Text;

namespace Symbolic.Tests.Fuzz;

/// <summary>
/// Deterministic random input for fuzzing the parser and the REPL: strings of characters drawn from an alphabet
/// that mixes the language's own characters with unicode and control characters, and sequences of real tokens.
/// Shared (linked) by Symbolic.Parser.Tests and Symbolic.Repl.Tests.
/// </summary>
public static class FuzzInput
{
    /// <summary>Characters of random strings: digits, letters, operators, brackets, separators, spaces, a few odd ones.</summary>
    public const string Alphabet =
        "0123456789" + "xyzesinlogpqtamX_" + "+-*/^.!%&|<>?" + "()[]{}" + ",;=:'\"#" + "    " +
        "\u00e9\u03c0\u2212\u00b7\u221a\u2013\uFFFD\U0001F600" + "\u0000\u0001\t\r\n\u001b\u007f\u0085\u200b";

    /// <summary>Tokens of random token sequences.</summary>
    public static readonly string[] Tokens =
    [
        "x", "y", "x1", "2", "0", ".5", "1e3", "1e-3", "3.25", "sin", "cos", "exp", "log", "sqrt", "max", "pi", "e",
        "(", ")", "[", "]", "+", "-", "*", "/", "^", "**", ",", "=", "let", "diff", "grad", "eval",
    ];

    /// <summary><paramref name="count"/> random strings of 0 to <paramref name="maxLength"/> characters from <see cref="Alphabet"/>.</summary>
    public static IEnumerable<string> Strings(int seed, int count, int maxLength = 40)
    {
        var random = new Random(seed);
        var letters = Alphabet.EnumerateRunes().Select(r => r.ToString()).ToArray();
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(maxLength + 1);
            for (var j = 0; j < length; j++) text.Append(letters[random.Next(letters.Length)]);
            yield return text.ToString();
        }
    }

    /// <summary><paramref name="count"/> random sequences of 1 to <paramref name="maxTokens"/> tokens, joined by a space or nothing.</summary>
    public static IEnumerable<string> TokenSequences(int seed, int count, int maxTokens = 16)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var length = 1 + random.Next(maxTokens);
            for (var j = 0; j < length; j++)
            {
                if (j > 0 && random.Next(3) == 0) text.Append(' ');
                text.Append(Tokens[random.Next(Tokens.Length)]);
            }
            yield return text.ToString();
        }
    }
}
