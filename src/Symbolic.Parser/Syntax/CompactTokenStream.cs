using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Symbolic.Syntax;

/// <summary>
/// The parser's token stream, holding each token as three integers (type, start, stop; the line and column come
/// from the source's line table) instead of a token object, and making a token object only when the parser or an
/// error message asks for one.
/// </summary>
/// <remarks>
/// ANTLR's <see cref="CommonTokenStream"/> keeps one object per token for the whole parse: for a formula of
/// millions of characters that is millions of objects that all survive into the oldest generation of the garbage
/// collector, only to die together when the parse ends, and copying them there was much of what parsing cost.
/// Here the lexer fills one reused token (<see cref="ReusedTokenFactory"/>), whose fields are copied into a flat
/// array. The objects the parser sees come from a small ring, one slot per recent token index, each slot's object
/// refilled when a later token lands in it: the parser asks for the same few tokens again and again and keeps none
/// of them, so a parse of millions of tokens makes a few dozen token objects instead of millions of short-lived
/// ones. Whoever keeps a token (the token scan's open brackets, error messages) asks <see cref="NewToken"/> for one
/// of its own, and the syntax builder keeps indices. Every token is on the default channel (the grammar skips
/// whitespace and comments instead of hiding them). The array of a parse is kept (emptied) for the next one, like a
/// buffer pool.
/// </remarks>
internal sealed class CompactTokenStream : ITokenStream
{
    private const int Fields = 3;
    private const int Type = 0, Start = 1, Stop = 2;
    // Arrays larger than this many tokens are not kept, so one huge input does not pin its memory.
    private const int MaxKeptTokens = 1 << 20;
    private const int RecentTokens = 64;

    // One spare array, shared by all threads: taken atomically, so two parses never share one.
    private static int[]? spare;

    private readonly Lexer _lexer;
    private readonly Tuple<ITokenSource, ICharStream> _source;
    private readonly CommonToken?[] _recent = new CommonToken?[RecentTokens];
    private readonly string _text;
    private readonly SourceText _sourceText;
    private int[] _data;
    private int _count;
    private int _index;

    /// <summary>A stream over <paramref name="lexer"/>'s tokens of <paramref name="source"/>, sized up front: about one token per 1.5 characters, the densest ordinary formulas.</summary>
    public CompactTokenStream(Lexer lexer, SourceText source)
    {
        const int TokensPerThreeCharacters = 2, FewTokensMore = 16;
        _lexer = lexer;
        _sourceText = source;
        var text = _text = source.Text;
        _source = Tuple.Create<ITokenSource, ICharStream>(lexer, (ICharStream)lexer.InputStream);
        var capacity = (text.Length * TokensPerThreeCharacters / 3 + FewTokensMore) * Fields;
        var reused = Interlocked.Exchange(ref spare, null);
        // Uninitialised: only the entries of tokens read so far are ever looked at, and a large input's array is tens of megabytes.
        _data = reused is not null && reused.Length >= capacity ? reused : GC.AllocateUninitializedArray<int>(capacity);
    }

    /// <summary>Reads all tokens from the lexer, up to and including EOF.</summary>
    public void Fill()
    {
        var factory = new ReusedTokenFactory();
        _lexer.TokenFactory = factory;
        while (true)
        {
            var token = _lexer.NextToken();
            if ((_count + 1) * Fields > _data.Length) Array.Resize(ref _data, _data.Length * 2);
            var at = _count++ * Fields;
            _data[at + Type] = token.Type;
            _data[at + Start] = token.StartIndex;
            _data[at + Stop] = token.StopIndex;
            if (token.Type == TokenConstants.EOF) break;
        }
    }

    /// <summary>The number of tokens, EOF included.</summary>
    public int Count => _count;

    /// <summary>The type of token <paramref name="i"/>, without making a token object.</summary>
    public int TypeAt(int i) => _data[i * Fields + Type];

    /// <summary>Empties the stream and keeps its array for the next parse; the stream must not be used afterwards.</summary>
    public void Release()
    {
        var data = _data;
        _data = [];
        _count = 0;
        if (data.Length <= MaxKeptTokens * Fields) Volatile.Write(ref spare, data);
    }

