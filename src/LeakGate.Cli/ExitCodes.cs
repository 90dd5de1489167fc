namespace LeakGate.Cli;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int Error = 2;
    public const int Interrupted = 130;
}
