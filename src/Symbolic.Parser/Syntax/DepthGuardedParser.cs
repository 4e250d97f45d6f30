using Antlr4.Runtime;
using Symbolic.Grammar;

namespace Symbolic.Syntax;

/// <summary>
/// The generated parser, counting open grammar rules. The token scan already refuses input nested deeper than
/// the limit; this guard makes sure that an unforeseen way of nesting still ends in a clear error rather
/// than a stack overflow.
/// </summary>
/// <remarks>
/// Counting in the parser's own rule entry and exit, rather than with a parse listener, costs nothing per
/// rule: ANTLR notifies listeners through an interface-typed list, whose enumerator is allocated on every
/// rule entered and left (two allocations per rule, tens of thousands per large input).
/// </remarks>
internal class DepthGuardedParser : SymbolicParser
{
    /// <summary>At most this many rules are open per level of nesting (expr, term, signed, power, primary, arguments, argument).</summary>
    public const int RulesPerLevel = 8;

    private readonly SourceText _source;
    private readonly int _maxDepth;
    private readonly int _maxRules;
    private int _open;

    public DepthGuardedParser(ITokenStream tokens, SourceText source, int maxDepth) : base(tokens)
    {
        _source = source;
        _maxDepth = maxDepth;
        _maxRules = (int)Math.Min(int.MaxValue, (long)maxDepth * RulesPerLevel + 16);
    }

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        base.EnterRule(localctx, state, ruleIndex);
        CountRuleEntered();
    }

    public override void ExitRule()
    {
        base.ExitRule();
        CountRuleExited();
    }

    /// <summary>Counts a rule entered; throws when too many are open.</summary>
    protected void CountRuleEntered()
    {
        if (++_open <= _maxRules) return;
        var token = CurrentToken;
        throw Errors.NestedTooDeep(_maxDepth, _source.Span(token), _source.Text);
    }

    /// <summary>Counts a rule left.</summary>
    protected void CountRuleExited() => _open--;
}
