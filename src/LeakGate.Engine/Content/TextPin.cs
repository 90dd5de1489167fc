namespace LeakGate.Engine.Content;

/// <summary>A span on one line of the parent text (1-based line and column, length in UTF-16 code units).</summary>
public sealed record TextPin(int Line, int Column, int Length);
