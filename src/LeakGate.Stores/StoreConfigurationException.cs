namespace LeakGate.Stores;

/// <summary>Bad input or settings for revocation (missing file, redacted report, unknown store): a usage error, exit code 2.</summary>
public sealed class StoreConfigurationException(string message) : Exception(message);
