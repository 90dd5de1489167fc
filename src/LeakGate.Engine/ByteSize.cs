using System.Globalization;

namespace LeakGate.Engine;

/// <summary>Parses sizes such as "512", "64KB", "100MB", "2GB" (binary units); 0 means no limit. A bad size is a <see cref="FormatException"/> naming the option.</summary>
public static class ByteSize
{
    public static long? Parse(string text, string optionName)
    {
        var trimmed = text.Trim().ToUpperInvariant();
        var units = new (string Suffix, long Factor)[] { ("GB", 1L << 30), ("G", 1L << 30), ("MB", 1L << 20), ("M", 1L << 20), ("KB", 1L << 10), ("K", 1L << 10), ("B", 1) };
        var factor = 1L;
        foreach (var (suffix, f) in units)
        {
            if (!trimmed.EndsWith(suffix, StringComparison.Ordinal)) continue;
            trimmed = trimmed[..^suffix.Length].Trim();
            factor = f;
            break;
        }
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new FormatException($"{optionName}: '{text}' is not a size (examples: 500KB, 100MB, 2GB, 0 for no limit)");
        }
        var bytes = (long)(value * factor);
        return bytes == 0 ? null : bytes;
    }
}
