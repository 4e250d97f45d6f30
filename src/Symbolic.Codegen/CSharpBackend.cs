using System.Globalization;
using System.Reflection;

namespace Symbolic.Codegen;

/// <summary>A piece of C# and how tightly it binds, so parentheses appear only where they are needed.</summary>
internal readonly record struct CSharpCode(string Text, int Precedence)
{
    public const int Additive = 1, Multiplicative = 2, Unary = 3, Primary = 4;

    public string At(int least) => Precedence >= least ? Text : $"({Text})";
}

/// <summary>
/// Arithmetic as C# source text. Operations keep the evaluation order of the compiled delegate (left to right,
/// the right operand parenthesised when it binds no tighter), so the emitted code rounds exactly like it.
/// Calls to <see cref="Math"/> are written as such; any other method (from <see cref="SymbolicMath"/>) becomes a
/// call to a private helper of the emitted class, collected in <see cref="Helpers"/>.
/// </summary>
internal sealed class CSharpBackend : IArithmeticBackend<CSharpCode>
{
    /// <summary>The non-<see cref="Math"/> methods the code calls, in the order first used.</summary>
    public List<MethodInfo> Helpers { get; } = [];

    public CSharpCode Constant(double value) => new(Literal(value), value < 0 || double.IsNaN(value) ? CSharpCode.Unary : CSharpCode.Primary);
    public CSharpCode Add(CSharpCode left, CSharpCode right) => Binary(left, "+", right, CSharpCode.Additive);
    public CSharpCode Subtract(CSharpCode left, CSharpCode right) => Binary(left, "-", right, CSharpCode.Additive);
    public CSharpCode Multiply(CSharpCode left, CSharpCode right) => Binary(left, "*", right, CSharpCode.Multiplicative);
    public CSharpCode Divide(CSharpCode left, CSharpCode right) => Binary(left, "/", right, CSharpCode.Multiplicative);
    public CSharpCode Negate(CSharpCode operand) => new("-" + operand.At(CSharpCode.Primary), CSharpCode.Unary);

    public CSharpCode Call(MethodInfo method, CSharpCode[] arguments)
    {
        string name;
        if (method.DeclaringType == typeof(Math)) name = "Math." + method.Name;
        else
        {
            if (!Helpers.Contains(method)) Helpers.Add(method);
            name = method.Name;
        }
        return new($"{name}({string.Join(", ", arguments.Select(a => a.Text))})", CSharpCode.Primary);
    }

    /// <summary>A double literal that reads back as the same double (round-trip, invariant culture).</summary>
    public static string Literal(double value)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static CSharpCode Binary(CSharpCode left, string op, CSharpCode right, int precedence) =>
        new($"{left.At(precedence)} {op} {right.At(precedence + 1)}", precedence);
}
