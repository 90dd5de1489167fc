namespace LeakGate.Engine;

/// <summary>One unit of content to scan: an origin and a way to read its bytes (opened once, by one worker).</summary>
public sealed record ScanItem(Origin Origin, Func<Stream> Open, long? Length);
