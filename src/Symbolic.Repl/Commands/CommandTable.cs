namespace Symbolic.Repl.Commands;

/// <summary>One command of the REPL: its name, how to call it, what it does, an example, and its implementation.</summary>
internal sealed record CommandRow(string Name, string Usage, string Summary, string Example, Func<CommandCall, Outcome> Run);

/// <summary>Every command of <c>symdiff</c>, one row each; <c>help</c> prints this table.</summary>
internal static class CommandTable
{
    /// <summary>All commands, in the order <c>help</c> shows them.</summary>
    public static IReadOnlyList<CommandRow> All { get; } =
    [
        new("diff", "diff(e, x[, y...]) or diff(e, x, n)", "partial derivative; a number n is the order", "diff(x^3, x, 2)", CalculusCommands.Diff),
        new("grad", "grad(e[, [x, y]])", "gradient, in the variables' natural order unless given", "grad(x^2 - x*y)", CalculusCommands.Grad),
        new("ddir", "ddir(e, v)", "directional derivative along the unit vector v/|v|", "ddir(x^2 - x*y, [3, 4])", CalculusCommands.Ddir),
        new("jvp", "jvp(e, v)", "Jacobian-vector product, the unnormalised ∇e·v", "jvp(x^2 - x*y, [3, 4])", CalculusCommands.Jvp),
        new("hessian", "hessian(e[, [x, y]])", "matrix of second partials", "hessian(x^2 - x*y)", CalculusCommands.Hessian),
        new("jacobian", "jacobian([e1, e2][, [x, y]])", "matrix of partials, one row per expression", "jacobian([x*y, x + y])", CalculusCommands.Jacobian),
        new("vars", "vars(e)", "the variables of e, in the order grad, check, compile and descend use", "vars(w*x + b)", CalculusCommands.Vars),
        new("sparsity", "sparsity(e[, [x, y]][, out=name]) or sparsity([e1, e2][, ...])", "non-zero count of the Hessian of e (or the Jacobian of a list) and an SVG spy plot of its pattern", "sparsity(x*y + sin(z))", SecondOrderCommands.Sparsity),
        new("taylor", "taylor(e, x, a, n)", "Taylor polynomial of e about x = a up to (x - a)^n, exact coefficients in ascending powers", "taylor(exp(x), x, 0, 4)", SeriesCommands.Taylor),
        new("simplify", "simplify(e)", "the simplified form", "simplify(x + x)", CalculusCommands.Simplify),
        new("latex", "latex(e)", "LaTeX source of e", "latex(sqrt(x)/2)", CalculusCommands.Latex),
        new("eval", "eval(e, x=1, y=2)", "numeric value of an expression, vector or matrix", "eval(grad(x^2*y), x=1, y=2)", NumericCommands.Eval),
        new("subs", "subs(e, x=1/3, y=2)", "exact value: substitutes and simplifies, for an expression, vector or matrix", "subs(grad(x^2*y), x=1/3, y=2)", NumericCommands.Subs),
        new("descend", "descend(e, x0[, [x, y]], lr=0.1, steps=100, a=1)", "gradient descent from x0 over the variables listed (else vars(e)), data such as a=1 fixed; warns when it diverges; the path is kept for plot", "descend(x0^2 + x1^2, [-3, 4])", NumericCommands.Descend),
        new("newton", "newton(e, x0[, steps=10000][, tol=1e-10])", "Newton-CG (trust region, Hessian-vector products) from x0; a short x0 repeats", "newton((1 - x)^2 + 100*(y - x^2)^2, [-1.2, 1])", SecondOrderCommands.Newton),
        new("check", "check(e, point[, [x, y]], a=1)", "symbolic gradient next to central differences, with the largest relative error; variables as listed (else vars(e)), data such as a=1 fixed", "check(sin(x)*y, [1, 2])", NumericCommands.Check),
        new("compile", "compile(e[, [x, y]], a=1)", "compile e and its gradient over the variables listed (else vars(e)), data such as a=1 fixed; time to compile and ns per evaluation", "compile(sin(x)*exp(y))", CodegenCommands.Compile),
        new("emit", "emit(e[, [x, y]], a=1)", "C# source computing e and its gradient over the variables listed (else vars(e)), data such as a=1 fixed", "emit(x^2*y)", CodegenCommands.Emit),
        new("backprop", "backprop(e, x=1, y=2)", "forward pass and backward pass node by node: values, adjoints and the gate rule of each", "backprop(3*(a + b*c), a=5, b=3, c=2)", GraphCommands.Backprop),
        new("graph", "graph(e[, x=1, y=2][, out=name][, edges=true][, format=\"dot\"])", "the computation graph drawn left to right (SVG), values and adjoints at the point, or Graphviz DOT", "graph(3*(a + b*c), a=5, b=3, c=2, out=j)", GraphCommands.Graph),
        new("plot", "plot(e, x, a, b[, at=t][, deriv=false][, out=f]) or plot(e, x, a, b, y, c, d[, path=last|none])", "SVG (or PNG with out=\"name.png\") of f and f′ on its own axis (with a tangent at t), or contours of f with levels, a colour scale, −∇f arrows and the path of the last descend of this f (path=last: of any f)", "plot(sin(x), x, -3, 3, at=1)", PlotCommands.Plot),
    ];

    /// <summary>The command named <paramref name="name"/>, or null.</summary>
    public static CommandRow? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
