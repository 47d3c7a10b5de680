using System.Globalization;
using System.Text;

namespace HookSuite.Core.Python;

/// <summary>
/// Python 3.8–3.13 tokenizer: string prefixes in any case, triple-quoted, raw and bytes strings, f-strings with
/// PEP 701 nesting, backslash continuation, implicit joining in brackets, indentation with tabs and form feeds,
/// LF/CRLF/CR line ends and NFKC-normalised identifiers. Comments and blank lines produce no tokens. Any input
/// either tokenizes or raises <see cref="PythonSyntaxException"/>; every loop consumes input, so none hangs.
/// </summary>
public sealed class Tokenizer
{
    private static readonly string[] Operators =
    [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "=", "@", "!",
    ];

    private const int MaxDepth = 200;

    // The source: a (possibly pooled, so longer) array of which the first _end characters count.
    private readonly char[] _text;
    private readonly int _end;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private Token[] _tokens;
    private int _count;
    private readonly Stack<int> _indents = new([0]);
    private readonly Stack<(char Bracket, int Line, int Column)> _brackets = new();

    private Tokenizer(char[] text, int length, Token[] buffer)
    {
        _text = text;
        _end = length;
        if (length > 0 && text[0] == '\uFEFF')
        {
            _pos = _lineStart = 1;
        }
        // About one token per five characters of real code: sized once instead of grown by doubling.
        var expected = length / 5 + 16;
        _tokens = buffer.Length >= expected ? buffer : new Token[expected];
        if (t_names is null || t_names.Count > MaxInternedNames)
        {
            t_names = new Dictionary<string, string>(StringComparer.Ordinal);
        }
        _nameLookup = t_names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Bounds the per-thread identifier pool of a long-lived process (the standard library has ≈ 60,000).</summary>
    private const int MaxInternedNames = 250_000;

    [ThreadStatic]
    private static Dictionary<string, string>? t_names;

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    /// <summary>
    /// One string per distinct identifier across the files a thread tokenizes: `self` is allocated once, not on every
    /// use, and the parsed modules a process keeps share their names instead of holding a copy each.
    /// </summary>
    /// <remarks>
    /// A small direct-mapped table of recent names answers most lookups without touching the big pool (measured: the
    /// pool's lookups were 6 % of analysing the standard library). Identifiers are NFKC-normalised once, on insertion.
    /// </remarks>
    private string Intern(ReadOnlySpan<char> name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }
        var recent = t_recent ??= new string?[RecentSlots];
        ref var slot = ref recent[hash & (RecentSlots - 1)];
        if (slot is not null && name.SequenceEqual(slot))
        {
            return slot;
        }
        if (!_nameLookup.TryGetValue(name, out var known))
        {
            var raw = name.ToString();
            _nameLookup.Dictionary[raw] = known = Normalize(raw);
        }
        if (known.Length == name.Length)
        {
            // Only names that normalise to themselves: a hit compares the raw text with the slot.
            slot = known;
        }
        return known;
    }

    private const int RecentSlots = 4096;

    [ThreadStatic]
    private static string?[]? t_recent;

    [ThreadStatic]
    private static Token[]? t_buffer;

    /// <summary>
    /// Tokenizes into one array per thread, reused across files: a big file's tokens would otherwise be a fresh
    /// large-object allocation each time (and a full GC soon after). The slice is valid until this thread's next call.
    /// </summary>
    internal static TokenSlice TokenizeIntoThreadBuffer(char[] text, int length)
    {
        var tokenizer = new Tokenizer(text, length, t_buffer ?? []);
        try
        {
            return tokenizer.Run();
        }
        finally
        {
            t_buffer = tokenizer._tokens;
        }
    }

    private int Column => _pos - _lineStart + 1;

    /// <summary>The source from <paramref name="start"/> to the cursor, as a string of its own.</summary>
    private string Text(int start) => new(_text, start, _pos - start);

    private char Peek(int offset = 0) => _pos + offset < _end ? _text[_pos + offset] : '\0';

    private bool AtEnd => _pos >= _end;

    private PythonSyntaxException Error(string message) => new(message, _line, Column);

