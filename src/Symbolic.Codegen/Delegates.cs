namespace Symbolic.Codegen;

/// <summary>f(x) and ∇f(x) in one pass: writes the gradient into <paramref name="gradient"/> (length n) and returns f(x).</summary>
public delegate double GradientFunction(double[] x, double[] gradient);

/// <summary>A derivative of f at <paramref name="x"/> along <paramref name="direction"/> (both length n).</summary>
public delegate double DirectionalFunction(double[] x, double[] direction);

/// <summary>Writes the n×n Hessian of f at <paramref name="x"/> into <paramref name="hessian"/>, row-major.</summary>
public delegate void HessianFunction(double[] x, double[] hessian);

/// <summary>
/// f at points <paramref name="offset"/> … <paramref name="offset"/> + <paramref name="count"/> - 1 of a flat row-major
/// array (point i is <c>points[i*n .. i*n + n - 1]</c>), written to <c>values[i]</c>.
/// </summary>
public delegate void BatchValueFunction(double[] points, double[] values, int offset, int count);

/// <summary>
/// Like <see cref="BatchValueFunction"/>, and also writes ∇f at point i into <c>gradients[i*n .. i*n + n - 1]</c>.
/// </summary>
public delegate void BatchGradientFunction(double[] points, double[] values, double[] gradients, int offset, int count);

/// <summary>Writes the m×n Jacobian of m functions at <paramref name="x"/> into <paramref name="jacobian"/>, row-major (row i = function i).</summary>
public delegate void JacobianFunction(double[] x, double[] jacobian);

/// <summary>Writes ∇²f(x)·v into <paramref name="result"/> (all three of length n), without forming the Hessian.</summary>
public delegate void HessianVectorFunction(double[] x, double[] v, double[] result);
