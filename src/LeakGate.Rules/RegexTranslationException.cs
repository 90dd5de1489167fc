namespace LeakGate.Rules;

/// <summary>A pattern uses RE2 syntax that has no .NET equivalent.</summary>
public sealed class RegexTranslationException(string message) : Exception(message);
