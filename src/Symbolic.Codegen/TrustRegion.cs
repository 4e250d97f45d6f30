namespace Symbolic.Codegen;

/// <summary>The state and steps of one <see cref="NewtonCG"/> minimisation.</summary>
internal sealed class TrustRegion(GradientFunction valueAndGradient, HessianVectorFunction hvp, double[] x)
{
    private const double AcceptRatio = 1e-4;
    private readonly int n = x.Length;
    private readonly double[] gradient = new double[x.Length];
    private readonly double[] step = new double[x.Length];
    private readonly double[] trial = new double[x.Length];
    private readonly double[] trialGradient = new double[x.Length];
    private readonly double[] residual = new double[x.Length];
    private readonly double[] direction = new double[x.Length];
    private readonly double[] product = new double[x.Length];
    private int products;
    private bool negativeCurvature;

    public NewtonResult Run(double tolerance, int maxIterations, CancellationToken cancellationToken)
    {
        var value = valueAndGradient(x, gradient);
        var norm = Norm(gradient);
        if (!double.IsFinite(value) || !double.IsFinite(norm))
            return Result(value, norm, 0, NewtonStop.NotFinite, $"f or its gradient is not finite at the start (f = {value})");
        // The first region is as wide as the start is far from the origin: a scale the user chose.
        var radius = Math.Max(1, Norm(x));
        for (var iteration = 0; ; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (norm <= tolerance)
                return Result(value, norm, iteration, NewtonStop.Converged, $"converged: |∇f| = {Short(norm)} ≤ {Short(tolerance)}");
            if (iteration == maxIterations)
                return Result(value, norm, iteration, NewtonStop.IterationLimit, $"stopped after {iteration} iterations with |∇f| = {Short(norm)}");
            var curved = SolveSubproblem(norm, radius);
            var stepLength = Norm(step);
            hvp(x, step, product);
            products++;
            var predicted = -(Dot(gradient, step) + 0.5 * Dot(step, product));
            for (var i = 0; i < n; i++) trial[i] = x[i] + step[i];
            var trialValue = valueAndGradient(trial, trialGradient);
            if (trialValue < NewtonCG.UnboundedBelow)
                return Result(trialValue, Norm(trialGradient), iteration + 1, NewtonStop.Unbounded,
                    $"f looks unbounded below: f = {Short(trialValue)} after {iteration + 1} iterations", trial);
            var ratio = double.IsFinite(trialValue) && predicted > 0 ? (value - trialValue) / predicted : -1;
            if (ratio > AcceptRatio && !curved && ExpandsWithoutBound(ref trialValue))
                return Result(trialValue, Norm(trialGradient), iteration + 1, NewtonStop.Unbounded,
                    $"f looks unbounded below: f = {Short(trialValue)} along a direction without positive curvature", trial);
            if (ratio < 0.25) radius = 0.25 * stepLength;
            else if (ratio > 0.75 && stepLength >= 0.99 * radius) radius = 2 * radius;
            if (ratio > AcceptRatio)
            {
                Array.Copy(trial, x, n);
                Array.Copy(trialGradient, gradient, n);
                value = trialValue;
                norm = Norm(gradient);
                radius = Math.Max(radius, Norm(step));
            }
            else if (radius < 1e-15 * (1 + Norm(x)))
                return Result(value, norm, iteration, NewtonStop.NoProgress,
                    $"no step decreases f any more (|∇f| = {Short(norm)}): at a rounding floor or a kink");
        }
    }

    // Doubles the step while f keeps falling (trial holds the best point); true when f passes UnboundedBelow.
    private bool ExpandsWithoutBound(ref double trialValue)
    {
        var best = (double[])trial.Clone();
        var bestGradient = (double[])trialGradient.Clone();
        for (var k = 0; k < 400; k++)
        {
            for (var i = 0; i < n; i++) step[i] *= 2;
            for (var i = 0; i < n; i++) trial[i] = x[i] + step[i];
            var next = valueAndGradient(trial, trialGradient);
            if (next < NewtonCG.UnboundedBelow) { trialValue = next; return true; }
            if (!(next < trialValue))
            {
                for (var i = 0; i < n; i++) step[i] /= 2;
                break;
            }
            trialValue = next;
            Array.Copy(trial, best, n);
            Array.Copy(trialGradient, bestGradient, n);
        }
        Array.Copy(best, trial, n);
        Array.Copy(bestGradient, trialGradient, n);
        return false;
    }

    // Steihaug's conjugate gradients on the model within |p| ≤ radius, from p = 0, into step. False when the step
    // follows a direction without positive curvature to the edge.
    private bool SolveSubproblem(double gradientNorm, double radius)
    {
        Array.Copy(gradient, residual, n);
        for (var i = 0; i < n; i++) direction[i] = -residual[i];
        Array.Clear(step);
        var target = Math.Min(0.5, Math.Sqrt(gradientNorm)) * gradientNorm;
        var rr = Dot(residual, residual);
        for (var j = 0; j < 2 * n + 10; j++)
        {
            hvp(x, direction, product);
            products++;
            var curvature = Dot(direction, product);
            if (!(curvature > 0))
            {
                negativeCurvature |= curvature < 0;
                ToEdge(radius);
                return false;
            }
            var alpha = rr / curvature;
            var reach = 0.0;
            for (var i = 0; i < n; i++) { var s = step[i] + alpha * direction[i]; reach += s * s; }
            if (Math.Sqrt(reach) >= radius)
            {
                ToEdge(radius);
                return true;
            }
            for (var i = 0; i < n; i++)
            {
                step[i] += alpha * direction[i];
                residual[i] += alpha * product[i];
            }
            var next = Dot(residual, residual);
            if (Math.Sqrt(next) <= target) return true;
            var beta = next / rr;
            rr = next;
            for (var i = 0; i < n; i++) direction[i] = -residual[i] + beta * direction[i];
        }
        return true;
    }

    // step += τ·direction with τ ≥ 0 such that |step| = radius.
    private void ToEdge(double radius)
    {
        var dd = Dot(direction, direction);
        var sd = Dot(step, direction);
        var ss = Dot(step, step);
        var tau = (-sd + Math.Sqrt(sd * sd + dd * (radius * radius - ss))) / dd;
        for (var i = 0; i < n; i++) step[i] += tau * direction[i];
    }

    private NewtonResult Result(double value, double norm, int iterations, NewtonStop stop, string message, double[]? at = null) =>
        new((double[])(at ?? x).Clone(), value, norm, iterations, products, stop,
            negativeCurvature ? message + "; the Hessian was indefinite on the way (negative curvature met)" : message,
            negativeCurvature);

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    // Three significant digits in any culture, exponents as people write them: 1.22e-14, 0.5, 1e-10.
    private static string Short(double value) =>
        value != 0 && double.IsFinite(value) && Math.Abs(value) is < 1e-3 or >= 1e5
            ? value.ToString("0.##e0", System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString("G3", System.Globalization.CultureInfo.InvariantCulture);
}
