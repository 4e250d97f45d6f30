using Symbolic.Codegen;

namespace Symbolic.Codegen.Tests;

/// <summary>Compiled value and gradient against the interpreter on the symbolic gradient, at random points.</summary>
internal static class CompiledGradientCheck
{
    /// <summary>
    /// Checks <see cref="Compiler.ValueAndGradient"/> and <see cref="Compiler.Value"/> of <paramref name="f"/> (variables
    /// in <paramref name="order"/>, or natural order) at <paramref name="trials"/> points whose coordinates
    /// <paramref name="coordinate"/> draws.
    /// </summary>
    public static void AgreesWithTheInterpreter(
        Expr f, Func<Random, double> coordinate, int seed, IReadOnlyList<string>? order = null, int trials = 5)
    {
        var names = order ?? ExprWalk.Variables(f);
        var gradient = Calculus.Gradient(f, names.Select(Expr.Var).ToArray());
        var valueAndGradient = Compiler.ValueAndGradient(f, order);
        var value = Compiler.Value(f, order);
        var random = new Random(seed);
        for (var trial = 0; trial < trials; trial++)
        {
            var x = names.Select(_ => coordinate(random)).ToArray();
            var bindings = CompiledValueTests.Bindings(names, x);
            var actual = new double[names.Count];
            var expected = Evaluator.Evaluate(f, bindings);
            Assert.Equal(expected, valueAndGradient(x, actual), Tolerance.Relative(expected));
            Assert.Equal(expected, value(x), Tolerance.Relative(expected));
            for (var i = 0; i < names.Count; i++)
            {
                var g = Evaluator.Evaluate(gradient[i], bindings);
                Assert.Equal(g, actual[i], Tolerance.Relative(g));
            }
        }
    }

    /// <summary>Coordinates near 1, so that a product of many of them stays well inside the range of doubles.</summary>
    public static double NearOne(Random random) => 0.8 + 0.4 * random.NextDouble();

    /// <summary>Coordinates in [-1, 1].</summary>
    public static double Signed(Random random) => random.NextDouble() * 2 - 1;
}
