using System.Globalization;
using System.Reflection;
using System.Text;

namespace Symbolic.Codegen;

/// <summary>A piece of C# and how tightly it binds, so parentheses appear only where they are needed.</summary>
internal readonly record struct CSharpCode(string Text, int Precedence)
{
    public const int Additive = 1, Multiplicative = 2, Unary = 3, Primary = 4;

    public string At(int least) => Precedence >= least ? Text : $"({Text})";
}

/// <summary>
/// Translates <see cref="Statement"/>s into C# source lines. Operations keep the evaluation order of the statements
/// (left to right, the right operand parenthesised when it binds no tighter), so the emitted code rounds exactly like
/// the compiled delegate. A local is declared where it is first assigned. Calls to <see cref="Math"/> are written as
/// such; any other method (from <see cref="SymbolicMath"/>) becomes a call to a private helper of the emitted class,
/// collected in <see cref="Helpers"/>.
/// </summary>
internal sealed class CSharpTranslator(StringBuilder text)
{
    private readonly HashSet<Local> declared = [];

    /// <summary>The non-<see cref="Math"/> methods the code calls, in the order first used.</summary>
    public List<MethodInfo> Helpers { get; } = [];

    /// <summary>Writes <paramref name="statements"/>, one per line at <paramref name="indent"/> spaces.</summary>
    public void Write(IEnumerable<Statement> statements, int indent)
    {
        foreach (var statement in statements)
        {
            if (statement is Loop loop) WriteLoop(loop, indent);
            else Line(indent, Simple(statement));
        }
    }

    /// <summary>The C# expression for <paramref name="value"/>.</summary>
    public CSharpCode Code(Value value) => value switch
    {
        Literal literal => new(Literal(literal.Number), literal.Number < 0 || double.IsNaN(literal.Number) ? CSharpCode.Unary : CSharpCode.Primary),
        Local local => new(local.Name, CSharpCode.Primary),
        Element e => new($"{e.Array.Name}[{Subscript(e.Subscript)}]", CSharpCode.Primary),
        Arithmetic a => Binary(Code(a.Left), a.Operator, Code(a.Right)),
        Negation n => new("-" + Code(n.Operand).At(CSharpCode.Primary), CSharpCode.Unary),
        MethodCall call => new($"{MethodName(call.Method)}({string.Join(", ", call.Arguments.Select(a => Code(a).Text))})", CSharpCode.Primary),
        _ => throw new InvalidOperationException($"no C# for {value.GetType().Name}"),
    };

    /// <summary>A double literal that reads back as the same double (round-trip, invariant culture).</summary>
    public static string Literal(double value)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private string Simple(Statement statement) => statement switch
    {
        Assign { Target: Local local } assign => $"{Declare(local)} = {Code(assign.Value).Text};" + Note(assign.Note),
        Assign assign => $"{Code(assign.Target).Text} = {Code(assign.Value).Text};",
        Accumulate accumulate => $"{Code(accumulate.Target).Text} {Symbol(accumulate.Operator)}= {Code(accumulate.Value).Text};",
        AssignPair pair => $"({Declare(pair.First)}, {Declare(pair.Second)}) = {MethodName(pair.Method)}({Code(pair.Argument).Text});",
        _ => throw new InvalidOperationException($"no C# for {statement.GetType().Name}"),
    };

    // A body of at most two statements without locals fits on the loop's line.
    private void WriteLoop(Loop loop, int indent)
    {
        var i = loop.Counter.Name;
        var header = loop.Step > 0
            ? $"for (int {i} = {loop.First}; {i} < {loop.Last + loop.Step}; {i} += {loop.Step})"
            : $"for (int {i} = {loop.First}; {i} >= {loop.Last}; {i} -= {-loop.Step})";
        if (loop.Body.Count <= 2 && loop.Body.All(s => s is not (Loop or AssignPair) && s is not Assign { Target: Local }))
        {
            Line(indent, $"{header} {{ {string.Join(" ", loop.Body.Select(Simple))} }}");
            return;
        }
        Line(indent, header);
        Line(indent, "{");
        Write(loop.Body, indent + 4);
        Line(indent, "}");
    }

    private string Declare(Local local) => declared.Add(local) ? $"double {local.Name}" : local.Name;

    private static string Note(string? note) => note is null ? "" : $" // {CSharpEmitter.Escape(note)}";

    private static string Subscript(Subscript subscript) => subscript switch
    {
        { Counter: null } => subscript.Offset.ToString(CultureInfo.InvariantCulture),
        { Offset: 0 } => subscript.Counter.Name,
        { Offset: < 0 } => $"{subscript.Counter.Name} - {-subscript.Offset}",
        _ => $"{subscript.Counter.Name} + {subscript.Offset}",
    };

    private string MethodName(MethodInfo method)
    {
        if (method.DeclaringType == typeof(Math)) return "Math." + method.Name;
        if (!Helpers.Contains(method)) Helpers.Add(method);
        return method.Name;
    }

    private static char Symbol(Operator op) => op switch
    {
        Operator.Add => '+',
        Operator.Subtract => '-',
        Operator.Multiply => '*',
        _ => '/',
    };

    private static CSharpCode Binary(CSharpCode left, Operator op, CSharpCode right)
    {
        var precedence = op is Operator.Add or Operator.Subtract ? CSharpCode.Additive : CSharpCode.Multiplicative;
        return new($"{left.At(precedence)} {Symbol(op)} {right.At(precedence + 1)}", precedence);
    }

    private void Line(int indent, string statement) => text.Append(' ', indent).AppendLine(statement);
}
