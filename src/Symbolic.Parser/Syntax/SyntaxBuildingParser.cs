using Antlr4.Runtime;

namespace Symbolic.Syntax;

/// <summary>
/// The depth-guarded parser, building syntax records while it parses instead of leaving a parse tree behind:
/// every consumed token and every finished rule goes to an <see cref="AstBuilder"/>, which reduces it on the spot.
/// </summary>
/// <remarks>
/// ANTLR's parse tree (a context with a list of children per rule, a terminal node per token) is several
/// megabytes for a large input and lives just long enough to be promoted by the garbage collector; without it
/// (<c>BuildParseTree = false</c>) the parse allocates little beyond the syntax records themselves.
/// ANTLR ends each rule in a <c>finally</c>, so rules also end while a syntax error unwinds the parse; once an
/// error has been raised nothing more is reduced, and the half-built state is simply dropped.
/// </remarks>
internal sealed class SyntaxBuildingParser : DepthGuardedParser
{
    private readonly AstBuilder _builder;
    private bool _failed;

    public SyntaxBuildingParser(CompactTokenStream tokens, SourceText source, int maxDepth, AstBuilder builder)
        : base(tokens, source, maxDepth)
    {
        _builder = builder;
        BuildParseTree = false;
    }

    /// <remarks>
    /// What <see cref="Parser.EnterRule"/> does without a parse tree or parse listeners (this parser has neither),
    /// less reading the rule's first token into the context's <c>Start</c>: nothing here reads it (the builder takes
    /// spans from its items, error messages from the offending token), and it cost a token lookup per rule.
    /// </remarks>
    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        State = state;
        Context = localctx;
        try
        {
            CountRuleEntered();
        }
        catch
        {
            _failed = true;   // nested too deep
            throw;
        }
        _builder.RuleEntered(ruleIndex);
    }

    /// <remarks>What <see cref="Parser.ExitRule"/> does without a parse tree or listeners, less setting the context's <c>Stop</c>.</remarks>
    public override void ExitRule()
    {
        var context = Context;
        State = context.invokingState;
        Context = (ParserRuleContext)context.Parent;
        CountRuleExited();
        if (!_failed) _builder.RuleExited(context.RuleIndex);
    }

    public override IToken Consume()
    {
        var token = base.Consume();
        if (!_failed) _builder.TokenConsumed(token.TokenIndex);
        return token;
    }

    public override void NotifyErrorListeners(IToken offendingToken, string msg, RecognitionException e)
    {
        _failed = true;
        base.NotifyErrorListeners(offendingToken, msg, e);
    }
}
