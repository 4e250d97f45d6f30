using BenchmarkDotNet.Attributes;
using Symbolic.Syntax;

namespace Symbolic.Bench;

/// <summary>Parsing speed of the surface syntax.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _sum = "";

    [GlobalSetup]
    public void Setup() =>
        _sum = string.Join(" + ", Enumerable.Range(0, 10_000).Select(i => $"{i}*x^2"));

    [Benchmark]
    public SyntaxNode ParseShort() => SyntaxParser.ParseExpression("2 sin(x)^2 + 3(a + b)/x");

    [Benchmark]
    public SyntaxNode ParseLongSum() => SyntaxParser.ParseExpression(_sum);
}
