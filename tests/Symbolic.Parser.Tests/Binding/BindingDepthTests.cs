using Symbolic.Binding;
using Symbolic.Syntax;

namespace Symbolic.Parser.Tests.Binding;

/// <summary>The binder's depth hint follows its real recursion: long chains are shallow, nesting is deep.</summary>
public class BindingDepthTests
{
    private const int Deep = SyntaxParser.MaxNestingDepth;

    [Theory]
    [InlineData("x", 1)]
    [InlineData("a + b - c + d", 2)]
    [InlineData("a * b / c * d", 2)]
    [InlineData("- - - x", 2)]
    [InlineData("-(-(-(x)))", 2)]
    [InlineData("((((x))))", 1)]
    [InlineData("a + b*c", 3)]
    [InlineData("a - (b - c)", 3)]
    [InlineData("x^2", 2)]
    [InlineData("2^3^x", 3)]
    [InlineData("sin(cos(x))", 3)]
    [InlineData("max(a, b + c)", 3)]
    public void Of_Examples_CountRecursiveBindingCalls(string text, int expected) =>
        Assert.Equal(expected, BindingDepth.Of(SyntaxParser.ParseExpression(text)));

    [Fact]
    public void Of_ASumOf100000Terms_IsShallow()
    {
        var text = string.Join(" + ", Enumerable.Range(0, 100_000).Select(i => $"{i % 7}*x{i}^2"));
        Assert.Equal(4, BindingDepth.Of(SyntaxParser.ParseExpression(text)));
    }

    [Fact]
    public void Bind_ALongShallowInput_RunsOnTheCallingThread()
    {
        // 2,000 terms, ~38,000 characters: the length says nothing about the depth.
        var text = string.Join(" + ", Enumerable.Range(0, 1_000).Select(i => $"100*(x{i + 1} - x{i}^2)^2 + (1 - x{i})^2"));
        var caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        var binder = new Binder(text, resolveName: _ => { threads.Add(Environment.CurrentManagedThreadId); return null; });
        binder.Bind(SyntaxParser.ParseExpression(text));
        Assert.Equal([caller], threads);
    }

    [Fact]
    public void Bind_CallsAtTheDepthLimit_Bind()
    {
        var text = SyntaxText.Repeat("sin(", Deep) + "x" + SyntaxText.Repeat(")", Deep);
        Assert.Equal(Deep + 1, Expressions.Parse(text).Depth);
    }

    [Fact]
    public void Bind_PowerChainAtTheDepthLimit_Binds()
    {
        var text = SyntaxText.Repeat("2^", Deep) + "x";
        Assert.Equal(Deep + 1, Expressions.Parse(text).Depth);
    }

    [Fact]
    public void Bind_SumsAndProductsNestedAtTheDepthLimit_Bind()
    {
        // x*(y + x*(y + …)): every bracket is a product inside a sum, two binder levels each.
        var text = SyntaxText.Repeat("x*(y + ", Deep) + "z" + SyntaxText.Repeat(")", Deep);
        Assert.True(BindingDepth.Of(SyntaxParser.ParseExpression(text)) > 2 * Deep);
        Assert.True(Expressions.Parse(text).Depth > 2 * Deep);
    }
}
