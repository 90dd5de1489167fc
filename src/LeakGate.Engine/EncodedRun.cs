namespace LeakGate.Engine;

/// <summary>A run of encoded text (<see cref="Start"/>/<see cref="Length"/> in the original) and what it decodes to.</summary>
public readonly record struct EncodedRun(int Start, int Length, string Encoding, string Decoded);
