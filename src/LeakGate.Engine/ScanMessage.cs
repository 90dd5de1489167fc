namespace LeakGate.Engine;

/// <summary>A warning (the scan is complete but something deserves attention) or an error (something could not be scanned).</summary>
public sealed record ScanMessage(ScanMessageLevel Level, string? Path, string Text);

public enum ScanMessageLevel
{
    Warning,
    Error,
}
