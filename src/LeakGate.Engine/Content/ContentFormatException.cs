namespace LeakGate.Engine.Content;

/// <summary>Content that does not parse as the handler's format; the item is then scanned as plain text only.</summary>
public sealed class ContentFormatException(string message, Exception? inner = null) : Exception(message, inner);
