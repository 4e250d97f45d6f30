using Symbolic.Syntax;

namespace Symbolic;

/// <summary>
/// Every error the core raises, one factory per situation, so each situation is worded once and a test can walk
/// them all. A factory takes the place of the problem when the caller knows it (a <c>span</c> of the <c>source</c>
/// text); errors of the model and numbers have no place, and the binder gives them the place of the syntax node it
/// was binding. Diff, Codegen and the REPL keep catalogues of their own.
/// </summary>
/// <example><code>
/// throw Errors.UnknownFunction("sinn", suggestion: "sin", span: call.NameSpan, source: text);
/// // unknown function 'sinn' — did you mean 'sin'?
/// </code></example>
public static class Errors
{
    // ---- Syntax: always at a place in the text.

    /// <summary><c>the input is too long: 5,000,000 characters, more than the limit of 4,000,000</c></summary>
    public static ParseException InputTooLong(int length, int limit, TextSpan span, string source) =>
        new($"the input is too long: {length:N0} characters, more than the limit of {limit:N0}", span, source);

    /// <summary>A blank line where a statement was expected.</summary>
    public static ParseException EmptyInput(TextSpan span, string source) =>
        new("empty input: expected an expression or a definition", span, source);

    /// <summary>More open brackets, calls and pending exponents at once than the parser's nesting limit.</summary>
    public static ParseException NestedTooDeep(int maxDepth, TextSpan span, string source) =>
        new($"the expression is nested deeper than {maxDepth} levels", span, source);

    /// <summary><c>let f(x, x) = …</c></summary>
    public static ParseException ParameterDeclaredTwice(string parameter, TextSpan span, string source) =>
        new($"parameter '{parameter}' is declared twice", span, source);

    /// <summary>A <c>let</c> where only an expression may stand.</summary>
    public static ParseException DefinitionNotAllowed(TextSpan span, string source) =>
        new("expected an expression, not a definition: 'let' is not allowed here", span, source);

    /// <summary><c>* 2</c>: a token that cannot start an expression, first in the input; <paramref name="token"/> as described to people.</summary>
    public static ParseException ExpressionExpectedBefore(string token, TextSpan span, string source) =>
        new($"expected an expression before {token}", span, source);

    /// <summary><c>x + let y = 1</c>.</summary>
    public static ParseException LetNotFirst(TextSpan span, string source) =>
        new("unexpected 'let': a definition must start the input (let x = ..., let f(x) = ...)", span, source);

    /// <summary><c>let = 2</c>.</summary>
    public static ParseException NameExpectedAfterLet(TextSpan span, string source) => new("expected a name after 'let'", span, source);

    /// <summary><c>let f(x, ) = …</c>.</summary>
    public static ParseException ParameterExpectedAfter(string previous, TextSpan span, string source) =>
        new($"expected a parameter name after '{previous}'", span, source);

    /// <summary><c>x +</c>, <c>2 * * 3</c>.</summary>
    public static ParseException MissingOperand(string @operator, TextSpan span, string source) =>
        new($"missing operand after '{@operator}'", span, source);

    /// <summary><c>()</c>.</summary>
    public static ParseException EmptyParentheses(TextSpan span, string source) =>
        new("empty parentheses: expected an expression inside '()'", span, source);

    /// <summary>An opening bracket or a comma followed by something that cannot start an expression.</summary>
    public static ParseException ExpressionExpectedAfter(string previous, TextSpan span, string source) =>
        new($"expected an expression after '{previous}'", span, source);

    /// <summary><c>let f(x y) = …</c>.</summary>
    public static ParseException CommaOrParenthesisExpected(string parameter, TextSpan span, string source) =>
        new($"expected ',' or ')' after parameter '{parameter}'", span, source);

    /// <summary><c>let f(x) x^2</c>; <paramref name="header"/> is the definition's start as written (shortened).</summary>
    public static ParseException EqualsExpected(string header, TextSpan span, string source) =>
        new($"expected '=' after '{header}'", span, source);

    /// <summary><c>sin(x</c>: the input ends with a bracket open; <paramref name="written"/> is the text from it (shortened).</summary>
    public static ParseException CloserExpected(char closer, string written, TextSpan span, string source) =>
        new($"expected '{closer}' after '{written}'", span, source);

