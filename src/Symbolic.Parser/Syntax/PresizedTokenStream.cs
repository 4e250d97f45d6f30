using Antlr4.Runtime;

namespace Symbolic.Syntax;

/// <summary>
/// ANTLR's token buffer, sized up front for the input and reused by the next parse. The buffer starts at 100
/// tokens and doubles, so a large input would copy its tokens about a dozen times; and a buffer for a large
/// input is a large-object-heap array, each of which brings the next full garbage collection closer, so the
/// buffer of the last parse is kept (emptied) for the next one.
/// </summary>
internal sealed class PresizedTokenStream : CommonTokenStream
{
    // Buffers larger than this are not kept, so one huge input does not pin its memory.
    private const int MaxKeptCapacity = 1 << 20;

    // One spare buffer, shared by all threads: taken atomically, so two parses never share one.
    private static List<IToken>? spare;

    private readonly List<IToken> _buffer;

    /// <summary>A buffer for the tokens of <paramref name="text"/>: about one token per 1.5 characters, the densest ordinary formulas.</summary>
    public PresizedTokenStream(ITokenSource tokenSource, string text) : base(tokenSource)
    {
        const int TokensPerThreeCharacters = 2, FewTokensMore = 16;
        var capacity = text.Length * TokensPerThreeCharacters / 3 + FewTokensMore;
        var reused = Interlocked.Exchange(ref spare, null);
        if (reused is not null && reused.Capacity < capacity) reused = null;
        _buffer = reused ?? new List<IToken>(capacity);
        tokens = _buffer;
    }

    /// <summary>Empties the buffer and keeps it for the next parse; the stream must not be used afterwards.</summary>
    public void Release()
    {
        tokens = new List<IToken>();
        _buffer.Clear();
        if (_buffer.Capacity <= MaxKeptCapacity) Volatile.Write(ref spare, _buffer);
    }
}
