using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Symbolic.Grammar;

namespace Symbolic.Syntax;

/// <summary>
/// ANTLR's default error strategy with a quicker <see cref="Sync"/> for the two cases that are nearly every call: the
/// next token is one the grammar expects at this state, or the state may end its rule (what comes next is then the
/// caller's to check). The default looks the state's expected set up and searches its intervals twice; here each
/// state's set is a bit mask made once for the grammar, and both cases do what the default does. Any other case (an
/// unexpected token, end of input, error recovery) goes to the default, so errors are found and reported exactly as
/// before.
/// </summary>
/// <remarks>The parser syncs before every loop and optional part, several times per token of the input.</remarks>
internal sealed class QuickSyncErrorStrategy : DefaultErrorStrategy
{
    // Per ATN state: bit t set when token type t may come next (token types all fit in 64 bits), and whether the
    // state may reach the end of its rule (the set holds ANTLR's epsilon).
    private static readonly (ulong Expected, bool MayEndRule)[] States = Build(SymbolicParser._ATN);

    /// <summary>True when <paramref name="tokenType"/> is known to be expected at <paramref name="state"/> (false means: ask the default).</summary>
    internal static bool Expects(int state, int tokenType) => (uint)tokenType < 64 && (States[state].Expected & (1UL << tokenType)) != 0;

    /// <summary>True when <paramref name="state"/> may reach the end of its rule.</summary>
    internal static bool MayEndRule(int state) => States[state].MayEndRule;

    public override void Sync(Parser recognizer)
    {
        var state = recognizer.State;
        var la = recognizer.InputStream.LA(1);
        if ((uint)la < 64 && !InErrorRecoveryMode(recognizer))
        {
            if (Expects(state, la))
            {
                nextTokensContext = null;
                nextTokensState = ATNState.InvalidStateNumber;
                return;
            }
            if (MayEndRule(state))
            {
                if (nextTokensContext == null)
                {
                    nextTokensContext = recognizer.Context;
                    nextTokensState = state;
                }
                return;
            }
        }
        base.Sync(recognizer);
    }

    private static (ulong, bool)[] Build(ATN atn)
    {
        var states = new (ulong, bool)[atn.states.Count];
        for (var s = 0; s < states.Length; s++)
        {
            if (atn.states[s] is not { } state) continue;
            var next = atn.NextTokens(state);
            var mask = 0UL;
            foreach (var type in next.ToIntegerList())
                if (type is >= 0 and < 64) mask |= 1UL << type;
            states[s] = (mask, next.Contains(TokenConstants.EPSILON));
        }
        return states;
    }
}
