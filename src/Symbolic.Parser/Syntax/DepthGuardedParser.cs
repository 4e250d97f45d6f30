using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Symbolic.Syntax;

/// <summary>
/// A parse listener that counts open grammar rules. The token scan already refuses input nested deeper than
/// the limit; this guard makes sure that an unforeseen way of nesting still ends in a clear error rather
/// than a stack overflow.
/// </summary>
internal sealed class DepthGuard : IParseTreeListener
{
    /// <summary>At most this many rules are open per level of nesting (expr, term, signed, power, primary, arguments, argument).</summary>
    public const int RulesPerLevel = 8;

    private readonly Parser _parser;
    private readonly SourceText _source;
    private readonly int _maxDepth;
    private readonly int _maxRules;
    private int _open;

    public DepthGuard(Parser parser, SourceText source, int maxDepth)
    {
        _parser = parser;
        _source = source;
        _maxDepth = maxDepth;
        _maxRules = (int)Math.Min(int.MaxValue, (long)maxDepth * RulesPerLevel + 16);
    }

    public void EnterEveryRule(ParserRuleContext ctx)
    {
        if (++_open <= _maxRules) return;
        var token = _parser.CurrentToken;
        throw _source.Error($"the expression is nested deeper than {_maxDepth} levels", token.StartIndex, TokenFacts.End(token));
    }

    public void ExitEveryRule(ParserRuleContext ctx) => _open--;

    public void VisitTerminal(ITerminalNode node) { }

    public void VisitErrorNode(IErrorNode node) { }
}
