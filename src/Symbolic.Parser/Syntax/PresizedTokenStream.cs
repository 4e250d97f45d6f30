using Antlr4.Runtime;

namespace Symbolic.Syntax;

/// <summary>
/// ANTLR's token buffer, sized up front for the input. The buffer starts at 100 tokens and doubles, so a large
/// input copies its tokens about a dozen times, and the last few of those arrays are large-object-heap
/// allocations, each one bringing the next full garbage collection closer.
/// </summary>
internal sealed class PresizedTokenStream : CommonTokenStream
{
    /// <summary>A buffer for the tokens of <paramref name="text"/>: about one token per 1.5 characters, the densest ordinary formulas.</summary>
    public PresizedTokenStream(ITokenSource tokenSource, string text) : base(tokenSource) =>
        tokens = new List<IToken>(text.Length * 2 / 3 + 16);
}
