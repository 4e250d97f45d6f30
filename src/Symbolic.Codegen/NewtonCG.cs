namespace Symbolic.Codegen;

/// <summary>Why <see cref="NewtonCG"/> stopped.</summary>
public enum NewtonStop
{
    /// <summary>|∇f| fell to the gradient tolerance: a stationary point.</summary>
    Converged,
    /// <summary>The iteration limit was reached first.</summary>
    IterationLimit,
    /// <summary>f fell below −1e100 (or to −∞): it looks unbounded below.</summary>
    Unbounded,
    /// <summary>The trust region shrank to nothing without a step that decreases f (a rounding floor, or a kink).</summary>
    NoProgress,
    /// <summary>f or ∇f is not finite at the start.</summary>
    NotFinite,
}

/// <summary>
/// Where a Newton-CG minimisation ended: the point, f and |∇f| there, the Newton iterations and Hessian-vector
/// products spent, why it stopped, a sentence saying so, and whether the Hessian showed negative curvature on the way.
/// </summary>
public sealed record NewtonResult(
    double[] Point, double Value, double GradientNorm, int Iterations, int HessianVectorProducts,
    NewtonStop Stop, string Message, bool MetNegativeCurvature);

/// <summary>
/// Truncated Newton (Newton-CG) in a trust region: each iteration minimises the quadratic model
/// f + ∇f·p + ½p·∇²f·p over |p| ≤ Δ approximately by conjugate gradients on Hessian-vector products (Steihaug), never
/// forming the Hessian, to a relative residual of min(0.5, √|∇f|) (superlinear convergence near a minimum). Where CG
/// meets negative curvature (an indefinite Hessian) it follows that direction to the region's edge, so the method
/// still descends, and the result says so. Δ shrinks when f falls much less than the model promised and grows when a
/// step at the edge does well. Along a direction without positive curvature the step doubles while f keeps falling,
/// so an unbounded f is reported as such within one iteration instead of after thousands.
/// </summary>
/// <example><code>
/// var f = Expressions.Parse("(1 - x)^2 + 100*(y - x^2)^2");
/// var result = NewtonCG.Minimize(f, [-1.2, 1]);
/// // result.Point ≈ (1, 1), result.Stop == NewtonStop.Converged
/// </code></example>
public static class NewtonCG
{
    /// <summary>Below this f is taken to be unbounded below.</summary>
    public const double UnboundedBelow = -1e100;

    /// <summary>Compiles f's value and gradient and its Hessian-vector product and minimises from <paramref name="start"/>.</summary>
    public static NewtonResult Minimize(
        Expr f, IReadOnlyList<double> start, IReadOnlyList<string>? variables = null,
        double gradientTolerance = 1e-10, int maxIterations = 10_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(f);
        var names = Compiler.Bind([f], variables);
        return Minimize(Compiler.ValueAndGradient(f, names, cancellationToken), Compiler.HessianVectorProduct(f, names, cancellationToken),
            start, gradientTolerance, maxIterations, cancellationToken);
    }

    /// <summary>
    /// Minimises from <paramref name="start"/> (not modified) until |∇f| ≤ <paramref name="gradientTolerance"/> or
    /// <paramref name="maxIterations"/> Newton steps. Never returns NaN silently: a non-finite start, an unbounded f
    /// and a stalled search each stop with their <see cref="NewtonStop"/> and message.
    /// </summary>
    public static NewtonResult Minimize(
        GradientFunction valueAndGradient, HessianVectorFunction hessianVectorProduct, IReadOnlyList<double> start,
        double gradientTolerance = 1e-10, int maxIterations = 10_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(valueAndGradient);
        ArgumentNullException.ThrowIfNull(hessianVectorProduct);
        ArgumentNullException.ThrowIfNull(start);
        if (!(gradientTolerance >= 0)) throw new ArgumentException($"the gradient tolerance must be 0 or more, got {gradientTolerance}", nameof(gradientTolerance));
        if (maxIterations < 0) throw new ArgumentException($"the iteration limit must be 0 or more, got {maxIterations}", nameof(maxIterations));
        return new TrustRegion(valueAndGradient, hessianVectorProduct, start.ToArray()).Run(gradientTolerance, maxIterations, cancellationToken);
    }
}
