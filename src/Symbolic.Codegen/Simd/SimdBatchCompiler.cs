namespace Symbolic.Codegen.Simd;

/// <summary>
/// The vector loop of a batch delegate: the statements of one point (<see cref="RolledProgram"/>, the same the scalar
/// loop runs) translated over a lanes type (<see cref="VectorLanes"/>), one vector of points per step. Each input is
/// gathered from its column of the row-major points, each output scattered to its place. The loop handles a count
/// that is a multiple of the lane count; <see cref="Compiler"/> runs the remaining points through the scalar loop.
/// </summary>
internal static class SimdBatchCompiler
{
    /// <summary>The lanes type of a vector width.</summary>
    public static Type LanesOf(BatchWidth width) => width == BatchWidth.Vector512 ? typeof(Lanes512) : typeof(Lanes256);

    /// <summary>The vector loop for a program storing values, or null when it is too long for one vector method.</summary>
    public static (BatchValueFunction Kernel, int Lanes)? Value(RolledProgram program, int dimension, BatchWidth width)
    {
        if (!Fits(program)) return null;
        var lanes = new VectorLanes(LanesOf(width));
        return (BatchCompiler.Value(program, dimension, lanes, lanes.Count), lanes.Count);
    }

    /// <summary>The vector loop for a program storing values and gradients, or null when it is too long.</summary>
    public static (BatchGradientFunction Kernel, int Lanes)? ValueAndGradient(RolledProgram program, int dimension, BatchWidth width)
    {
        if (!Fits(program)) return null;
        var lanes = new VectorLanes(LanesOf(width));
        return (BatchCompiler.ValueAndGradient(program, dimension, lanes, lanes.Count), lanes.Count);
    }

    // A vector body is not split into chunk methods as a long scalar one is (MethodSplitter passes doubles between
    // chunks), so a longer one would be one huge method the JIT compiles without optimisation: it keeps the scalar path.
    private static bool Fits(RolledProgram program) => MethodSplitter.FitsOneMethod(Count(program.Statements));

    private static int Count(IEnumerable<Statement> statements) =>
        statements.Sum(s => s is Loop loop ? 1 + Count(loop.Body) : 1);
}
