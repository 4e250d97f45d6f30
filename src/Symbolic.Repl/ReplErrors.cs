using Symbolic.Syntax;

namespace Symbolic.Repl;

/// <summary>
/// Every error the REPL raises about a command line, one factory per situation, each at the place in the line it
/// is about (a <c>span</c> of the <c>source</c> line). Situations the library knows (an unknown function, a wrong
/// arity, a negative derivative order) use its catalogues, <see cref="Errors"/> and <see cref="CalculusErrors"/>.
/// </summary>
internal static class ReplErrors
{
    // ---- Values and their shapes.

    /// <summary>A formula with a variable where a number is needed.</summary>
    public static SymbolicException MustBeNumber(string what, string variable, TextSpan span, string source) =>
        new($"{what} must be a number, but it contains the variable '{variable}'", span, source);

    /// <summary>A vector with a variable where numbers are needed.</summary>
    public static SymbolicException MustHoldNumbers(string what, string variable, TextSpan span, string source) =>
        new($"{what} must hold numbers, but it contains the variable '{variable}'", span, source);

    /// <summary>A vector where one expression is needed; without a place when the value does not know its node.</summary>
    public static SymbolicException NotAScalar(string what, TextSpan? span = null, string? source = null) =>
        SymbolicException.At($"{what} must be a single expression, not a vector", span, source);

    /// <summary>A matrix where a vector is needed.</summary>
    public static SymbolicException MatrixNotVector(string what, TextSpan? span = null, string? source = null) =>
        SymbolicException.At($"{what} must be a vector of expressions, not a matrix", span, source);

    /// <summary>A scalar where a vector is needed.</summary>
    public static SymbolicException NotAVector(string what, TextSpan? span = null, string? source = null) =>
        SymbolicException.At($"{what} must be a vector such as [1, 2]", span, source);

    /// <summary>An infinite or NaN result of <c>eval</c> used inside a formula.</summary>
    public static SymbolicException NumberNotInFormula(string number, TextSpan? span = null, string? source = null) =>
        SymbolicException.At($"the number {number} cannot be used in a formula", span, source);

    /// <summary>A text-only command (<c>latex</c>, <c>plot</c>) where a value is needed.</summary>
    public static SymbolicException TextNotValue(string command, TextSpan span, string source) =>
        new($"{command}(...) gives text, not a value that can be used here", span, source);

    /// <summary><c>diff(ln(a), a)(2)</c>: parentheses after a result, which the grammar reads as a product.</summary>
    public static SymbolicException ResultCalled(string arguments, string command, string suggestion, TextSpan span, string source) =>
        new($"a result cannot be called: '({arguments})' after {command}(...) would multiply it; {suggestion}", span, source);

    /// <summary><c>g(2)</c> for a value <c>g</c>.</summary>
    public static SymbolicException ValueCalled(string name, string hint, TextSpan span, string source) =>
        new($"'{name}' is a value, not a function: {hint}", span, source);

    // ---- Definitions.

    /// <summary><c>let f(x, x) = …</c> as the session sees it.</summary>
    public static SymbolicException ParameterTwice(string parameter, TextSpan span, string source) =>
        new($"the parameter '{parameter}' appears twice", span, source);

    /// <summary><c>let sin = …</c>, <c>let pi = …</c>, <c>let grad(x) = …</c>.</summary>
    public static SymbolicException BuiltIn(string name, TextSpan span, string source) =>
        new($"'{name}' is built in and cannot be redefined", span, source);

    // ---- Command arguments.

    /// <summary><c>eval(e, x=1, x=2)</c>.</summary>
    public static SymbolicException OptionTwice(string option, TextSpan span, string source) =>
        new($"'{option}=' is given twice", span, source);

    /// <summary>A command with too few or too many positional arguments, with its usage.</summary>
    public static SymbolicException ArgumentCount(string command, int min, int max, int got, string usage, TextSpan span, string source)
    {
        var expected = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
        return new($"{command} takes {expected} argument{(max == 1 ? "" : "s")}, got {got}; usage: {usage}", span, source);
    }

