namespace LeakGate.Benchmarks;

/// <summary>How many bytes of input each invocation of the class's benchmarks processes, for the MB/s column.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InputSizeAttribute(int bytes) : Attribute
{
    public int Bytes { get; } = bytes;
}
