namespace LeakGate.Engine.Content;

/// <summary>The whole text of a small structured file (manifests, state, CI definitions), for handlers that parse it.</summary>
internal static class ItemText
{
    public static string Read(ScanItem item)
    {
        using var stream = item.Open();
        var head = new byte[ContentSniffer.SniffLength];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var encoding = ContentSniffer.DetectEncoding(head.AsSpan(0, length)) ?? throw new ContentFormatException("binary content");
        using var reader = new StreamReader(new PrefixedStream(head, length, stream), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>A value as an item of its own, with the parent's origin plus <paramref name="details"/>.</summary>
    public static ScanItem Value(Origin parent, string text, IReadOnlyList<OriginDetail> details)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new ScanItem(parent with { Details = [.. parent.Details, .. details] }, () => new MemoryStream(bytes, writable: false), bytes.Length);
    }
}
