namespace LeakGate.Cli;

/// <summary>A problem with what the user asked for (a bad path, config or option); printed as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