    private TokenSlice Run()
    {
        var atLineStart = true;
        while (true)
        {
            if (atLineStart && _brackets.Count == 0)
            {
                if (!ReadIndentation())
                {
                    break;
                }
                atLineStart = false;
            }
            if (AtEnd)
            {
                break;
            }
            var c = Peek();
            if (c is ' ' or '\t' or '\f')
            {
                _pos++;
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else if (c is '\n' or '\r')
            {
                if (_brackets.Count == 0)
                {
                    Add(TokenKind.Newline, "", _line, Column);
                    atLineStart = true;
                }
                NewLine();
            }
            else if (c == '\\')
            {
                _pos++;
                if (Peek() is '\n' or '\r')
                {
                    NewLine();
                }
                else if (AtEnd)
                {
                    throw Error("unexpected end of file after line continuation character");
                }
                else
                {
                    throw Error("unexpected character after line continuation character");
                }
            }
            else
            {
                ReadToken();
            }
        }

        if (_brackets.Count > 0)
        {
            var (bracket, line, column) = _brackets.Peek();
            throw new PythonSyntaxException($"'{bracket}' was never closed", line, column);
        }
        if (_count > 0 && _tokens[_count - 1].Kind is not (TokenKind.Newline or TokenKind.Dedent or TokenKind.Indent))
        {
            Add(TokenKind.Newline, "", _line, Column);
        }
        while (_indents.Count > 1)
        {
            _indents.Pop();
            Add(TokenKind.Dedent, "", _line, 1);
        }
        Add(TokenKind.EndOfFile, "", _line, Column);
        return new TokenSlice(_tokens, 0, _count);
    }

    /// <summary>Measures the indentation of the next non-blank line and emits INDENT/DEDENT; false at end of input.</summary>
    private bool ReadIndentation()
    {
        while (true)
        {
            var column = 0;
            while (!AtEnd)
            {
                var c = Peek();
                if (c == ' ')
                {
                    column++;
                }
                else if (c == '\t')
                {
                    column = (column / 8 + 1) * 8;
                }
                else if (c == '\f')
                {
                    column = 0;
                }
                else
                {
                    break;
                }
                _pos++;
            }
            if (AtEnd)
            {
                return false;
            }
            var next = Peek();
            if (next == '#')
            {
                SkipComment();
                continue;
            }
            if (next is '\n' or '\r')
            {
                NewLine();
                continue;
            }
            if (next == '\\' && Peek(1) is '\n' or '\r')
            {
                // A continuation right after the indentation keeps the line going.
                return true;
            }
            if (column > _indents.Peek())
            {
                _indents.Push(column);
                Add(TokenKind.Indent, "", _line, 1);
            }
            else
            {
                while (column < _indents.Peek())
                {
                    _indents.Pop();
                    Add(TokenKind.Dedent, "", _line, 1);
                }
                if (column != _indents.Peek())
                {
                    throw Error("unindent does not match any outer indentation level");
                }
            }
            return true;
        }
    }

    private void SkipComment()
    {
        while (!AtEnd && Peek() is not ('\n' or '\r'))
        {
            _pos++;
        }
    }

    private void NewLine()
    {
        if (Peek() == '\r' && Peek(1) == '\n')
        {
            _pos++;
        }
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void Add(TokenKind kind, string text, int line, int column)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, Math.Max(16, _tokens.Length * 2));
        }
        _tokens[_count++] = new Token(kind, text, line, column);
    }

    private void ReadToken()
    {
        var line = _line;
        var column = Column;
        var start = _pos;
        var c = Peek();

        if (IsIdentifierStart(c))
        {
            while (!AtEnd && IsIdentifierPart(Peek()))
            {
                _pos++;
            }
            var word = _text.AsSpan(start, _pos - start);
            if (Peek() is '"' or '\'' && word.Length <= 2 && IsStringPrefix(word.ToString()))
            {
                ScanString(word.ToString().ToLowerInvariant(), depth: 0);
                Add(TokenKind.String, Text(start), line, column);
                return;
            }
            Add(TokenKind.Name, Intern(word), line, column);
            return;
        }
        if (c is '"' or '\'')
        {
            ScanString("", depth: 0);
            Add(TokenKind.String, Text(start), line, column);
            return;
        }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            ScanNumber();
            Add(TokenKind.Number, Text(start), line, column);
            return;
        }
        if (MatchOperator() is { } op)
        {
            _pos += op.Length;
            TrackBracket(op);
            Add(TokenKind.Op, op, line, column);
            return;
        }
        throw Error($"invalid character '{TerminalSafe(c)}' (U+{(int)c:X4})");
    }

    /// <summary>The longest operator at the cursor, looked up by its first character (the hot path of tokenizing).</summary>
    private string? MatchOperator()
    {
        var first = Peek();
        var candidates = first < OperatorsByFirst.Length ? OperatorsByFirst[first] : null;
        if (candidates is null)
        {
            return null;
        }
        foreach (var op in candidates)
        {
            if (op.Length == 1 || (_pos + op.Length <= _end && _text.AsSpan(_pos, op.Length).SequenceEqual(op)))
            {
                return op;
            }
        }
        return null;
    }

    // Longest first within each first character, so "**=" wins over "**" and "*".
    // Indexed by the first character (all operators are ASCII).
    private static readonly string[]?[] OperatorsByFirst = Enumerable.Range(0, 128)
        .Select(c => Operators.Where(o => o[0] == c).OrderByDescending(o => o.Length).ToArray() is { Length: > 0 } found ? found : null)
        .ToArray();

    private void TrackBracket(string op)
    {
        switch (op)
        {
            case "(" or "[" or "{":
                if (_brackets.Count >= MaxDepth)
                {
                    throw Error("too many nested parentheses");
                }
                _brackets.Push((op[0], _line, Column - 1));
                break;
            case ")" or "]" or "}":
                var open = op switch { ")" => '(', "]" => '[', _ => '{' };
                if (_brackets.Count == 0)
                {
                    throw Error($"unmatched '{op}'");
                }
                if (_brackets.Peek().Bracket != open)
                {
                    throw Error($"closing parenthesis '{op}' does not match opening parenthesis '{_brackets.Peek().Bracket}'");
                }
                _brackets.Pop();
                break;
        }
    }

    private void ScanNumber()
    {
        if (Peek() == '0' && Peek(1) is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            _pos += 2;
            while (!AtEnd && (char.IsAsciiHexDigit(Peek()) || Peek() == '_'))
            {
                _pos++;
            }
            return;
        }
        while (!AtEnd && (char.IsAsciiDigit(Peek()) || Peek() is '_' or '.'))
        {
            _pos++;
        }
        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            _pos += 2;
            while (!AtEnd && (char.IsAsciiDigit(Peek()) || Peek() == '_'))
            {
                _pos++;
            }
        }
        if (Peek() is 'j' or 'J')
        {
            _pos++;
        }
    }

    private static bool IsStringPrefix(string word)
    {
        if (word.Length > 2)
        {
            return false;
        }
        var lower = word.ToLowerInvariant();
        return lower is "r" or "u" or "b" or "f" or "t" or "br" or "rb" or "fr" or "rf" or "tr" or "rt";
    }

    /// <summary>Scans a string literal whose prefix (lower-cased) has been consumed, starting at its opening quote.</summary>
    private void ScanString(string prefix, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("f-string nesting is too deep");
        }
        var quote = Peek();
        var triple = Peek(1) == quote && Peek(2) == quote;
        var startLine = _line;
        var startColumn = Column;
        _pos += triple ? 3 : 1;
        var raw = prefix.Contains('r', StringComparison.Ordinal);
        var formatted = prefix.Contains('f', StringComparison.Ordinal) || prefix.Contains('t', StringComparison.Ordinal);

        while (true)
        {
            if (AtEnd)
            {
                throw new PythonSyntaxException(triple ? "unterminated triple-quoted string literal" : "unterminated string literal", startLine, startColumn);
            }
            var c = Peek();
            if (c == quote && (!triple || (Peek(1) == quote && Peek(2) == quote)))
            {
                _pos += triple ? 3 : 1;
                return;
            }
            if (c is '\n' or '\r')
            {
                if (!triple)
                {
                    throw new PythonSyntaxException("unterminated string literal", startLine, startColumn);
                }
                NewLine();
                continue;
            }
            if (c == '\\')
            {
                if (!raw && formatted && Peek(1) == 'N' && Peek(2) == '{')
                {
                    // \N{NAME} in an f-string is an escape, not a replacement field.
                    _pos += 3;
                    while (!AtEnd && Peek() is not ('}' or '\n' or '\r' or '"' or '\''))
                    {
                        _pos++;
                    }
                    if (Peek() == '}')
                    {
                        _pos++;
                    }
                    continue;
                }
                _pos++;
                if (Peek() is '\n' or '\r')
                {
                    NewLine();
                }
                else if (formatted && Peek() is '{' or '}')
                {
                    // A backslash does not escape a brace: `rf"\{x}"` still has a replacement field.
                }
                else if (!AtEnd)
                {
                    _pos++;
                }
                continue;
            }
            if (formatted && c == '{')
            {
                if (Peek(1) == '{')
                {
                    _pos += 2;
                    continue;
                }
                _pos++;
                ScanReplacementField(depth + 1);
                continue;
            }
            if (formatted && c == '}')
            {
                if (Peek(1) == '}')
                {
                    _pos += 2;
                    continue;
                }
                throw Error("f-string: single '}' is not allowed");
            }
            _pos++;
        }
    }

    /// <summary>Scans <c>expr[!conv][:spec]}</c> after a '{' of an f-string, including nested strings of any quote (PEP 701).</summary>
    private void ScanReplacementField(int depth)
    {
        var nesting = 0;
        while (true)
        {
            if (AtEnd)
            {
                throw Error("f-string: expecting '}'");
            }
            var c = Peek();
            if (c is '\n' or '\r')
            {
                NewLine();
                continue;
            }
            if (c == '#')
            {
                SkipComment();
                continue;
            }
            if (c is '"' or '\'')
            {
                ScanString("", depth);
                continue;
            }
            if (IsIdentifierStart(c))
            {
                var start = _pos;
                while (!AtEnd && IsIdentifierPart(Peek()))
                {
                    _pos++;
                }
                var word = Text(start);
                if (Peek() is '"' or '\'' && IsStringPrefix(word))
                {
                    ScanString(word.ToLowerInvariant(), depth);
                }
                continue;
            }
            if (c is '(' or '[' or '{')
            {
                if (++nesting > MaxDepth)
                {
                    throw Error("too many nested parentheses");
                }
                _pos++;
                continue;
            }
            if (c is ')' or ']')
            {
                nesting--;
                _pos++;
                continue;
            }
            if (c == '}')
            {
                _pos++;
                if (nesting == 0)
                {
                    return;
                }
                nesting--;
                continue;
            }
            if (nesting == 0 && c == '!' && Peek(1) != '=')
            {
                _pos++;
                continue;
            }
            if (nesting == 0 && c == ':')
            {
                _pos++;
                ScanFormatSpec(depth);
                return;
            }
            _pos++;
        }
    }

    /// <summary>The format spec after ':' up to the closing '}', with nested replacement fields.</summary>
    private void ScanFormatSpec(int depth)
    {
        while (true)
        {
            if (AtEnd)
            {
                throw Error("f-string: expecting '}'");
            }
            var c = Peek();
            if (c == '{')
            {
                _pos++;
                ScanReplacementField(depth + 1);
                continue;
            }
            if (c == '}')
            {
                _pos++;
                return;
            }
            if (c is '\n' or '\r')
            {
                NewLine();
                continue;
            }
            _pos++;
        }
    }

    private static bool IsIdentifierStart(char c) =>
        char.IsAsciiLetter(c) || c == '_' || (c >= 0x80 && (char.IsLetter(c) || char.IsSurrogate(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherLetter));

    private static bool IsIdentifierPart(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' || (c >= 0x80 && (char.IsLetterOrDigit(c) || char.IsSurrogate(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber));

    private static string Normalize(string word)
    {
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                return word.Normalize(NormalizationForm.FormKC);
            }
        }
        return word;
    }

    private static string TerminalSafe(char c) => c < 0x20 || c is >= (char)0x7f and <= (char)0x9f ? $"\\x{(int)c:x2}" : c.ToString();
}
