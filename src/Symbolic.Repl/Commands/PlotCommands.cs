using Symbolic.Repl.Numerics;
using Symbolic.Repl.Plots;
using Symbolic.Syntax;

namespace Symbolic.Repl.Commands;

/// <summary><c>plot</c>: one variable gives f and f′, two give contours with −∇f and the last descent.</summary>
internal static class PlotCommands
{
    private static int plotsWritten;

    public static Outcome Plot(CommandCall call)
    {
        call.RequirePositional(4, 7, "plot(e, x, a, b[, at=t][, deriv=false][, out=name]) or plot(e, x, a, b, y, c, d[, path=last|none])");
        if (call.Positional.Count is not (4 or 7))
            throw ReplErrors.PlotArgumentCount(call.Positional.Count, call.NameSpan, call.Source);
        call.AllowNamed(call.Positional.Count == 4 ? ["at", "deriv", "out"] : ["out", "path"]);
        // The plotted names are variables in f, whatever the session defines under them.
        var names = call.Positional.Count == 7 ? CalculusCommands.NamesIn(call.Positional[1], call.Positional[4]) : CalculusCommands.NamesIn(call.Positional[1]);
        var f = call.Interpreter.WithVariables(names, () => call.Interpreter.Scalar(call.Positional[0], "the function to plot"));
        var x = Range(call, 1);
        var path = OutputPath(call, pngAllowed: true);
        if (call.Positional.Count == 4)
        {
            Require(call, f, [x.Name]);
            double? at = call.Option("at") is { } node ? call.Interpreter.Number(node, "at=") : null;
            var drawing = CurvePlot.Draw(f, x.Name, x.From, x.To, at, call.Flag("deriv", true)) ?? throw NothingToDraw(call, f, x);
            var fontWarning = PlotFile.Write(drawing.Canvas, path);
            var drawn = drawing.DerivativeDrawn ? "f and f′" : "f";
            var tangent = drawing.TangentDrawn ? $", tangent at {Ticks.Label(at!.Value)}" : "";
            return Outcome.Message(string.Join(Environment.NewLine,
                drawing.Warnings.Append(fontWarning).OfType<string>().Select(w => "warning: " + w).Append($"wrote {path}: {drawn} for {x.Name} in [{Ticks.Label(x.From)}, {Ticks.Label(x.To)}]{tangent}")));
        }
        var y = Range(call, 4);
        Require(call, f, [x.Name, y.Name]);
        var descent = DescentToDraw(call, f, [x.Name, y.Name]);
        var contours = ContourPlot.Draw(f, x, y, descent) ?? throw NothingToDraw(call, f, x, y);
        var warning = PlotFile.Write(contours, path) is { } w ? $"warning: {w}{Environment.NewLine}" : "";
        var shown = descent is not null ? ", with the last descent path" : "";
        return Outcome.Message($"{warning}wrote {path}: contours of f and −∇f arrows{shown}");
    }

    private static SymbolicException NothingToDraw(CommandCall call, Expr f, params (string Name, double From, double To)[] ranges) =>
        ReplErrors.NothingToDraw(Expressions.Print(f),
            string.Join(" and ", ranges.Select(r => $"{r.Name} in [{Ticks.Label(r.From)}, {Ticks.Label(r.To)}]")), call.Positional[0].Span, call.Source);

    // The last descent's path belongs on a plot of the same function in the same variables; path=last draws it on any
    // plot in those variables, path=none on none.
    private static SessionDescent? DescentToDraw(CommandCall call, Expr f, string[] variables)
    {
        var descent = call.Interpreter.Session.LastDescent;
        var choice = call.Option("path") is { } node
            ? node is IdentifierSyntax { Name: "auto" or "last" or "none" } id ? id.Name : throw ReplErrors.PathOption(node.Span, call.Source)
            : "auto";
        if (choice == "last" && (descent is null || !descent.Variables.SequenceEqual(variables)))
        {
            var why = descent is null ? "no descend has run in this session" : $"the last descend ran in ({string.Join(", ", descent.Variables)})";
            throw ReplErrors.NoDescentToDraw(string.Join(", ", variables), why, call.Option("path")!.Span, call.Source);
        }
        return choice switch
        {
            "last" => descent,
            "auto" when descent is not null && descent.Belongs(f, variables) => descent,
            _ => null,
        };
    }

    private static (string Name, double From, double To) Range(CommandCall call, int first)
    {
        var name = call.Positional[first] is IdentifierSyntax id
            ? id.Name
            : throw ReplErrors.NotAPlotVariable(call.Positional[first].Span, call.Source);
        var from = call.Interpreter.Number(call.Positional[first + 1], "the start of the range");
        var to = call.Interpreter.Number(call.Positional[first + 2], "the end of the range");
        if (!(to > from)) throw ReplErrors.RangeBackwards(name, Ticks.Label(from), Ticks.Label(to), call.Positional[first + 2].Span, call.Source);
        return (name, from, to);
    }

    private static void Require(CommandCall call, Expr f, string[] variables)
    {
        if (ExprWalk.Variables(f).FirstOrDefault(v => !variables.Contains(v)) is { } extra)
            throw ReplErrors.UnplottedVariable(extra, call.Positional[0].Span, call.Source);
    }

    // out=name (an identifier, the extension added), out="file.svg", or for plots out="file.png"; otherwise plot1.svg, plot2.svg, ... not yet taken.
    internal static string OutputPath(CommandCall call, string extension = ".svg", string stem = "plot", bool pngAllowed = false)
    {
        var session = call.Interpreter.Session;
        if (call.Option("out") is { } node)
        {
            var name = node is IdentifierSyntax id
                ? session.Strings.Text(id.Name) ?? id.Name
                : throw ReplErrors.OutNotAFileName(stem, extension, node.Span, call.Source);
            if (string.IsNullOrWhiteSpace(name)) throw ReplErrors.OutEmpty(node.Span, call.Source);
            if (!name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && !(pngAllowed && PlotFile.IsPng(name))) name += extension;
            var path = Path.GetFullPath(Path.Combine(session.OutputDirectory, name));
            if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
                throw ReplErrors.NoSuchFolder(path, folder, node.Span, call.Source);
            if (Directory.Exists(path)) throw ReplErrors.PathIsFolder(path, node.Span, call.Source);
            return path;
        }
        string candidate;
        do candidate = Path.Combine(session.OutputDirectory, $"{stem}{Interlocked.Increment(ref plotsWritten)}{extension}");
        while (File.Exists(candidate));
        return candidate;
    }
}
