using System.Text;

namespace HookSuite.Core.Reporting;

/// <summary>Makes untrusted text (file names, git messages) safe to print: control characters never reach the terminal raw.</summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsControl(c) => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    private static bool IsControl(char c) => c < 0x20 || c is >= (char)0x7f and <= (char)0x9f;
}
