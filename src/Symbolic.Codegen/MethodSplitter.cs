using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// Splits a long straight-line body into separately compiled chunk methods called in turn from a short top
/// method. The JIT compiles a method of more than a few thousand IL instructions, basic blocks or local
/// references with MinOpts (no register allocation of locals, no optimisation at all): one 9,000-node body ran
/// ten times slower than the same code in chunks. Values that cross a chunk boundary pass through a per-thread
/// scratch array (<see cref="ScratchBuffer"/>), so a call still allocates nothing. The price is compile time:
/// optimised chunks take the JIT about two to three times longer than one MinOpts method (Rosenbrock n = 1,000
/// value and gradient: roughly 90 ms → 240 ms), independent of the chunk size between 192 and 768 statements.
/// </summary>
internal static class MethodSplitter
{
    /// <summary>Statements per chunk: well under the JIT's MinOpts limits, and small enough to optimise quickly.</summary>
    public const int StatementsPerChunk = 768;

    /// <summary>Whether <see cref="Body"/> keeps <paramref name="statementCount"/> statements in one block (locals of an enclosing block stay in reach).</summary>
    public static bool FitsOneMethod(int statementCount) => statementCount <= ChunksKeptWhole * StatementsPerChunk;

    // Splitting costs calls and a scratch array, worth paying only for bodies longer than two chunks.
    private const int ChunksKeptWhole = 2;

    /// <summary>
    /// The body <c>guards; statements; result</c> over <paramref name="locals"/>: one block when short, otherwise
    /// the guards, calls to the compiled chunks, and the result read back from the scratch array.
    /// <paramref name="parameters"/> are the parameters of the enclosing lambda, which every chunk receives too.
    /// </summary>
    public static Expression Body(
        IReadOnlyList<ParameterExpression> parameters, IReadOnlyList<ParameterExpression> locals,
        IEnumerable<Expression> guards, IReadOnlyList<Expression> statements, Expression result)
    {
        var type = result.Type == typeof(void) ? typeof(void) : result.Type;
        if (FitsOneMethod(statements.Count))
            return Expression.Block(type, locals, [.. guards, .. statements, result]);

        var chunks = statements.Chunk(StatementsPerChunk).Select(c => new Chunk(c, locals)).ToList();
        var slotOf = locals.Select((local, i) => (local, i)).ToDictionary(p => p.local, p => p.i);
        var resultReads = Chunk.ReadsOf(result, slotOf);

        // Backward liveness over chunks: a local is stored after chunk k when a later chunk reads it before writing it.
        var liveOut = new HashSet<ParameterExpression>(resultReads);
        for (var k = chunks.Count - 1; k >= 0; k--)
        {
            chunks[k].Stores.UnionWith(chunks[k].Writes.Where(liveOut.Contains));
            liveOut.ExceptWith(chunks[k].Writes);
            liveOut.UnionWith(chunks[k].LiveIn);
        }

        var scratch = Expression.Parameter(typeof(double[]), "scratch");
        var chunkParameters = parameters.Append(scratch).ToArray();
        var calls = chunks.Select(chunk => (Expression)Expression.Invoke(
            Expression.Constant(chunk.Compile(chunkParameters, scratch, slotOf)), chunkParameters));
        var rent = Expression.Assign(scratch, Expression.Call(ScratchBuffer.RentMethod, Expression.Constant(locals.Count)));
        var readBack = new LocalReplacer(local => Expression.ArrayIndex(scratch, Expression.Constant(slotOf[local])), slotOf);
        return Expression.Block(type, [scratch], [.. guards, rent, .. calls, readBack.Visit(result)]);
    }

    /// <summary>A run of statements with the locals it reads before writing (loaded) and those it writes.</summary>
    private sealed class Chunk
    {
        private readonly Expression[] statements;

        public Chunk(Expression[] statements, IReadOnlyList<ParameterExpression> locals)
        {
            this.statements = statements;
            var reads = new AccessCollector(locals.ToHashSet(), Writes);
            foreach (var statement in statements) reads.Visit(statement);
            LiveIn.UnionWith(reads.ReadFirst);
        }

        public HashSet<ParameterExpression> LiveIn { get; } = [];
        public HashSet<ParameterExpression> Writes { get; } = [];
        public HashSet<ParameterExpression> Stores { get; } = [];

        public static HashSet<ParameterExpression> ReadsOf(Expression expression, Dictionary<ParameterExpression, int> slotOf)
        {
            var reads = new ReadCollector(slotOf.Keys.ToHashSet());
            reads.Visit(expression);
            return reads.Found;
        }

        public Delegate Compile(ParameterExpression[] parameters, ParameterExpression scratch, Dictionary<ParameterExpression, int> slotOf)
        {
            Expression Slot(ParameterExpression local) => Expression.ArrayAccess(scratch, Expression.Constant(slotOf[local]));
            var loads = LiveIn.Select(local => Expression.Assign(local, Slot(local)));
            var stores = Stores.Select(local => Expression.Assign(Slot(local), local));
            var body = Expression.Block(typeof(void), LiveIn.Union(Writes), [.. loads, .. statements, .. stores, Expression.Empty()]);
            return Expression.Lambda(body, parameters).Compile();
        }
    }

    private sealed class ReadCollector(HashSet<ParameterExpression> locals) : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Found { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (locals.Contains(node)) Found.Add(node);
            return node;
        }
    }

    /// <summary>
    /// The locals a run of statements writes, anywhere (also inside loops), and those it reads before writing them, in
    /// execution order: an assignment's right side runs before its target is written.
    /// </summary>
    private sealed class AccessCollector(HashSet<ParameterExpression> locals, HashSet<ParameterExpression> writes) : ExpressionVisitor
    {
        public HashSet<ParameterExpression> ReadFirst { get; } = [];

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.Left is not ParameterExpression target || !locals.Contains(target) || !IsAssignment(node.NodeType))
                return base.VisitBinary(node);
            if (node.NodeType != ExpressionType.Assign) VisitParameter(target);
            Visit(node.Right);
            writes.Add(target);
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (locals.Contains(node) && !writes.Contains(node)) ReadFirst.Add(node);
            return node;
        }

        private static bool IsAssignment(ExpressionType type) => type is ExpressionType.Assign or ExpressionType.AddAssign
            or ExpressionType.SubtractAssign or ExpressionType.MultiplyAssign or ExpressionType.DivideAssign;
    }

    private sealed class LocalReplacer(Func<ParameterExpression, Expression> replace, Dictionary<ParameterExpression, int> slotOf)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            slotOf.ContainsKey(node) ? replace(node) : node;
    }
}

/// <summary>
/// One scratch array per thread for the values that cross chunk boundaries (<see cref="MethodSplitter"/>). Compiled
/// code never calls back into user code while a chunk runs, so one buffer per thread is never used twice at once.
/// </summary>
internal static class ScratchBuffer
{
    [ThreadStatic] private static double[]? buffer;

    public static readonly System.Reflection.MethodInfo RentMethod = typeof(ScratchBuffer).GetMethod(nameof(Rent))!;

    /// <summary>This thread's buffer, grown to at least <paramref name="length"/>.</summary>
    public static double[] Rent(int length)
    {
        var current = buffer;
        if (current is null || current.Length < length) buffer = current = new double[length];
        return current;
    }
}
