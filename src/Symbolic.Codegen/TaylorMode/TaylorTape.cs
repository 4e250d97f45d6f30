using System.Numerics;

namespace Symbolic.Codegen;

/// <summary>
/// f's DAG flattened for univariate Taylor arithmetic in one variable: each node holds the coefficients
/// c0 … cn of its truncated Taylor series at the point (f(x0 + t) = Σ cₖ tᵏ + O(tⁿ⁺¹)), computed order by order.
/// Sums add coefficients; products are Cauchy products; a reciprocal and a real power use their recurrences; a
/// function g of u uses g' from the function table: g(u)ₖ = (1/k)·Σⱼ j·uⱼ·g'(u)ₖ₋ⱼ, where g'(u) is a node of the
/// tape too (for exp it is the node itself), known to order k - 1 before order k is computed. Each node costs
/// O(n²) for n orders, whatever the size of the symbolic n-th derivative.
/// </summary>
internal sealed class TaylorTape
{
    private enum Op : byte { Constant, Variable, Sum, Product, Reciprocal, RealPower, Call }

    private sealed record Node(Op Op, int[] Args, double Value = 0, FunctionDef? Function = null)
    {
        // Tape indices of ∂g/∂uᵢ for a function node, filled in once the whole DAG is on the tape.
        public int[] Partials { get; set; } = [];
    }

    // Integer powers up to this are products (exact at a zero base, where the real-power recurrence divides by 0).
    private const int MostSquarings = 64;

    private readonly List<Node> nodes = [];
    private readonly Dictionary<Expr, int> index = new(ReferenceEqualityComparer.Instance);
    private readonly Queue<(int Node, Call Call)> pendingCalls = new();
    private readonly Expr variable;
    private readonly int root;

    public TaylorTape(Expr f, Expr variable, CancellationToken cancellationToken)
    {
        this.variable = variable;
        root = Add(f, cancellationToken);
        // The partials of each function node, which may add function nodes of their own (sec' = sec·tan).
        while (pendingCalls.TryDequeue(out var pending))
        {
            cancellationToken.ThrowIfCancellationRequested();
            nodes[pending.Node].Partials = pending.Call.Function.Partials(pending.Call.Args).Select(p => Add(p, cancellationToken)).ToArray();
        }
    }

    /// <summary>Operations on the tape.</summary>
    public int Count => nodes.Count;

    /// <summary>f(x), f'(x), …, f⁽ⁿ⁾(x) into <paramref name="derivatives"/> (n + 1 entries).</summary>
    public void Evaluate(double x, Span<double> derivatives)
    {
        var orders = derivatives.Length;
        var c = new double[nodes.Count * orders];
        for (var k = 0; k < orders; k++)
            for (var i = 0; i < nodes.Count; i++)
                c[i * orders + k] = Coefficient(i, k, x, c, orders);
        double factorial = 1;
        for (var k = 0; k < orders; k++)
        {
            if (k > 0) factorial *= k;
            derivatives[k] = c[root * orders + k] * factorial;
        }
    }

