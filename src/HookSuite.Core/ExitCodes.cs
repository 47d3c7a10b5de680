namespace HookSuite.Core;

/// <summary>The documented process exit codes of every HookSuite command and hook.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Blocked = 1;
    public const int CannotCheck = 2;
    public const int InternalError = 3;
    public const int Interrupted = 130;
}
