namespace Symbolic.Repl.Tests;

/// <summary>A session that uses every command, with the printed result each line must give.</summary>
public static class Transcript
{
    /// <summary>(input, expected printed result); a null result is checked by its own test (file names, timings).</summary>
    public static readonly (string Input, string? Result)[] Steps =
    [
        ("let f(x, y) = x^2 - x*y", "f(x, y) = x^2 - x*y"),
        ("let a = 3", "a = 3"),
        ("0.1 + 0.2", "3/10"),
        ("f(3, 4)", "-3"),
        ("a*x", "3*x"),
        ("diff(f, x)", "2*x - y"),
        ("diff(x^3, x, 2)", "6*x"),
        ("diff(x^2*y, x, y)", "2*x"),
        ("grad(f)", "[2*x - y, -x]"),
        ("grad(x^2*y, [y, x])", "[x^2, 2*x*y]"),
        ("ddir(f, [3, 4])", "(2*x - 3*y)/5"),
        ("jvp(f, [3, 4])", "2*x - 3*y"),
        ("ddir(x^2, [1, y])", "2*x/sqrt(y^2 + 1)"),
        ("hessian(f)", "[[2, -1], [-1, 0]]"),
        ("jacobian([x*y, x + y])", "[[y, x], [1, 1]]"),
        ("simplify(x + x)", "2*x"),
        ("simplify(sin(x)^2 + cos(x)^2)", "1"),
        ("eval(grad(f), x=1, y=2)", "[0, -1]"),
        ("eval([[x, 1], [2, y]], x=1, y=2, z=5)", "[[1, 1], [2, 2]]"),
        ("latex(diff(f, x))", "2 x - y"),
        ("descend(x0^2 + x1^2, [-3, 4], lr=0.1, steps=100)", "[-6.1111e-10, 8.1481e-10] with f = 1.0374e-18 after 100 steps over (x0, x1); lr = 0.1"),
        ("check(x^2*y, [1, 2])", null),
        ("plot(sin(x), x, -3, 3, at=1, out=curve)", null),
        ("plot(x0^2 + x1^2, x0, -4, 4, x1, -4, 4, out=\"bowl.svg\")", null),
        ("compile(sin(x)*exp(y))", null),
        ("emit(x^2*y)", null),
        ("defs", "f(x, y) = x^2 - x*y\na = 3"),
    ];

    /// <summary>All inputs, one a line, with a comment and a blank line a script may contain.</summary>
    public static string Script => "# a symdiff script\n\n" + string.Join("\n", Steps.Select(s => s.Input)) + "\n";
}