    /// <summary>A named argument the command does not take.</summary>
    public static SymbolicException UnknownOption(string command, string option, IReadOnlyList<string> allowed, TextSpan span, string source)
    {
        var hint = allowed.Count == 0 ? "none" : string.Join(", ", allowed.Select(a => a + "="));
        return new($"{command} has no option '{option}=' (options: {hint})", span, source);
    }

    /// <summary>A flag given something other than true or false.</summary>
    public static SymbolicException FlagNotBoolean(string option, TextSpan span, string source) =>
        new($"{option}= takes true or false", span, source);

    /// <summary><c>steps=</c> outside 0 … 10,000,000 or not whole; <paramref name="steps"/> as printed.</summary>
    public static SymbolicException StepsOutOfRange(string steps, TextSpan span, string source) =>
        new($"steps= must be a whole number from 0 to 10000000, got {steps}", span, source);

    /// <summary><c>tol=</c> below 0 or NaN; <paramref name="tolerance"/> as printed.</summary>
    public static SymbolicException NegativeTolerance(string tolerance, TextSpan span, string source) =>
        new($"tol= must be 0 or more, got {tolerance}", span, source);

    // ---- Variables and points.

    /// <summary>An entry of a variable list that is not a variable.</summary>
    public static SymbolicException NotAVariable(Expr entry, TextSpan span, string source) => new($"'{entry}' is not a variable", span, source);

    /// <summary>Something other than <c>[x, y]</c> where a list of variables is needed.</summary>
    public static SymbolicException NotAVariableList(TextSpan span, string source) => new("expected a list of variables such as [x, y]", span, source);


    /// <summary>A variable both listed and given a fixed value.</summary>
    public static SymbolicException ListedAndFixed(string variable, TextSpan span, string source) =>
        new($"'{variable}' is in the variable list and also given a fixed value", span, source);

    /// <summary>A variable of the function neither listed nor given a value.</summary>
    public static SymbolicException NeitherListedNorGiven(string variable, TextSpan span, string source) =>
        new($"'{variable}' is neither in the variable list nor given a value; add it to the list or write {variable}=…", span, source);

    /// <summary>A point with the wrong number of components; <paramref name="what"/> is "the point" or "the start point".</summary>
    public static SymbolicException PointLength(string what, int components, IReadOnlyList<Expr> variables, TextSpan span, string source) =>
        new($"{what} has {CalculusErrors.Components(components)} but {CalculusErrors.ThereAreVariables(variables)}", span, source);

    /// <summary>newton's start shorter than the variables, of a length that does not divide their number.</summary>
    public static SymbolicException StartNotRepeatable(int components, int variableCount, string variables, TextSpan span, string source) =>
        new($"the start point has {components} components but there are {variableCount} variables " +
            $"({variables}); a shorter start is repeated only when its length divides {variableCount}", span, source);

    /// <summary>A named value that is not a variable of the function (<c>graph</c>, <c>backprop</c>).</summary>
    public static SymbolicException NotAVariableOfFunction(string name, string known, string hint, TextSpan span, string source) =>
        new($"'{name}' is not a variable of the function ({known}){hint}", span, source);

    /// <summary>A point that leaves a variable without a value.</summary>
    public static SymbolicException MissingValue(string command, string variable, TextSpan span, string source) =>
        new($"{command} needs a value for every variable; '{variable}' has none (add {variable}=1)", span, source);

    /// <summary>backprop without a point; <paramref name="example"/> is the call with one.</summary>
    public static SymbolicException BackpropNeedsPoint(string example, TextSpan span, string source) =>
        new($"backprop needs a value for every variable, e.g. {example}", span, source);

    // ---- Orders.

    /// <summary>A derivative order that is not whole.</summary>
    public static SymbolicException OrderNotWhole(Expr order, TextSpan span, string source) =>
        new($"the order must be a whole number, got {order}", span, source);

    /// <summary><c>diff(x^5, x, n)</c> after <c>let n = 3</c>: a name there is a variable, not the order.</summary>
    public static SymbolicException OrderAsVariable(string name, Expr order, TextSpan span, string source) =>
        new($"'{name}' here is a variable to differentiate by, not the order {order} the session defines; for the derivative of order {order} write the number: diff(…, {order})", span, source);

