namespace Symbolic;

/// <summary>
/// Rule-based simplification on top of the always-on canonical form. Rules (see <see cref="RuleSet"/>) are
/// applied bottom-up, every node after its operands, in passes repeated to a fixed point. Four guards make
/// it terminate, keep results small and keep its cost near-linear in the size of its input:
/// <list type="bullet">
/// <item>a step budget: at most <see cref="DefaultStepBudget"/> rewrites in one call;</item>
/// <item>a work budget proportional to the input's distinct nodes (<see cref="WorkPerNode"/> matcher steps per
/// node): once spent, the rules stop and the built-in steps below finish the job;</item>
/// <item>cycle detection: a node that comes back (hash-consing makes this a reference lookup) ends the
/// rewriting at that node, a node already rewritten as far as it goes is not tried again in a later pass, and a
/// whole expression that comes back ends the passes;</item>
/// <item>a size measure, the number of nodes of the expression written out as a tree (what a reader sees
/// printed): a rewrite that makes a node larger is never taken, and the result is never larger than the input.</item>
/// </list>
/// Besides the rules, built-in steps that a rule could only express at quadratic cost: numeric coefficients
/// distributed over inner sums when that makes a sum smaller (see <c>NumericDistribution</c>), so
/// <c>2*(x + 1) + 4*(x - 1)</c> becomes <c>6*x - 2</c>; a sum's terms grouped by the factors they share
/// (<c>4*x^2*exp(-x^2) - 2*exp(-x^2)</c> → <c>(4*x^2 - 2)*exp(-x^2)</c>); and the numeric content of a product's sum
/// factors taken out so equal sums merge (<c>(2*log(x) + 2)*(4*log(x) + 4)</c> → <c>8*(log(x) + 1)^2</c>), see
/// <c>CommonFactors</c>. Iterative throughout: any depth is safe.
/// </summary>
/// <example><code>
/// Simplifier.Simplify(Expressions.Parse("y + sin(x)^2 + cos(x)^2"));   // y + 1
/// Simplifier.Simplify(Expressions.Parse("sqrt(x^2)"));                 // abs(x)
/// </code></example>
public static class Simplifier
{
    /// <summary>The most rewrites one call of <see cref="Simplify(Expr)"/> makes: 10,000.</summary>
    public const int DefaultStepBudget = 10_000;

    /// <summary>The matcher steps one call may spend per distinct node of its input (plus a fixed allowance for small inputs).</summary>
    public const int WorkPerNode = 200;

    private const int WorkAllowance = 20_000;

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
        var work = new WorkBudget(WorkAllowance + (long)WorkPerNode * expr.CountNodes());
        var run = new Run(rules, stepBudget, work, cancellationToken);
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

    private sealed class Run(RuleSet rules, int stepBudget, WorkBudget work, CancellationToken cancellationToken)
    {
        private readonly PatternMatcher matcher = new(rules.PatternVariables, work, cancellationToken);

        // Nodes rewritten as far as they go: a later pass meets them again (unchanged operands) and skips them.
        private readonly HashSet<Expr> settled = new(ReferenceEqualityComparer.Instance);

        public int StepsLeft { get; private set; } = stepBudget;

        public TreeSize Size { get; } = new(cancellationToken);

        /// <summary>Rewrites one node until no rule applies, a node repeats, or the budget is spent.</summary>
        public Expr RewriteAt(Expr node)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node.Operands.Length == 0 || StepsLeft <= 0 || settled.Contains(node)) return node;
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
            if (StepsLeft > 0) settled.Add(node);
            return node;
        }

        /// <summary>
        /// The size order: the printed tree first; on a tie, the distinct nodes of the DAG, so a rewrite that
        /// reads the same length but un-shares a subexpression (y + x*y → y*(x + 1)) is not taken.
        /// </summary>
        public static bool NotLarger(Expr candidate, long candidateSize, Expr current, long currentSize) =>
            candidateSize < currentSize
            || (candidateSize == currentSize && SharedNodes.ExtraNodes(candidate, current) <= 0);

        private (Expr Result, long Size)? RewriteOnce(Expr node, long size, HashSet<Expr>? visited)
        {
            foreach (var builtIn in BuiltInSteps(node))
            {
                if (builtIn is null || builtIn == node || (visited?.Contains(builtIn) ?? false)) continue;
                var builtInSize = Size.Of(builtIn);
                if (builtInSize < size) return (builtIn, builtInSize);
            }
            if (work.Spent) return null;
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

        // Lazily, so a later step is not computed when an earlier one applies.
        private IEnumerable<Expr?> BuiltInSteps(Expr node)
        {
            if (node is Sum)
            {
                yield return NumericDistribution.Expand(node);
                yield return CommonFactors.Collect(node, Size);
            }
            else if (node is Product) yield return CommonFactors.TakeOutContent(node);
        }

        // A cheap test before the matcher allocates anything: the same head, and for a sum or product pattern,
        // for each operand of the pattern that is not a pattern variable an operand of the node with its shape.
        private bool CanMatch(Expr pattern, Expr node)
        {
            if (pattern.Kind != node.Kind || (pattern is Call pc && (node is not Call nc || nc.Function != pc.Function))) return false;
            if (pattern is not (Sum or Product)) return true;
            foreach (var operand in pattern.Operands)
            {
                if (operand is Number || IsPatternVariable(operand)) continue;
                var found = false;
                foreach (var candidate in node.Operands)
                    if (SameShape(operand, candidate)) { found = true; break; }
                if (!found) return false;
            }
            return true;
        }

        private bool IsPatternVariable(Expr e) => e is Variable v && rules.PatternVariables.Contains(v.Name);

        // Kind and function of a term without its coefficient, and of a power's base: what a pattern operand
        // such as cos(a)^2 or -sigmoid(a) needs of the operand it matches.
        private bool SameShape(Expr pattern, Expr subject)
        {
            pattern = StripCoefficient(pattern);
            subject = StripCoefficient(subject);
            if (IsPatternVariable(pattern)) return true;
            if (pattern.Kind != subject.Kind) return false;
            return pattern switch
            {
                Call pc => ((Call)subject).Function == pc.Function,
                Power pp => IsPatternVariable(pp.Base) || (pp.Base.Kind == ((Power)subject).Base.Kind
                    && (pp.Base is not Call bc || ((Power)subject).Base is Call sc && sc.Function == bc.Function)),
                _ => true,
            };
        }

        private static Expr StripCoefficient(Expr e) =>
            e is Product p && p.Operands[0] is Number && p.Operands.Length == 2 ? p.Operands[1] : e;

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
