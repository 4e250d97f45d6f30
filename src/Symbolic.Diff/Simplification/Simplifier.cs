namespace Symbolic;

/// <summary>
/// Rule-based simplification on top of the always-on canonical form. Rules (see <see cref="RuleSet"/>) are
/// applied bottom-up, every node after its operands, in passes repeated to a fixed point. Three guards make
/// it terminate and keep results small:
/// <list type="bullet">
/// <item>a step budget: at most <see cref="DefaultStepBudget"/> rewrites in one call;</item>
/// <item>cycle detection: a node that comes back (hash-consing makes this a reference lookup) ends the
/// rewriting at that node, and a whole expression that comes back ends the passes;</item>
/// <item>a size measure, the number of nodes of the expression written out as a tree (what a reader sees
/// printed): a rewrite that makes a node larger is never taken, and the result is never larger than the input.</item>
/// </list>
/// Besides the rules, one built-in step distributes numeric coefficients over inner sums when that makes a sum
/// smaller (see <c>NumericDistribution</c>), so <c>2*(x + 1) + 4*(x - 1)</c> becomes <c>6*x - 2</c>.
/// Iterative throughout: any depth is safe.
/// </summary>
/// <example><code>
/// Simplifier.Simplify(Expressions.Parse("y + sin(x)^2 + cos(x)^2"));   // y + 1
/// Simplifier.Simplify(Expressions.Parse("sqrt(x^2)"));                 // abs(x)
/// </code></example>
public static class Simplifier
{
    /// <summary>The most rewrites one call of <see cref="Simplify(Expr)"/> makes: 10,000.</summary>
    public const int DefaultStepBudget = 10_000;

    // A rule whose pattern matches in many ways is tried on at most this many matches at one node.
    private const int MatchesTriedPerRule = 64;

    /// <summary>Simplifies <paramref name="expr"/> with <see cref="RuleSet.Default"/>.</summary>
    public static Expr Simplify(Expr expr) => Simplify(expr, RuleSet.Default);

    /// <summary>
    /// Simplifies <paramref name="expr"/> with <see cref="RuleSet.Default"/>, stopped by <paramref name="cancellationToken"/>
    /// (checked at every node: <see cref="OperationCanceledException"/>, nothing left behind).
    /// </summary>
    public static Expr Simplify(Expr expr, CancellationToken cancellationToken) =>
        Simplify(expr, RuleSet.Default, DefaultStepBudget, cancellationToken);

    /// <summary>
    /// The size the simplifier never increases: the number of nodes of the expression written out as a tree
    /// (what a reader sees printed), ties broken by the distinct nodes of the DAG.
    /// </summary>
    public static (long TreeNodes, int DistinctNodes) Size(Expr expr) => (new TreeSize().Of(expr), expr.CountNodes());

    /// <summary>Simplifies <paramref name="expr"/> with <paramref name="rules"/>, making at most <paramref name="stepBudget"/> rewrites.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Expr Simplify(Expr expr, RuleSet rules, int stepBudget = DefaultStepBudget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(rules);
        var run = new Run(rules, stepBudget, cancellationToken);
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance) { expr };
        var (best, bestSize) = (expr, run.Size.Of(expr));
        var current = expr;
        while (run.StepsLeft > 0)
        {
            var next = ExprWalk.Rebuild(current, (node, args) => run.RewriteAt(ExprWalk.WithArgs(node, args)), cancellationToken);
            if (!seen.Add(next)) break;           // a fixed point, or a cycle of whole expressions
            current = next;
            var size = run.Size.Of(current);
            if (Run.NotLarger(current, size, best, bestSize)) (best, bestSize) = (current, size);
        }
        return best;
    }

    private sealed class Run(RuleSet rules, int stepBudget, CancellationToken cancellationToken)
    {
        private readonly PatternMatcher matcher = new(rules.PatternVariables, cancellationToken);

        public int StepsLeft { get; private set; } = stepBudget;

        public TreeSize Size { get; } = new(cancellationToken);

        /// <summary>Rewrites one node until no rule applies, a node repeats, or the budget is spent.</summary>
        public Expr RewriteAt(Expr node)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node.ArgArray.Length == 0 || StepsLeft <= 0) return node;
            HashSet<Expr>? visited = null;
            var size = Size.Of(node);
            while (StepsLeft > 0)
            {
                var rewritten = RewriteOnce(node, size, visited);
                if (rewritten is null) break;
                visited ??= new HashSet<Expr>(ReferenceEqualityComparer.Instance) { node };
                visited.Add(rewritten.Value.Result);
                (node, size) = rewritten.Value;
                StepsLeft--;
            }
            return node;
        }

        /// <summary>
        /// The size order: the printed tree first; on a tie, the distinct nodes of the DAG, so a rewrite that
        /// reads the same length but un-shares a subexpression (y + x*y → y*(x + 1)) is not taken.
        /// </summary>
        public static bool NotLarger(Expr candidate, long candidateSize, Expr current, long currentSize) =>
            candidateSize < currentSize
            || (candidateSize == currentSize && candidate.CountNodes() <= current.CountNodes());

        private (Expr Result, long Size)? RewriteOnce(Expr node, long size, HashSet<Expr>? visited)
        {
            if (NumericDistribution.Expand(node) is { } expanded && expanded != node && Size.Of(expanded) < size
                && !(visited?.Contains(expanded) ?? false))
                return (expanded, Size.Of(expanded));
            foreach (var rule in rules.Rules)
            {
                if (!CanMatch(rule.Pattern, node)) continue;
                foreach (var match in matcher.MatchTop(rule.Pattern, node).Take(MatchesTriedPerRule))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var result = Instantiate(rule, node, match);
                    if (result == node || (visited?.Contains(result) ?? false)) continue;
                    var resultSize = Size.Of(result);
                    if (NotLarger(result, resultSize, node, size)) return (result, resultSize);
                }
            }
            return null;
        }

        // A cheap test of the head before the matcher allocates anything.
        private bool CanMatch(Expr pattern, Expr node) => pattern.Kind == node.Kind
            && (pattern is not Call pc || (node is Call nc && nc.Function == pc.Function));

        private static Expr Instantiate(RewriteRule rule, Expr node, PatternMatcher.TopMatch match)
        {
            var replacements = match.Bindings.ToDictionary(b => Expr.Var(b.Key), b => b.Value);
            var replaced = ExprWalk.Substitute(rule.Replacement, replacements);
            return node switch
            {
                Sum when rule.Pattern is Sum =>
                    Expr.Add(match.Unused.Prepend(Expr.Multiply(Expr.Num(match.Scale), replaced))),
                Product when rule.Pattern is Product =>
                    Expr.Multiply(match.Unused.Prepend(replaced).Prepend(Expr.Num(match.Scale))),
                _ => replaced,
            };
        }
    }
}
