using System.Text;

namespace LeakGate.Engine;

/// <summary>
/// Decides from the first bytes whether content is text and in which encoding: a byte-order mark names it;
/// otherwise NUL bytes mean binary, except for the regular NUL pattern of BOM-less UTF-16 text.
/// </summary>
public static class ContentSniffer
{
    public const int SniffLength = 8192;

    /// <summary>The text encoding, or null for binary content.</summary>
    public static Encoding? DetectEncoding(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new UTF8Encoding(false);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        if (!head.Contains((byte)0)) return new UTF8Encoding(false);
        return LooksLikeUtf16(head, littleEndian: true) ? Encoding.Unicode
            : LooksLikeUtf16(head, littleEndian: false) ? Encoding.BigEndianUnicode
            : null;
    }

    /// <summary>ASCII text in UTF-16: every high byte is NUL and no low byte is.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> head, bool littleEndian)
    {
        if (head.Length < 4) return false;
        var pairs = head.Length / 2;
        for (var i = 0; i < pairs; i++)
        {
            byte low = littleEndian ? head[2 * i] : head[2 * i + 1], high = littleEndian ? head[2 * i + 1] : head[2 * i];
            if (high != 0 || low == 0) return false;
        }
        return true;
    }
}