    private double Coefficient(int i, int k, double x, double[] c, int orders)
    {
        var node = nodes[i];
        double At(int n, int order) => c[n * orders + order];
        switch (node.Op)
        {
            case Op.Constant: return k == 0 ? node.Value : 0;
            case Op.Variable: return k == 0 ? x : k == 1 ? 1 : 0;
            case Op.Sum:
            {
                double sum = 0;
                foreach (var a in node.Args) sum += At(a, k);
                return sum;
            }
            case Op.Product:
            {
                double sum = 0;
                for (var j = 0; j <= k; j++) sum += At(node.Args[0], j) * At(node.Args[1], k - j);
                return sum;
            }
            case Op.Reciprocal:
            {
                // q = 1/u: Σⱼ uⱼ·qₖ₋ⱼ = 0 for k ≥ 1
                var u = node.Args[0];
                if (k == 0) return 1 / At(u, 0);
                double sum = 0;
                for (var j = 1; j <= k; j++) sum += At(u, j) * At(i, k - j);
                return -sum / At(u, 0);
            }
            case Op.RealPower:
            {
                // p = u^r: u·p' = r·u'·p, so k·u0·pₖ = Σⱼ ((r + 1)·j - k)·uⱼ·pₖ₋ⱼ
                var u = node.Args[0];
                var r = node.Value;
                if (k == 0) return Math.Pow(At(u, 0), r);
                double sum = 0;
                for (var j = 1; j <= k; j++) sum += ((r + 1) * j - k) * At(u, j) * At(i, k - j);
                return sum / (k * At(u, 0));
            }
            case Op.Call:
            {
                if (k == 0)
                {
                    Span<double> args = stackalloc double[node.Args.Length];
                    for (var a = 0; a < args.Length; a++) args[a] = At(node.Args[a], 0);
                    return node.Function!.Evaluate(args);
                }
                double sum = 0;
                for (var a = 0; a < node.Args.Length; a++)
                    for (var j = 1; j <= k; j++) sum += j * At(node.Args[a], j) * At(node.Partials[a], k - j);
                return sum / k;
            }
            default: throw new InvalidOperationException(node.Op.ToString());
        }
    }

    private int Add(Expr e, CancellationToken cancellationToken)
    {
        if (index.TryGetValue(e, out var known)) return known;
        // Operands first, without recursion on the subject's depth.
        foreach (var node in ExprWalk.TopologicalOrder([e], cancellationToken))
        {
            if (index.ContainsKey(node)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            index[node] = node switch
            {
                _ when ReferenceEquals(node, variable) => Push(new Node(Op.Variable, [])),
                Number n => Push(new Node(Op.Constant, [], n.Value.ToDouble())),
                Constant constant => Push(new Node(Op.Constant, [], constant.Value)),
                Variable v => throw new ArgumentException($"Compiler.Derivatives: f depends on '{v.Name}' besides '{((Variable)variable).Name}'; substitute a value for it first", "f"),
                Sum => Push(new Node(Op.Sum, node.Args.Select(a => index[a]).ToArray())),
                Product => node.Args.Skip(1).Aggregate(index[node.Operands[0]], (p, a) => Push(new Node(Op.Product, [p, index[a]]))),
                Power p => AddPower(p, cancellationToken),
                Call call => AddCall(call),
                _ => throw new InvalidOperationException(node.ToString()),
            };
        }
        return index[e];
    }

    private int AddPower(Power p, CancellationToken cancellationToken)
    {
        var b = index[p.Base];
        if (p.Exponent is Number { Value: var r })
        {
            if (r.Denominator.IsOne && BigInteger.Abs(r.Numerator) <= MostSquarings)
            {
                var n = (int)r.Numerator;
                var power = Squarings(b, Math.Abs(n));
                return n < 0 ? Push(new Node(Op.Reciprocal, [power])) : power;
            }
            return Push(new Node(Op.RealPower, [b], r.ToDouble()));
        }
        // b^e = exp(e·log(b)); its partial, exp itself, is this node.
        var exponentTimesLog = Add(Expr.Multiply(p.Exponent, Expr.Apply("log", p.Base)), cancellationToken);
        var exp = Push(new Node(Op.Call, [exponentTimesLog], Function: FunctionTable.Get("exp")));
        nodes[exp].Partials = [exp];
        return exp;
    }

    private int Squarings(int b, int n)
    {
        if (n == 0) return Push(new Node(Op.Constant, [], 1));
        int? result = null;
        var square = b;
        for (var bits = n; bits > 0; bits >>= 1)
        {
            if ((bits & 1) != 0) result = result is { } r ? Push(new Node(Op.Product, [r, square])) : square;
            if (bits > 1) square = Push(new Node(Op.Product, [square, square]));
        }
        return result!.Value;
    }

    private int AddCall(Call call)
    {
        var node = Push(new Node(Op.Call, call.Args.Select(a => index[a]).ToArray(), Function: call.Function));
        pendingCalls.Enqueue((node, call));
        return node;
    }

    private int Push(Node node)
    {
        nodes.Add(node);
        return nodes.Count - 1;
    }
}
