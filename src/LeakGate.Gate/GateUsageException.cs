namespace LeakGate.Gate;

/// <summary>A bad command line or option value: one line on stderr (with the usage line for a bad command line), exit code 2.</summary>
public sealed class GateUsageException(string message, bool usageLine = true) : Exception(message)
{
    public bool UsageLine { get; } = usageLine;
}
