namespace LeakGate.Engine.Content;

/// <summary>An archive went over a <see cref="ContentLimits"/> bound while it was being read; what was read before stays scanned.</summary>
public sealed class ExpansionLimitException(string message) : Exception(message);