    /// <summary>The offset of token <paramref name="i"/>'s first character.</summary>
    public int StartAt(int i) => _data[i * Fields + Start];

    /// <summary>The offset just past token <paramref name="i"/> (its start for EOF, which has no text).</summary>
    public int EndAt(int i) => TypeAt(i) == TokenConstants.EOF ? StartAt(i) : _data[i * Fields + Stop] + 1;

    /// <summary>The text of token <paramref name="i"/>.</summary>
    public string TextAt(int i) => TypeAt(i) == TokenConstants.EOF ? "<EOF>" : _text.Substring(StartAt(i), EndAt(i) - StartAt(i));

    /// <summary>Token <paramref name="i"/> as an object of the ring, valid until another token takes its slot.</summary>
    public IToken Get(int i)
    {
        CheckIndex(i);
        ref var slot = ref _recent[i % RecentTokens];
        if (slot is null) slot = NewToken(i);
        else if (slot.TokenIndex != i) Fill(slot, i);
        return slot;
    }

    /// <summary>Token <paramref name="i"/> as an object of its own, for keeping.</summary>
    public CommonToken NewToken(int i)
    {
        CheckIndex(i);
        var token = new CommonToken(_source, TokenConstants.InvalidType, TokenConstants.DefaultChannel, 0, 0);
        Fill(token, i);
        return token;
    }

    private void CheckIndex(int i)
    {
        if (i < 0 || i >= _count) throw new ArgumentOutOfRangeException(nameof(i), $"token index {i} out of range 0..{_count - 1}");
    }

    private void Fill(CommonToken token, int i)
    {
        var at = i * Fields;
        token.Type = _data[at + Type];
        token.StartIndex = _data[at + Start];
        token.StopIndex = _data[at + Stop];
        var place = _sourceText.Span(token.StartIndex, token.StartIndex);
        token.Line = place.Line;
        token.Column = place.Column - 1;   // ANTLR counts columns from 0
        token.TokenIndex = i;
    }

    public IToken? LT(int k)
    {
        if (k == 0) return null;
        if (k < 0) return _index + k < 0 ? null : Get(_index + k);
        return Get(Math.Min(_index + k - 1, _count - 1));
    }

    public int LA(int i)
    {
        if (i == 0) return TokenConstants.InvalidType;
        var at = i < 0 ? _index + i : Math.Min(_index + i - 1, _count - 1);
        return at < 0 ? TokenConstants.InvalidType : TypeAt(at);
    }

    public void Consume()
    {
        if (LA(1) == TokenConstants.EOF) throw new InvalidOperationException("cannot consume EOF");
        _index++;
    }

    public int Mark() => 0;

    public void Release(int marker)
    {
    }

    public int Index => _index;

    public void Seek(int index) => _index = Math.Clamp(index, 0, Math.Max(0, _count - 1));

    public int Size => _count;

    public string SourceName => _lexer.SourceName;

    public ITokenSource TokenSource => _lexer;

    public string GetText(Interval interval)
    {
        var start = Math.Max(0, interval.a);
        var stop = Math.Min(interval.b, _count - 1);
        var text = new System.Text.StringBuilder();
        for (var i = start; i <= stop && TypeAt(i) != TokenConstants.EOF; i++) text.Append(_text, StartAt(i), EndAt(i) - StartAt(i));
        return text.ToString();
    }

    public string GetText() => GetText(Interval.Of(0, _count - 1));

    public string GetText(RuleContext ctx) => GetText(ctx.SourceInterval);

    public string GetText(IToken start, IToken stop) =>
        start is not null && stop is not null ? GetText(Interval.Of(start.TokenIndex, stop.TokenIndex)) : "";

    /// <summary>Hands the lexer the same token every time: its fields are copied out before the next one is read.</summary>
    private sealed class ReusedTokenFactory : ITokenFactory
    {
        private readonly CommonToken _token = new(TokenConstants.InvalidType);

        public IToken Create(Tuple<ITokenSource, ICharStream> source, int type, string text, int channel, int start, int stop, int line, int charPositionInLine)
        {
            _token.Type = type;
            _token.StartIndex = start;
            _token.StopIndex = stop;
            return _token;
        }

        public IToken Create(int type, string text) => new CommonToken(type, text);
    }
}