    /// <summary><c>x = 2</c>.</summary>
    public static ParseException DefinitionWithoutLet(TextSpan span, string source) =>
        new("unexpected '=': a definition starts with 'let' (let x = ..., let f(x) = ...)", span, source);

    /// <summary><c>(n=2)</c>: a name given a value outside a call's arguments.</summary>
    public static ParseException NamedOutsideCall(TextSpan span, string source) =>
        new("unexpected '=': only a call's arguments can be named (f(x, n=2))", span, source);

    /// <summary><c>1, 2</c> at the top of the input.</summary>
    public static ParseException ListOutsideBrackets(TextSpan span, string source) =>
        new("unexpected ',': a list of values goes inside brackets, [a, b]", span, source);

    /// <summary><c>grad(f)(3, 4)</c>: a comma in parentheses that are not a call.</summary>
    public static ParseException CommaInParentheses(TextSpan span, string source) =>
        new("unexpected ',': parentheses hold one expression; to evaluate a result at a point write eval(e, x=3, y=4), and a list goes in brackets, [a, b]", span, source);

    /// <summary>Any other token in a place the grammar does not allow it; both as described to people.</summary>
    public static ParseException UnexpectedToken(string token, string after, TextSpan span, string source) =>
        new($"unexpected {token} after '{after}'", span, source);

    /// <summary>A closing bracket with nothing open: <c>(x + 1))</c>.</summary>
    public static ParseException UnmatchedCloser(string closer, char opener, TextSpan span, string source) =>
        new($"unmatched '{closer}': there is no open '{opener}' to close", span, source);

    /// <summary>A closing bracket of the wrong kind: <c>[x + 1)</c>, naming where the open one is.</summary>
    public static ParseException MismatchedCloser(string closer, string opener, TextSpan openedAt, char expected, TextSpan span, string source) =>
        new($"'{closer}' does not match the '{opener}' opened at line {openedAt.Line}, column {openedAt.Column}: expected '{expected}'", span, source);

    /// <summary><c>sin x</c>: a function name before its argument wants parentheses.</summary>
    public static ParseException FunctionNeedsParentheses(string function, string argument, TextSpan span, string source) =>
        new($"'{function}' is a function: write '{function}({argument})'", span, source);

    /// <summary><c>x y</c>: two operands side by side where implicit multiplication does not apply.</summary>
    public static ParseException MissingOperator(string left, string right, TextSpan span, string source) =>
        new($"missing operator between '{left}' and '{right}': write '{left}*{right}' to multiply", span, source);

    /// <summary>A character the grammar has no use for; a surrogate pair is named with its code point.</summary>
    public static ParseException UnexpectedCharacter(string character, TextSpan span, string source) =>
        new(character.Length == 2 && char.IsSurrogatePair(character[0], character[1])
            ? $"unexpected character '{character}' (U+{char.ConvertToUtf32(character[0], character[1]):X4})"
            : $"unexpected character '{character}'", span, source);

    /// <summary>A character that would not show if echoed: a control character, an unpaired surrogate, an unusual space.</summary>
    public static ParseException UnexpectedInvisibleCharacter(string kind, char character, TextSpan span, string source) =>
        new($"unexpected {kind} U+{(int)character:X4}", span, source);

    // ---- Binding: names, arity and shape, at the syntax node.

    /// <summary><c>[1, 2] + x</c> where only a formula may stand.</summary>
    public static SymbolicException VectorInFormula(TextSpan span, string source) =>
        new("a vector [..] is not allowed inside a formula here", span, source);

    /// <summary>A kind of syntax node the binder does not know (a new record the binder was not taught).</summary>
    public static SymbolicException UnexpectedSyntax(string kind, TextSpan span, string source) =>
        new($"unexpected {kind}", span, source);

    /// <summary><c>sin + 1</c>: a function's name without its arguments.</summary>
    public static SymbolicException FunctionWithoutArguments(string function, TextSpan span, string source) =>
        new($"'{function}' is a function; call it with an argument, e.g. {function}(x)", span, source);

