using HookSuite.Core.Reporting;

namespace HookSuite.Core.Tests.Reporting;

public sealed class TerminalTextTests
{
    [TestCase("plain/path.py", "plain/path.py")]
    [TestCase("new\nline.py", "new\\nline.py")]
    [TestCase("\u001b[31mred.py", "\\x1b[31mred.py")]
    [TestCase("bell\u0007.py", "bell\\x07.py")]
    [TestCase("c1\u009b.py", "c1\\x9b.py")]
    [TestCase("modèle_ü.py", "modèle_ü.py")]
    public void Escape_ControlCharacters_NeverReachTheTerminalRaw(string text, string expected) =>
        Assert.That(TerminalText.Escape(text), Is.EqualTo(expected));
}