    /// <summary>A Taylor order that is not whole.</summary>
    public static SymbolicException TaylorOrderNotWhole(Expr order, TextSpan span, string source) =>
        new($"the order of taylor must be a whole number, got {order}", span, source);

    /// <summary>A Taylor order outside 0 … <paramref name="max"/>.</summary>
    public static SymbolicException TaylorOrderOutOfRange(string order, int max, TextSpan span, string source) =>
        new($"the order of taylor must be 0 to {max}, got {order}", span, source);

    // ---- Drawings and files.

    /// <summary>plot with neither 4 nor 7 positional arguments.</summary>
    public static SymbolicException PlotArgumentCount(int got, TextSpan span, string source) =>
        new($"plot takes 4 arguments (e, x, a, b) or 7 (e, x, a, b, y, c, d), got {got}", span, source);

    /// <summary>A function with no real value anywhere in the plotted ranges; <paramref name="ranges"/> as printed.</summary>
    public static SymbolicException NothingToDraw(string function, string ranges, TextSpan span, string source) =>
        new($"nothing to draw: {function} has no real value for {ranges}; no file written", span, source);

    /// <summary>A path= value other than auto, last or none.</summary>
    public static SymbolicException PathOption(TextSpan span, string source) =>
        new("path= takes auto (the default: only on a plot of the function it descended), last or none", span, source);

    /// <summary>path=last without a descent in the plotted variables; <paramref name="why"/> says what the session has.</summary>
    public static SymbolicException NoDescentToDraw(string variables, string why, TextSpan span, string source) =>
        new($"path=last needs a descent in ({variables}), but {why}", span, source);

    /// <summary>Something other than a name where the variable to plot against goes.</summary>
    public static SymbolicException NotAPlotVariable(TextSpan span, string source) =>
        new("expected the name of a variable to plot against", span, source);

    /// <summary>A range whose end is not above its start; both as printed on the axis.</summary>
    public static SymbolicException RangeBackwards(string variable, string from, string to, TextSpan span, string source) =>
        new($"the range of {variable} must go from low to high, got {from} to {to}", span, source);

    /// <summary>A variable of the function that the plot has no axis for.</summary>
    public static SymbolicException UnplottedVariable(string variable, TextSpan span, string source) =>
        new($"the function has the variable '{variable}', which is not plotted; bind it with let {variable} = ...", span, source);

    /// <summary>A graph too large to draw legibly.</summary>
    public static SymbolicException GraphTooLarge(int nodes, int max, TextSpan span, string source) =>
        new($"the graph has {nodes} nodes, more than the {max} a drawing shows legibly; " +
            "backprop(...) prints it node by node, and format=\"dot\" writes it for Graphviz", span, source);

    /// <summary>A format= value other than svg or dot.</summary>
    public static SymbolicException GraphFormat(TextSpan span, string source) =>
        new("format= takes \"svg\" (the default) or \"dot\" (Graphviz)", span, source);

    /// <summary>out= given something that is not a file name.</summary>
    public static SymbolicException OutNotAFileName(string stem, string extension, TextSpan span, string source) =>
        new($"out= takes a file name, e.g. out=\"{stem}{extension}\" or out={stem}", span, source);

    /// <summary>out="" or out=" ".</summary>
    public static SymbolicException OutEmpty(TextSpan span, string source) => new("out= needs a file name", span, source);

    /// <summary>An output file in a folder that does not exist.</summary>
    public static SymbolicException NoSuchFolder(string path, string folder, TextSpan span, string source) =>
        new($"cannot write {path}: the folder {folder} does not exist", span, source);

    /// <summary>An output file name that is a folder.</summary>
    public static SymbolicException PathIsFolder(string path, TextSpan span, string source) => new($"cannot write {path}: it is a folder", span, source);

    /// <summary>An SVG that the PNG renderer could not load or save.</summary>
    public static SymbolicException PngFailed() => new("the plot could not be rendered to PNG");

    /// <summary>A minimisation that stopped without a minimum; <paramref name="why"/> is the solver's own account.</summary>
    public static SymbolicException NoMinimum(string why, TextSpan span, string source) => new(why, span, source);

}
