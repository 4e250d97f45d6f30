using System.Linq.Expressions;

namespace Symbolic.Codegen;

/// <summary>
/// Compiles the loop of a batch delegate around the statements of one point (<see cref="RolledProgram"/>): the same
/// statements for the scalar loop (<see cref="LinqLanes.Scalar"/>, one point per step) and the vector loop (one vector
/// of points per step). The delegates check no arguments: <see cref="Compiler"/> wraps them in
/// <see cref="ArrayArguments.Check"/>, and a vector loop is given a count that is a multiple of its step.
/// </summary>
internal static class BatchCompiler
{
    /// <summary>The loop storing each point's value (root 0 of the program) into <c>values</c>.</summary>
    public static BatchValueFunction Value(RolledProgram program, int dimension, LinqLanes lanes, int step)
    {
        var batch = new BatchLoop(dimension, step);
        var values = Expression.Parameter(typeof(double[]), "values");
        var body = Body(program, batch, new LinqTranslator(batch.Arrays(values, null), lanes));
        return Expression.Lambda<BatchValueFunction>(body, batch.Points, values, batch.Offset, batch.Count).Compile();
    }

    /// <summary>The loop storing each point's value into <c>values</c> and its gradient into <c>gradients</c>.</summary>
    public static BatchGradientFunction ValueAndGradient(RolledProgram program, int dimension, LinqLanes lanes, int step)
    {
        var batch = new BatchLoop(dimension, step);
        var values = Expression.Parameter(typeof(double[]), "values");
        var gradients = Expression.Parameter(typeof(double[]), "gradients");
        var body = Body(program, batch, new LinqTranslator(batch.Arrays(values, gradients), lanes));
        return Expression.Lambda<BatchGradientFunction>(body, batch.Points, values, gradients, batch.Offset, batch.Count).Compile();
    }

    private static Expression Body(RolledProgram program, BatchLoop batch, LinqTranslator linq)
    {
        var statements = linq.Translate(program.Statements);
        return batch.Wrap(linq.Variables(program.Locals), statements);
    }
}
