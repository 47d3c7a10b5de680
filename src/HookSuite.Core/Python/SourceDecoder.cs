using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace HookSuite.Core.Python;

/// <summary>Turns a file's bytes into text as CPython does: a UTF-8 BOM, or a PEP 263 coding declaration on line 1 or 2.</summary>
public static partial class SourceDecoder
{
    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes into an array from <see cref="ArrayPool{T}.Shared"/>, which the caller returns; the text is its first Length characters.</summary>
    public static (char[] Text, int Length) DecodePooled(byte[] bytes)
    {
        var (encoding, start) = EncodingOf(bytes);
        var text = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(bytes.Length - start)));
        return (text, encoding.GetChars(bytes, start, bytes.Length - start, text, 0));
    }

    private static readonly UTF8Encoding Utf8 = new(false, false);

    private static (Encoding Encoding, int Start) EncodingOf(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (Utf8, 3);
        }
        var declared = DeclaredEncoding(bytes);
        if (declared is not null && !declared.StartsWith("utf", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return (Encoding.GetEncoding(NormalizeName(declared)), 0);
            }
            catch (ArgumentException)
            {
                throw new PythonSyntaxException($"unknown encoding: {declared}", 1, 1);
            }
        }
        return (Utf8, 0);
    }

    public static string Decode(byte[] bytes)
    {
        var (encoding, start) = EncodingOf(bytes);
        return encoding.GetString(bytes, start, bytes.Length - start);
    }

    private static string? DeclaredEncoding(byte[] bytes)
    {
        // Only the first two lines can declare it; they are ASCII-compatible by definition.
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 400));
        var lines = head.Split('\n', 3);
        for (var i = 0; i < Math.Min(2, lines.Length); i++)
        {
            var match = CodingPattern().Match(lines[i]);
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
            if (!BlankOrComment().IsMatch(lines[i]))
            {
                break;
            }
        }
        return null;
    }

    private static string NormalizeName(string name) => name.ToLowerInvariant().Replace('_', '-') switch
    {
        "latin-1" or "iso-latin-1" or "l1" => "iso-8859-1",
        var other => other,
    };

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")]
    private static partial Regex CodingPattern();

    [GeneratedRegex(@"^[ \t\f]*(#.*)?\r?$")]
    private static partial Regex BlankOrComment();
}
