namespace Symbolic.Codegen;

/// <summary>
/// The errors compilation raises for a bad request, one factory per situation (those of the core and of
/// differentiation are in <see cref="Errors"/> and <see cref="CalculusErrors"/>). API misuse (a short array, a null
/// in a list, a negative offset) stays an <see cref="ArgumentException"/> at its check.
/// </summary>
internal static class CompileErrors
{
    /// <summary>An expression with a variable the compiled function has no parameter for.</summary>
    public static SymbolicException VariableNotCompiled(string name, IReadOnlyList<string> variables) =>
        new($"variable '{name}' is not among the compiled variables ({string.Join(", ", variables)})");

    /// <summary>A class name the C# emitter cannot use.</summary>
    public static SymbolicException InvalidClassName(string className) => new($"'{className}' is not a valid C# class name");

    /// <summary>A negative number of descent steps.</summary>
    public static SymbolicException NegativeSteps(int steps) => new($"the number of steps must be 0 or more, got {steps}");

    /// <summary>A learning rate that is infinite or NaN.</summary>
    public static SymbolicException LearningRateNotFinite(double learningRate) =>
        new($"the learning rate must be a finite number, got {learningRate}");

    /// <summary>A parallel batch chunk of no points.</summary>
    public static SymbolicException ChunkTooSmall(int chunkSize) => new($"the chunk size must be at least 1, got {chunkSize}");
}
