namespace Symbolic;

/// <summary>
/// Exact derivatives: partials (any order, mixed), gradients, directional derivatives, Jacobians and
/// Hessians. Results are in canonical form; <c>Simplifier.Simplify</c> applies the heavier rules.
/// Non-differentiable points follow one convention: |x|' = sign(x), relu'(0) = 0, and max/min route the
/// gradient to the larger/smaller argument, to the first on a tie.
/// The operations that can run long take a <see cref="CancellationToken"/>, checked at every node they visit: a
/// cancelled call throws <see cref="OperationCanceledException"/> and leaves nothing behind.
/// </summary>
/// <example><code>
/// var f = Expressions.Parse("x^2 - x*y");
/// Calculus.Diff(f, Expr.Var("x"));     // 2*x - y
/// Calculus.Gradient(f);                // [2*x - y, -x]
/// </code></example>
public static partial class Calculus
{
    /// <summary>∂f/∂x.</summary>
    public static Expr Diff(Expr f, Expr variable) => Diff(f, variable, CancellationToken.None);

    /// <summary>∂f/∂x, stopped by <paramref name="cancellationToken"/> (<see cref="OperationCanceledException"/>).</summary>
    public static Expr Diff(Expr f, Expr variable, CancellationToken cancellationToken)
    {
        RequireVariable(variable);
        return ForwardDerivative.Along(f, new Dictionary<Expr, Expr> { [variable] = Expr.One }, cancellationToken);
    }

    /// <summary>Mixed partial ∂ⁿf/∂x₁…∂xₙ, differentiating in the order given.</summary>
    public static Expr Diff(Expr f, params Expr[] variables) => Diff(f, variables, CancellationToken.None);

    /// <summary>Mixed partial ∂ⁿf/∂x₁…∂xₙ, differentiating in the order given, stopped by <paramref name="cancellationToken"/>.</summary>
    public static Expr Diff(Expr f, IReadOnlyList<Expr> variables, CancellationToken cancellationToken)
    {
        for (var i = 0; i < variables.Count; i++)
        {
            if (i > 0) ExpressionLimits.Check([f], $"the derivative of order {i}");
            f = Diff(f, variables[i], cancellationToken);
        }
        return f;
    }

    /// <summary>The highest derivative order <see cref="Diff(Expr, Expr, int, CancellationToken)"/> accepts.</summary>
    public const int MaxOrder = 100_000;

    /// <summary>
    /// The <paramref name="order"/>-th derivative with respect to <paramref name="variable"/>; order 0 is f itself.
    /// Stops as soon as a derivative is 0 (so <c>diff(x^2, x, 100000)</c> takes three steps).
    /// </summary>
    /// <exception cref="SymbolicException">the order is negative or over <see cref="MaxOrder"/>, or a derivative grows past <see cref="ExpressionLimits.MaxNodes"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Expr Diff(Expr f, Expr variable, int order, CancellationToken cancellationToken = default)
    {
        if (order < 0) throw CalculusErrors.NegativeOrder(order);
        if (order > MaxOrder) throw CalculusErrors.OrderTooHigh(order);
        for (var i = 0; i < order && !ReferenceEquals(f, Expr.Zero); i++)
        {
            // Each step is linear in its input, but repeated steps can grow; stop before memory runs out.
            if (i > 0) ExpressionLimits.Check([f], $"the derivative of order {i}");
            f = Diff(f, variable, cancellationToken);
        }
        return f;
    }

    /// <summary>The variables of <paramref name="f"/> in natural order (<c>x2</c> before <c>x10</c>): the default gradient order.</summary>
    public static IReadOnlyList<Expr> VariablesOf(Expr f) => ExprWalk.Variables(f).Select(Expr.Var).ToArray();

    /// <summary>∇f by reverse accumulation, one component per variable (default: <see cref="VariablesOf(Expr)"/>).</summary>
    public static Expr[] Gradient(Expr f, IReadOnlyList<Expr>? variables = null, CancellationToken cancellationToken = default)
    {
        variables ??= VariablesOf(f);
        RequireVariables(variables);
        return ReverseGradient.Of(f, variables, cancellationToken);
    }

    /// <summary>∇f·v, the unnormalised directional derivative (JVP), in one forward pass.</summary>
    public static Expr Jvp(Expr f, IReadOnlyList<Expr> variables, IReadOnlyList<Expr> direction)
    {
        CheckDirection(variables, direction);
        var tangents = new Dictionary<Expr, Expr>();
        for (var i = 0; i < variables.Count; i++) tangents[variables[i]] = direction[i];
        return ForwardDerivative.Along(f, tangents);
    }

    /// <summary>∇f·v/|v|: the rate of change of f per unit length along v. A zero v is an error.</summary>
    public static Expr DirectionalDerivative(Expr f, IReadOnlyList<Expr> variables, IReadOnlyList<Expr> direction)
    {
        CheckDirection(variables, direction);
        if (direction.All(c => c == Expr.Zero))
            throw CalculusErrors.ZeroDirection();
        return Expr.Divide(Jvp(f, variables, direction), Norm(direction));
    }

    /// <summary>|v| = sqrt(v·v), exact when it can be (|(3, 4)| = 5).</summary>
    public static Expr Norm(IReadOnlyList<Expr> v) => Expr.Sqrt(Expr.Add(v.Select(c => Expr.Pow(c, 2))));

    /// <summary>The matrix of ∂fᵢ/∂xⱼ, one row per function.</summary>
    public static Expr[][] Jacobian(IReadOnlyList<Expr> functions, IReadOnlyList<Expr> variables, CancellationToken cancellationToken = default) =>
        functions.Select(f => Gradient(f, variables, cancellationToken)).ToArray();

    /// <summary>
    /// The matrix of second partials; symmetric by construction (each pair computed once). Only the entries of the
    /// pattern (<see cref="HessianPattern"/>) are differentiated; the rest are zero.
    /// </summary>
    public static Expr[][] Hessian(Expr f, IReadOnlyList<Expr>? variables = null, CancellationToken cancellationToken = default)
    {
        variables ??= VariablesOf(f);
        var n = variables.Count;
        var h = new Expr[n][];
        for (var i = 0; i < n; i++) h[i] = Enumerable.Repeat(Expr.Zero, n).ToArray();
        foreach (var entry in SparseHessian(f, variables, cancellationToken)) h[entry.Row][entry.Column] = entry.Value;
        return h;
    }

    private static void CheckDirection(IReadOnlyList<Expr> variables, IReadOnlyList<Expr> direction)
    {
        if (variables.Count != direction.Count)
            throw CalculusErrors.DirectionLength(direction.Count, variables);
        RequireVariables(variables);
    }

    private static void RequireVariable(Expr v)
    {
        if (v is not Variable) throw CalculusErrors.NotAVariable(v);
    }

    // A variable listed twice would take two rows of a Hessian or Jacobian that the dependency sets index by variable,
    // so one of them would come out empty: refused, as the compiler refuses it.
    private static void RequireVariables(IReadOnlyList<Expr> variables)
    {
        var seen = new HashSet<Expr>(variables.Count);
        foreach (var v in variables)
        {
            RequireVariable(v);
            if (!seen.Add(v)) throw CalculusErrors.VariableListedTwice(v);
        }
    }
}
