using FsCheck;
using FsCheck.Fluent;
using Symbolic.Properties.Tests.Generators;
using Symbolic.Properties.Tests.Oracles;
using static Symbolic.Properties.Tests.GradientProperties;

namespace Symbolic.Properties.Tests;

/// <summary>Print → parse, compiled = interpreted, Simplify keeps the value.</summary>
public class ExpressionProperties
{
    /// <summary>A wrapper whose ToString shows the expression both ways, so FsCheck prints it on failure.</summary>
    public sealed record Printed(Expr E)
    {
        public override string ToString() => $"{E}   (nodes {E.CountNodes()}, kinds {string.Join(",", ExprWalk.TopologicalOrder(E).Select(x => x.Kind).Distinct())})";
    }

    // No domain help: raw arguments, any exponent, rationals, negatives, constants, every function.
    private static Gen<Printed> AnyExpressions() =>
        Gen.Choose(1, PropertyBudget.MaxVariables).SelectMany(n => ExprGenerator.Expression(n, domainAware: false)).Select(e => new Printed(e));

    [Fact]
    public void PrintThenParse_GivesBackTheSameExpr_OnGeneratedExpressions() => RoundTrip(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void PrintThenParse_GivesBackTheSameExpr_Deep() => RoundTrip(PropertyBudget.DeepCases);

    [Fact]
    public void CompiledValue_EqualsInterpretedValue_OnGeneratedExpressions() => CompiledEqualsInterpreted(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void CompiledValue_EqualsInterpretedValue_Deep() => CompiledEqualsInterpreted(PropertyBudget.DeepCases);

    [Fact]
    public void Simplify_KeepsTheValueAndNeverGrows_OnGeneratedExpressionsAndTheirDerivatives() => SimplifyKeepsValue(PropertyBudget.Cases);

    [DeepFact, Trait("Category", "Deep")]
    public void Simplify_KeepsTheValue_Deep() => SimplifyKeepsValue(PropertyBudget.DeepCases);

    private static void SimplifyKeepsValue(int cases) =>
        PropertyBudget.Check(nameof(Simplify_KeepsTheValueAndNeverGrows_OnGeneratedExpressionsAndTheirDerivatives), PointSampler.Cases(), cases, c =>
        {
            // f itself and ∂f/∂x0 (derivatives are what the simplifier mostly sees)
            foreach (var e in new[] { c.F, Subject.GradientExprs(c.F, c.Variables)[0] })
            {
                var simplified = Simplifier.Simplify(e);
                var before = Evaluator.Evaluate(e, c.Bindings());
                var after = Evaluator.Evaluate(simplified, c.Bindings());
                // both within their first-order rounding bounds of the exact value
                var allowed = 4 * (DualEvaluator.RoundingBound(e, c.Bindings()) + DualEvaluator.RoundingBound(simplified, c.Bindings()));
                if (!(Math.Abs(before - after) <= allowed))
                    throw new Exception(
                        $"Simplify changed the value: {e}\n    = {Show(before)}\n    simplified to {simplified}\n    = {Show(after)}, allowed {Show(allowed)}");
                // the simplifier's promise: the printed tree never grows, and at equal length the DAG never grows
                var (treeAfter, dagAfter) = Simplifier.Size(simplified);
                var (treeBefore, dagBefore) = Simplifier.Size(e);
                if (!(treeAfter < treeBefore || (treeAfter == treeBefore && dagAfter <= dagBefore)))
                    throw new Exception($"Simplify made {e} larger: {simplified} ({treeAfter} tree nodes, {dagAfter} distinct, against {treeBefore}, {dagBefore})");
            }
        });

    private static void RoundTrip(int cases) =>
        PropertyBudget.Check(nameof(PrintThenParse_GivesBackTheSameExpr_OnGeneratedExpressions), AnyExpressions(), cases, p =>
        {
            var text = Expressions.Print(p.E);
            var back = Expressions.Parse(text);
            if (!ReferenceEquals(back, p.E))
                throw new Exception($"printed as '{text}', parsed back as '{back}' — a different Expr");
        });

    private static void CompiledEqualsInterpreted(int cases) =>
        PropertyBudget.Check(nameof(CompiledValue_EqualsInterpretedValue_OnGeneratedExpressions), PointSampler.Cases(), cases, c =>
        {
            var compiled = Subject.CompiledValue(c.F, c.Variables, c.Point);
            var interpreted = Evaluator.Evaluate(c.F, c.Bindings());
            // both are within the rounding bound of the exact value
            var bound = 2 * DualEvaluator.RoundingBound(c.F, c.Bindings());
            if (!(Math.Abs(compiled - interpreted) <= bound))
                throw new Exception($"compiled {Show(compiled)}, interpreted {Show(interpreted)}, allowed {Show(bound)}");
        });
}
