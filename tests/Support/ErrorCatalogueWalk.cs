using System.Globalization;
using System.Reflection;
using Symbolic.Syntax;

namespace Symbolic.Testing;

/// <summary>
/// Walks an error catalogue (a static class of factories returning <see cref="SymbolicException"/>) and reports
/// each factory whose error is empty, does not name its subject (the first argument), or loses the place it was
/// given. Linked into the test project of each layer that keeps a catalogue.
/// </summary>
internal static class ErrorCatalogueWalk
{
    public static readonly TextSpan Place = new(3, 2, 1, 4);
    public const string SourceText = "the source text";

    /// <summary>The catalogue's factories: every static method of <paramref name="catalogue"/> that returns an error.</summary>
    public static IReadOnlyList<MethodInfo> Factories(Type catalogue) => catalogue
        .GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
        .Where(m => typeof(SymbolicException).IsAssignableFrom(m.ReturnType) && !m.IsSpecialName)
        .ToArray();

    /// <summary>Fails unless <paramref name="catalogue"/> has at least <paramref name="atLeast"/> factories and each passes.</summary>
    public static void Check(Type catalogue, int atLeast)
    {
        Assert.True(Factories(catalogue).Count >= atLeast, $"{catalogue.Name} has fewer than {atLeast} factories");
        Assert.Empty(Problems(catalogue));
    }

    /// <summary>One line per problem found; empty when every factory passes.</summary>
    public static IReadOnlyList<string> Problems(Type catalogue, Func<Type, object?>? sample = null)
    {
        var problems = new List<string>();
        foreach (var factory in Factories(catalogue))
        {
            var parameters = factory.GetParameters();
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
                arguments[i] = Sample(parameters[i], i, sample);
            var error = (SymbolicException)factory.Invoke(null, arguments)!;
            var name = $"{catalogue.Name}.{factory.Name}";
            if (string.IsNullOrWhiteSpace(error.Message)) problems.Add($"{name}: empty message");
            if (parameters.Length > 0 && !IsPlace(parameters[0]))
            {
                var subject = Convert.ToString(arguments[0], CultureInfo.InvariantCulture)!;
                if (!error.Message.Contains(subject, StringComparison.Ordinal))
                    problems.Add($"{name}: '{error.Message}' does not name its subject '{subject}'");
            }
            if (parameters.Any(p => p.Name == "span") && error.Span != Place)
                problems.Add($"{name}: given a span, the error has {error.Span?.ToString() ?? "none"}");
            if (parameters.Any(p => p.Name == "source") && error.Input != SourceText)
                problems.Add($"{name}: given the source text, the error has {error.Input ?? "none"}");
        }
        return problems;
    }

    private static bool IsPlace(ParameterInfo p) => p.Name is "span" or "source";

    private static object? Sample(ParameterInfo p, int index, Func<Type, object?>? sample)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        if (p.Name == "span") return Place;
        if (p.Name == "source") return SourceText;
        if (sample?.Invoke(type) is { } given) return given;
        if (type == typeof(string)) return $"subject{index}";
        if (type == typeof(int)) return 11 + index;
        if (type == typeof(long)) return 11L + index;
        if (type == typeof(double)) return 2.5 + index;
        if (type == typeof(char)) return 'q';
        if (type == typeof(bool)) return true;
        if (type == typeof(TextSpan)) return new TextSpan(0, 1, 2, 5);
        if (type == typeof(Expr)) return Expr.Var($"subject{index}");
        if (type == typeof(object)) return $"subject{index}";
        if (type.IsAssignableFrom(typeof(string[]))) return new[] { $"subject{index}", "other" };
        if (type.IsAssignableFrom(typeof(Expr[]))) return new[] { Expr.Var($"subject{index}") };
        throw new InvalidOperationException($"no sample argument of type {type.Name} for {p.Member.Name}({p.Name})");
    }
}
