using Symbolic.Repl.Values;
using Symbolic.Syntax;

namespace Symbolic.Repl;

/// <summary>
/// A result written as if it were a function, <c>diff(ln(a), a)(2)</c> or <c>g(2)</c> for a value <c>g</c>: the grammar
/// reads the first as a product, which would silently multiply, so both are errors that show how to evaluate instead.
/// </summary>
internal static class ResultCall
{
    /// <summary>Throws when the command call <paramref name="call"/> is directly followed by <c>(</c> in <paramref name="source"/>.</summary>
    public static void RejectCallOf(Interpreter interpreter, string source, CallSyntax call, ReplValue value)
    {
        var open = call.Span.End;
        while (open < source.Length && char.IsWhiteSpace(source[open])) open++;
        if (open >= source.Length || source[open] != '(') return;
        var close = MatchingParenthesis(source, open);
        var arguments = source[(open + 1)..close].Trim();
        var written = source[call.Span.Start..call.Span.End];
        var variables = VariablesOf(value);
        var suggestion = variables.Count == 0
            ? $"it has no variables; write {written}*({arguments}) to multiply"
            : $"to evaluate it at a point write eval({written}, {Bindings(variables, variables.Count == 1 ? [arguments] : [])}), " +
              $"or subs(...) for an exact value; write * to multiply";
        throw ReplErrors.ResultCalled(arguments, call.Name, suggestion, SpanAt(source, open, close + 1 - open), source);
    }

    /// <summary>The error for calling <paramref name="call"/>'s name when the session holds a value under it.</summary>
    public static SymbolicException ValueCalled(Interpreter interpreter, string source, CallSyntax call, ReplValue value)
    {
        var variables = VariablesOf(value);
        var arguments = call.Arguments.Select(a => source[a.Span.Start..a.Span.End].Trim()).ToArray();
        var given = arguments.Length == variables.Count ? arguments : [];
        var hint = variables.Count == 0
            ? "it has no variables"
            : $"evaluate it with eval({call.Name}, {Bindings(variables, given)}), or define a function with let {call.Name}({string.Join(", ", variables)}) = ...";
        return ReplErrors.ValueCalled(call.Name, hint, call.NameSpan, source);
    }

    // x=3, y=4 when values are given for every variable, else x=…, y=….
    private static string Bindings(IReadOnlyList<string> variables, IReadOnlyList<string> values) =>
        string.Join(", ", variables.Select((v, i) => $"{v}={(values.Count == variables.Count ? values[i] : "…")}"));

    private static IReadOnlyList<string> VariablesOf(ReplValue value) => ExprWalk.Variables(value.SymbolicEntries());

    // The parentheses opened at open are balanced, or the parser would have refused the line.
    private static int MatchingParenthesis(string source, int open)
    {
        var depth = 0;
        for (var i = open; i < source.Length; i++)
        {
            if (source[i] == '(') depth++;
            else if (source[i] == ')' && --depth == 0) return i;
        }
        return source.Length - 1;
    }

    private static TextSpan SpanAt(string source, int start, int length)
    {
        var lineStart = source.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var line = 1 + source.AsSpan(0, lineStart).Count('\n');
        return new TextSpan(start, length, line, start - lineStart + 1);
    }
}
