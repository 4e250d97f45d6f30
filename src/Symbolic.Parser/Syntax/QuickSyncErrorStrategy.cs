using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Symbolic.Grammar;

namespace Symbolic.Syntax;

/// <summary>
/// ANTLR's default error strategy with a quicker <see cref="Sync"/> for the case that is nearly every call: the next
/// token is one the grammar expects at this state. The default looks the state's expected set up and searches its
/// intervals; here each state's set is a bit mask made once for the grammar. Any other case (an unexpected token,
/// end of input, error recovery) goes to the default, so errors are found and reported exactly as before.
/// </summary>
/// <remarks>The parser syncs before every loop and optional part, several times per token of the input.</remarks>
internal sealed class QuickSyncErrorStrategy : DefaultErrorStrategy
{
    // Per ATN state, bit t set when token type t may come next; token types all fit in 64 bits.
    private static readonly ulong[] ExpectedMasks = BuildMasks(SymbolicParser._ATN);

    /// <summary>True when <paramref name="tokenType"/> is known to be expected at <paramref name="state"/> (false means: ask the default).</summary>
    internal static bool Expects(int state, int tokenType) => (uint)tokenType < 64 && (ExpectedMasks[state] & (1UL << tokenType)) != 0;

    public override void Sync(Parser recognizer)
    {
        if (Expects(recognizer.State, recognizer.InputStream.LA(1)) && !InErrorRecoveryMode(recognizer))
        {
            // What the default does when the token is expected.
            nextTokensContext = null;
            nextTokensState = ATNState.InvalidStateNumber;
            return;
        }
        base.Sync(recognizer);
    }

    private static ulong[] BuildMasks(ATN atn)
    {
        var masks = new ulong[atn.states.Count];
        for (var s = 0; s < masks.Length; s++)
        {
            if (atn.states[s] is not { } state) continue;
            foreach (var type in atn.NextTokens(state).ToIntegerList())
                if (type is >= 0 and < 64) masks[s] |= 1UL << type;
        }
        return masks;
    }
}
