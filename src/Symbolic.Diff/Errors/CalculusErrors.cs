using System.Globalization;
using Symbolic.Syntax;

namespace Symbolic;

/// <summary>
/// Every error differentiation, series and the rules file raise, one factory per situation (the core's are in
/// <see cref="Errors"/>). Public so the REPL and the compiler say the same thing the same way; a factory takes the
/// place of the problem when the caller knows it (a <c>span</c> of the <c>source</c> text).
/// </summary>
/// <example><code>
/// throw CalculusErrors.NegativeOrder(-1);   // the order of a derivative must be 0 or more, got -1
/// </code></example>
public static class CalculusErrors
{
    // ---- Derivatives.

    /// <summary><c>diff(e, x, -1)</c>.</summary>
    public static SymbolicException NegativeOrder(object order, TextSpan? span = null, string? source = null) =>
        SymbolicException.At($"the order of a derivative must be 0 or more, got {order}", span, source);

    /// <summary>A derivative order over <see cref="Calculus.MaxOrder"/>.</summary>
    public static SymbolicException OrderTooHigh(object order, TextSpan? span = null, string? source = null) =>
        SymbolicException.At($"the order of a derivative is limited to {Calculus.MaxOrder.ToString("N0", CultureInfo.InvariantCulture)}, got {order}", span, source);

    /// <summary>A derivative with respect to something that is not a variable: <c>diff(e, 2*x)</c>.</summary>
    public static SymbolicException NotAVariable(Expr expression, TextSpan? span = null, string? source = null) =>
        SymbolicException.At($"can only differentiate with respect to a variable, not '{expression}'", span, source);

    /// <summary>A variable list with a repeat: <c>[x, y, x]</c>.</summary>
    public static SymbolicException VariableListedTwice(Expr variable, TextSpan? span = null, string? source = null) =>
        SymbolicException.At($"'{variable}' appears twice in the variable list", span, source);

    /// <summary>A directional derivative along the zero vector.</summary>
    public static SymbolicException ZeroDirection() => new("the direction is the zero vector, which has no unit direction");

    /// <summary>A direction whose length is not the number of variables.</summary>
    public static SymbolicException DirectionLength(int components, IReadOnlyList<Expr> variables) =>
        new($"the direction has {Components(components)} but {ThereAreVariables(variables)}");

    /// <summary><c>1 component</c>, <c>3 components</c>: a vector's length in a message.</summary>
    public static string Components(int count) => count == 1 ? "1 component" : $"{count} components";

    /// <summary><c>there is 1 variable (x)</c>, <c>there are 2 variables (x, y)</c>: what a vector's length should match.</summary>
    public static string ThereAreVariables(IReadOnlyList<Expr> variables) =>
        (variables.Count == 1 ? "there is 1 variable" : $"there are {variables.Count} variables") + $" ({string.Join(", ", variables)})";

    /// <summary>A Jacobian of no functions.</summary>
    public static SymbolicException NoFunctions(TextSpan? span = null, string? source = null) =>
        SymbolicException.At("the list of functions is empty: a Jacobian needs at least one", span, source);

    // ---- Taylor series.

    /// <summary><c>taylor</c> with a negative order.</summary>
    public static SymbolicException NegativeTaylorOrder(int order) => new($"taylor: the order must be 0 or more, got {order}");

    /// <summary><c>taylor</c> with an order over <see cref="Calculus.MaxTaylorOrder"/>.</summary>
    public static SymbolicException TaylorOrderTooHigh(int order) =>
        new($"taylor: the order is limited to {Calculus.MaxTaylorOrder}, got {order}");

    /// <summary>An expansion point that contains the variable.</summary>
    public static SymbolicException PointDependsOnVariable(Expr point, Expr variable) =>
        new($"taylor: the point {point} depends on {variable}");

    /// <summary>Terms that keep cancelling, so the asked order is never reached.</summary>
    public static SymbolicException TermsCancel(Expr f, Expr variable, Expr point, int order) =>
        new($"taylor: the terms of {f} about {variable} = {point} cancel too far to find order {order}");

    /// <summary>A pole at the expansion point: a Laurent series, not a Taylor series.</summary>
    public static SymbolicException Pole(Expr f, Expr variable, Expr point) =>
        new($"taylor: {f} has a pole at {variable} = {point}, so it has no Taylor series there");

    /// <summary>A function of the expansion point's argument that has a pole: <c>exp(1/x)</c> at 0.</summary>
    public static SymbolicException EssentialSingularity(Expr node, Expr variable, Expr point) =>
        new($"taylor: {node} has an essential singularity at {variable} = {point} (its argument has a pole)");

    /// <summary>A node without derivatives of every order at the point: <c>sqrt(x)</c> or <c>abs(x)</c> at 0.</summary>
    public static SymbolicException NotAnalytic(Expr node, Expr variable, Expr point) =>
        new($"taylor: {node} is not analytic at {variable} = {point}, so it has no Taylor series there");

    /// <summary>A node kind the series arithmetic does not know.</summary>
    public static SymbolicException CannotExpand(Expr node) => new($"taylor: cannot expand {node}");

    /// <summary>A function of several arguments inside a series.</summary>
    public static SymbolicException SeveralArguments(string function, int count) =>
        new($"taylor: {function} of {count} arguments is not expanded; write it with one-argument functions");

    /// <summary>The reciprocal of a series with no known nonzero term.</summary>
    public static SymbolicException SeriesDivisionByZero() => new("division by a series that is 0 as far as it is known");

    // ---- The rules file: its place is a line number.

    /// <summary>A rules line that is not <c>pattern -> replacement</c>.</summary>
    public static SymbolicException RuleNotARule(int lineNumber, string line) =>
        new($"rules line {lineNumber}: expected 'pattern -> replacement', got '{line}'");

    /// <summary>A rule whose pattern is a lone pattern variable.</summary>
    public static SymbolicException RuleMatchesEverything(int lineNumber, Expr pattern) =>
        new($"rules line {lineNumber}: the pattern '{pattern}' alone would match every expression");

    /// <summary>A replacement that uses a name its pattern does not bind.</summary>
    public static SymbolicException RuleUnboundName(int lineNumber, string name, Expr pattern) =>
        new($"rules line {lineNumber}: the replacement uses '{name}', which the pattern '{pattern}' does not bind");

    /// <summary>A name in a pattern declared neither as a pattern variable nor as a literal.</summary>
    public static SymbolicException RuleUndeclaredName(int lineNumber, string name, string variablesHeader, string literalsHeader) =>
        new($"rules line {lineNumber}: '{name}' is neither a pattern variable (declare it on the '{variablesHeader}' line) " +
            $"nor a literal (declare it on a '{literalsHeader}' line)");

    /// <summary>A side of a rule that does not parse; <paramref name="problem"/> is the parser's message.</summary>
    public static SymbolicException RuleSideInvalid(int lineNumber, string problem, string side) =>
        new($"rules line {lineNumber}: {problem} in '{side}'");

}
