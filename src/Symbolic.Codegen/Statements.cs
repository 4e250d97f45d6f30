using System.Reflection;

namespace Symbolic.Codegen;

/// <summary>
/// One statement of compiled code. The computation plan (<see cref="RolledProgram"/>, <see cref="BlockBuilder"/>)
/// decides once what is computed, in which order, with which operations; a backend only translates the statements,
/// so all backends compute the same values with the same roundings. There are four kinds: <see cref="Assign"/>,
/// <see cref="Accumulate"/>, <see cref="AssignPair"/> and <see cref="Loop"/>, over the <see cref="Value"/>s
/// (literals, <see cref="Local"/>s, array <see cref="Element"/>s, arithmetic, method calls).
/// </summary>
/// <remarks>
/// A new backend plugs in by translating these records, as <see cref="LinqTranslator"/> (delegates) and
/// <see cref="CSharpTranslator"/> (C# source) do: map each <see cref="Local"/> to a variable, each
/// <see cref="ArrayHandle"/> and <see cref="Subscript"/> to an array access (the backend decides how a subscript
/// becomes an address, e.g. adding a batch row), each <see cref="LoopCounter"/> to an integer variable, and each
/// value kind to its operation, evaluating <see cref="Arithmetic"/> left operand first. Nothing in the statements
/// names the caller's variables: inputs are elements of <see cref="ArrayHandle.Input"/>.
/// </remarks>
internal abstract record Statement;

/// <summary>target = value. <see cref="Note"/>, when given, is a reader's hint (the variable a load stands for).</summary>
internal sealed record Assign(Place Target, Value Value, string? Note = null) : Statement;

/// <summary>target = target op value: a running sum or product, one operand per statement.</summary>
internal sealed record Accumulate(Place Target, Operator Operator, Value Value) : Statement;

/// <summary>
/// (first, second) = method(argument) for a method returning a pair of doubles, such as <see cref="Math.SinCos"/>:
/// two function values of one argument computed by one call.
/// </summary>
internal sealed record AssignPair(Local First, Local Second, MethodInfo Method, Value Argument) : Statement;

/// <summary>
/// for (counter = first; counter passes last? stop; counter += step) body — the body runs at least once, for first,
/// first + step, …, last (<paramref name="Step"/> may be negative). <paramref name="Locals"/> are the locals the body
/// uses and nothing outside it reads.
/// </summary>
internal sealed record Loop(
    LoopCounter Counter, int First, int Last, int Step, IReadOnlyList<Local> Locals, IReadOnlyList<Statement> Body) : Statement;
