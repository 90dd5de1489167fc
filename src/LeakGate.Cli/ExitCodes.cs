namespace LeakGate.Cli;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int Error = 2;
    /// <summary>Interrupted by SIGINT (Ctrl-C): 128 + 2.</summary>
    public const int Interrupted = 130;
    /// <summary>Interrupted by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;
}
