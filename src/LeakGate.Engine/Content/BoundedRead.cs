namespace LeakGate.Engine.Content;

/// <summary>Reads archive content into memory without ever holding more than a cap, whatever the headers claim.</summary>
internal static class BoundedRead
{
    /// <summary>All of <paramref name="source"/>, or an <see cref="ExpansionLimitException"/> with <paramref name="overCap"/> once it passes <paramref name="cap"/> bytes.</summary>
    public static byte[] ToArray(Stream source, long cap, Func<string> overCap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > cap) throw new ExpansionLimitException(overCap());
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Bytes a compressed stream may expand to: its size times the ratio limit (at least the floor), within the budget.</summary>
    public static long CapFor(long? compressedLength, ContentContext context)
    {
        var byRatio = compressedLength is { } length ? Math.Max(context.Limits.RatioFloorBytes, length * context.Limits.MaxCompressionRatio) : long.MaxValue;
        return Math.Min(byRatio, context.Budget.BytesLeft);
    }
}
