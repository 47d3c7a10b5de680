using Spectre.Console;

namespace HookSuite.Core.Reporting;

/// <summary>Creates the console human output goes to: colour only on a terminal and only without NO_COLOR.</summary>
public static class Terminal
{
    public static bool StdoutIsTerminal => !Console.IsOutputRedirected;

    public static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        var colour = isTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!isTerminal)
        {
            // A pipe has no width: never wrap paths or commands that a script may parse.
            console.Profile.Width = int.MaxValue / 2;
        }
        return console;
    }

    /// <summary>Escapes untrusted text for both the terminal and Spectre markup.</summary>
    public static string Safe(string text) => Markup.Escape(TerminalText.Escape(text));
}
