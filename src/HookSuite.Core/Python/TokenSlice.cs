using System.Collections;

namespace HookSuite.Core.Python;

/// <summary>
/// A window onto one file's tokens. Statements, headers and their parts are slices of the tokenizer's array, never
/// copies: the structural parse of the standard library allocated ≈ 600 MB of token lists before, and the garbage
/// collector's time with it.
/// </summary>
public readonly struct TokenSlice : IReadOnlyList<Token>
{
    private readonly Token[] _tokens;
    private readonly int _start;

    public TokenSlice(Token[] tokens, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, tokens.Length);
        _tokens = tokens;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public Token this[int index] => (uint)index < (uint)Count ? _tokens[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The <paramref name="count"/> tokens from <paramref name="start"/>, as <see cref="List{T}.GetRange"/> but without a copy.</summary>
    public TokenSlice GetRange(int start, int count)
    {
        if (start < 0 || count < 0 || start + count > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"range {start}+{count} outside a slice of {Count} tokens");
        }
        return new TokenSlice(_tokens, _start + start, count);
    }

    /// <summary>Everything from <paramref name="start"/> to the end.</summary>
    public TokenSlice From(int start) => GetRange(start, Count - start);

    public int FindIndex(int start, Func<Token, bool> match)
    {
        for (var i = start; i < Count; i++)
        {
            if (match(_tokens[_start + i]))
            {
                return i;
            }
        }
        return -1;
    }

    public bool Exists(Func<Token, bool> match) => FindIndex(0, match) >= 0;

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(' ', this.Select(t => t.Text));

    /// <summary>Allocation-free enumeration for <c>foreach</c>.</summary>
    public struct Enumerator(TokenSlice slice) : IEnumerator<Token>
    {
        private int _index = -1;

        public readonly Token Current => slice._tokens[slice._start + _index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < slice.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