    /// <summary>
    /// <c>unknown function 'sinn' — did you mean 'sin'?</c>, or without a close name
    /// <c>unknown function 'foo' (type 'help' for the list of functions)</c>; <paramref name="helpLists"/> says what
    /// <c>help</c> lists (the REPL's help lists commands too).
    /// </summary>
    public static SymbolicException UnknownFunction(string name, string? suggestion, string helpLists = "functions", TextSpan? span = null, string? source = null) =>
        SymbolicException.At(suggestion is not null
            ? $"unknown function '{name}' — did you mean '{suggestion}'?"
            : $"unknown function '{name}' (type 'help' for the list of {helpLists})", span, source);

    /// <summary><c>sin(x, n=2)</c>: a function of the table or a defined function takes no named arguments.</summary>
    public static SymbolicException NoNamedArguments(string function, string argument, TextSpan span, string source) =>
        new($"{function} takes no named arguments ('{argument}=')", span, source);

    /// <summary>
    /// <c>sin takes 1 argument, got 2</c>: <paramref name="min"/> to <paramref name="max"/> arguments
    /// (<see cref="int.MaxValue"/> for any number from <paramref name="min"/>), <paramref name="got"/> given.
    /// </summary>
    public static SymbolicException WrongArity(string function, int min, int max, int got, TextSpan? span = null, string? source = null)
    {
        var expected = max == int.MaxValue ? $"at least {min} arguments"
            : max != min ? $"{min} or {max} arguments"
            : min == 1 ? "1 argument" : $"{min} arguments";
        return SymbolicException.At($"{function} takes {expected}, got {got}", span, source);
    }

    // ---- Numbers and the model: no place of their own.

    /// <summary>A zero denominator.</summary>
    public static SymbolicException DivisionByZero() => new("division by zero");

    /// <summary><c>0^-2</c>: zero to a negative power other than -1 (which is <see cref="DivisionByZero"/>).</summary>
    public static SymbolicException ZeroToNegativePower() => new("division by zero (0 to a negative power)");

    /// <summary>An exact rational over the bit limit.</summary>
    public static SymbolicException ExactNumberTooLarge(int maxBits) =>
        new($"exact number too large (over {maxBits} bits); write it as a decimal power or use eval for a floating-point value");

    /// <summary><c>1e99999999999</c>: a literal's exponent over the limit.</summary>
    public static SymbolicException LiteralExponentTooLarge(string literal, int maxBits) =>
        new($"the exponent of '{literal}' is too large (limit {maxBits})");

    /// <summary>Text handed to the number reader that is not a decimal literal.</summary>
    public static SymbolicException NotANumber(string text) => new($"'{text}' is not a number");

    /// <summary>A literal with more digits than an exact number may hold.</summary>
    public static SymbolicException LiteralTooLarge(string literal, int maxDigits) =>
        new($"'{literal}' is too large to hold exactly (limit about {maxDigits} digits)");

    /// <summary><c>exact result too large: 10^100000 has over 65536 bits</c>; <paramref name="power"/> is written as printed.</summary>
    public static SymbolicException ExactPowerTooLarge(string power, int maxBits) =>
        new($"exact result too large: {power} has over {maxBits} bits");

    /// <summary>An expression over the node limit, refused before an operation that can multiply its size.</summary>
    public static SymbolicException ExpressionTooLarge(string what, int nodes, int limit) =>
        new($"{what} is too large: {nodes:N0} distinct nodes (limit {limit:N0}, SymbolicLimits.MaxNodes)");

    /// <summary>A printed result over the length limit.</summary>
    public static SymbolicException TooLargeToPrint(int maxLength) =>
        new($"the result is too large to print (over {maxLength:N0} characters); evaluate or compile it instead");

    /// <summary>A LaTeX result over the length limit.</summary>
    public static SymbolicException TooLargeForLatex() => new("the result is too large to print as LaTeX");

    /// <summary>A numeric evaluation that meets a variable without a value.</summary>
    public static SymbolicException UnboundVariable(string name) =>
        new($"variable '{name}' has no value; bind it, e.g. {name}=1");

}
