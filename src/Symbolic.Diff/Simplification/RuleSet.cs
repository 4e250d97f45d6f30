using System.Reflection;

namespace Symbolic;

/// <summary>
/// An ordered list of rewrite rules written in the expression language, one <c>pattern -> replacement</c> per
/// line, with <c>#</c> comments, a <c>variables:</c> line naming the pattern variables and, for a rule about one
/// particular variable, a <c>literals:</c> line naming it. Any other name in a rule is an error, so a pattern
/// variable left undeclared cannot silently match only the variable of that name.
/// <see cref="Default"/> is the embedded <c>Rules/simplify.rules</c>, parsed once.
/// </summary>
/// <example><code>
/// var rules = RuleSet.Parse("""
///     variables: a
///     log(exp(a)) -> a
///     """);
/// Simplifier.Simplify(Expressions.Parse("log(exp(x + 1))"), rules);   // x + 1
/// </code></example>
public sealed class RuleSet
{
    private const string DefaultResource = "Symbolic.Rules.simplify.rules";
    private const string VariablesHeader = "variables:";
    private const string LiteralsHeader = "literals:";
    private static readonly Lazy<RuleSet> DefaultRules = new(LoadDefault);

    private RuleSet(IReadOnlyList<RewriteRule> rules, IReadOnlySet<string> patternVariables)
    {
        Rules = rules;
        PatternVariables = patternVariables;
    }

    /// <summary>The rules, in the order they are tried.</summary>
    public IReadOnlyList<RewriteRule> Rules { get; }

    /// <summary>The names that are pattern variables.</summary>
    public IReadOnlySet<string> PatternVariables { get; }

    /// <summary>The default rules (Pythagorean identities, odd/even functions, exp/log, …), parsed once.</summary>
    public static RuleSet Default => DefaultRules.Value;

    /// <summary>
    /// Parses rules text. Errors name the line: bad syntax, a missing <c>-></c>, a replacement that uses an unbound
    /// pattern variable, a name declared neither as a pattern variable nor as a literal.
    /// </summary>
    /// <exception cref="SymbolicException">the text is not a valid rule set.</exception>
    public static RuleSet Parse(string text)
    {
        var patternVariables = new HashSet<string>(StringComparer.Ordinal);
        var literals = new HashSet<string>(StringComparer.Ordinal);
        var rules = new List<RewriteRule>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = StripComment(lines[i]).Trim();
            if (line.Length == 0) continue;
            if (Declared(line, VariablesHeader) is { } variables) { patternVariables.UnionWith(variables); continue; }
            if (Declared(line, LiteralsHeader) is { } names) { literals.UnionWith(names); continue; }
            var rule = ParseRule(line, lineNumber, patternVariables);
            foreach (var name in ExprWalk.Variables(rule.Pattern))
                if (!patternVariables.Contains(name) && !literals.Contains(name))
                    throw CalculusErrors.RuleUndeclaredName(lineNumber, name, VariablesHeader, LiteralsHeader);
            rules.Add(rule);
        }
        return new RuleSet(rules, patternVariables);
    }

    private static string[]? Declared(string line, string header) =>
        line.StartsWith(header, StringComparison.Ordinal)
            ? line[header.Length..].Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            : null;

    private static RewriteRule ParseRule(string line, int lineNumber, HashSet<string> patternVariables)
    {
        var sides = line.Split("->");
        if (sides.Length != 2)
            throw CalculusErrors.RuleNotARule(lineNumber, line);
        var pattern = ParseSide(sides[0], lineNumber);
        var replacement = ParseSide(sides[1], lineNumber);
        if (pattern is Variable v && patternVariables.Contains(v.Name))
            throw CalculusErrors.RuleMatchesEverything(lineNumber, pattern);
        var bound = ExprWalk.Variables(pattern).ToHashSet();
        foreach (var name in ExprWalk.Variables(replacement))
            if (!bound.Contains(name))
                throw CalculusErrors.RuleUnboundName(lineNumber, name, pattern);
        return new RewriteRule(pattern, replacement, lineNumber);
    }

    private static Expr ParseSide(string text, int lineNumber)
    {
        try { return Expressions.Parse(text.Trim()); }
        // The parser places its error in the side's own text; a reader of the rules file wants the file's line.
        catch (SymbolicException e) { throw CalculusErrors.RuleSideInvalid(lineNumber, e.Message, text.Trim()); }
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    private static RuleSet LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"the embedded resource {DefaultResource} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
