using System.Buffers;
using System.Text;

namespace LeakGate.Engine;

/// <summary>
/// Finds base64, hex and percent-encoded runs whose decoded form is readable text, so the matcher can look
/// inside them (a token in a base64 Kubernetes value, a password in a URL-encoded query string).
/// </summary>
public static class EncodedTextDecoder
{
    private const int MinBase64Length = 16;
    private const int MinHexLength = 32;
    private const int MinDecodedLength = 8;
    private static readonly SearchValues<char> Base64Chars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_");
    private static readonly SearchValues<char> PercentRunStops = SearchValues.Create(" \t\r\n\"'`<>()[]{},;");

    /// <summary>Appends the decodable runs that start in [from, to) of <paramref name="text"/>.</summary>
    public static void FindRuns(ReadOnlySpan<char> text, int from, int to, List<EncodedRun> runs)
    {
        FindBase64AndHexRuns(text, from, to, runs);
        FindPercentRuns(text, from, to, runs);
    }

    private static void FindBase64AndHexRuns(ReadOnlySpan<char> text, int from, int to, List<EncodedRun> runs)
    {
        var position = from;
        while (position < to)
        {
            // Runs shorter than the minimum are skipped a window at a time: the last non-base64 character in the
            // next MinBase64Length characters says where the next long-enough run can begin at the earliest.
            if (position + MinBase64Length > text.Length) return;
            var stop = LastNonBase64(text.Slice(position, MinBase64Length));
            if (stop >= 0)
            {
                position += stop + 1;
                continue;
            }
            var start = position;
            var length = text[start..].IndexOfAnyExcept(Base64Chars);
            if (length < 0) length = text.Length - start;
            var end = start + length;
            while (end < text.Length && end - start - length < 2 && text[end] == '=') end++;
            position = end;
            // A run that began before the range is the previous caller's (the previous chunk's): its tail alone
            // would be decoded again and report the same secret twice.
            if (start == from && start > 0 && Base64Chars.Contains(text[start - 1])) continue;
            var run = text[start..end];
            if (length >= MinHexLength && length % 2 == 0 && !run.ContainsAnyExcept(HexChars) && TryDecodeHex(run, out var hex))
            {
                runs.Add(new EncodedRun(start, end - start, "hex", hex));
            }
            else if (TryDecodeBase64(run, out var decoded))
            {
                runs.Add(new EncodedRun(start, end - start, "base64", decoded));
            }
        }
    }

    /// <summary>A scalar scan from the end: in ordinary text a stop character is a few steps away, which makes this
    /// cheaper than a vectorized search's setup on so few characters.</summary>
    private static int LastNonBase64(ReadOnlySpan<char> probe)
    {
        for (var i = probe.Length - 1; i >= 0; i--)
        {
            var c = probe[i];
            if (c >= 128 || !IsBase64Char[c]) return i;
        }
        return -1;
    }

    private static readonly bool[] IsBase64Char = [.. Enumerable.Range(0, 128).Select(c => Base64Chars.Contains((char)c))];

    private static readonly SearchValues<char> HexChars = SearchValues.Create("0123456789abcdefABCDEF");

    private static void FindPercentRuns(ReadOnlySpan<char> text, int from, int to, List<EncodedRun> runs)
    {
        var position = from;
        while (position < to)
        {
            var found = text[position..to].IndexOf('%');
            if (found < 0) return;
            var percent = position + found;
            var start = text[..percent].LastIndexOfAny(PercentRunStops) + 1;
            var length = text[percent..].IndexOfAny(PercentRunStops);
            var end = length < 0 ? text.Length : percent + length;
            position = end + 1;
            if (start < from) continue;
            start += UrlAuthorityLength(text[start..end]);
            var run = text[start..end].ToString();
            if (!HasPercentEscape(run)) continue;
            var decoded = Uri.UnescapeDataString(run);
            if (decoded.Length >= MinDecodedLength && decoded != run && IsReadable(decoded)) runs.Add(new EncodedRun(start, end - start, "percent", decoded));
        }
    }

    /// <summary>
    /// In a literal URL the authority (<c>user:password@host</c>) is percent-encoded as URL syntax: an encoded
    /// '@' in a password is not a delimiter, and URL rules match the encoded form. Only the path and query after
    /// it are decoded. Returns how many leading characters of <paramref name="run"/> that authority takes.
    /// </summary>
    private static int UrlAuthorityLength(ReadOnlySpan<char> run)
    {
        var scheme = run.IndexOf("://");
        if (scheme <= 0 || scheme > run.IndexOf('%')) return 0;
        var path = run[(scheme + 3)..].IndexOf('/');
        return path < 0 ? run.Length : scheme + 3 + path;
    }

    private static bool HasPercentEscape(string run)
    {
        for (var i = run.IndexOf('%'); i >= 0 && i + 2 < run.Length; i = run.IndexOf('%', i + 1))
        {
            if (char.IsAsciiHexDigit(run[i + 1]) && char.IsAsciiHexDigit(run[i + 2])) return true;
        }
        return false;
    }

    private static bool TryDecodeHex(ReadOnlySpan<char> run, out string decoded)
    {
        decoded = "";
        Span<byte> bytes = run.Length <= 4096 ? stackalloc byte[run.Length / 2] : new byte[run.Length / 2];
        if (Convert.FromHexString(run, bytes, out _, out _) != OperationStatus.Done) return false;
        return TryReadable(bytes, out decoded);
    }

    private static bool TryDecodeBase64(ReadOnlySpan<char> run, out string decoded)
    {
        decoded = "";
        var trimmed = run.TrimEnd('=');
        if (trimmed.Length % 4 == 1) return false;
        Span<char> normalized = trimmed.Length + 3 <= 4096 ? stackalloc char[trimmed.Length + 3] : new char[trimmed.Length + 3];
        for (var i = 0; i < trimmed.Length; i++)
        {
            normalized[i] = trimmed[i] switch { '-' => '+', '_' => '/', var c => c };
        }
        var padded = trimmed.Length;
        while (padded % 4 != 0) normalized[padded++] = '=';
        var size = padded / 4 * 3;
        Span<byte> bytes = size <= 3072 ? stackalloc byte[size] : new byte[size];
        if (!Convert.TryFromBase64Chars(normalized[..padded], bytes, out var written)) return false;
        return TryReadable(bytes[..written], out decoded);
    }

    /// <summary>
    /// Decodes as UTF-8. Short runs must be valid; a long run (a base64 PEM file, say) may carry a rare corrupt
    /// byte (at most one per thousand), which becomes U+FFFD instead of hiding everything else in it.
    /// </summary>
    private static bool TryReadable(ReadOnlySpan<byte> bytes, out string decoded)
    {
        decoded = "";
        if (bytes.Length < MinDecodedLength) return false;
        // Most runs are identifiers and words that decode to noise: reject them before building a string.
        if (bytes.Length < 1024 && !System.Text.Unicode.Utf8.IsValid(bytes)) return false;
        decoded = Encoding.UTF8.GetString(bytes);
        var replaced = decoded.AsSpan().Count('\ufffd');
        if (replaced > 0 && (bytes.Length < 1024 || replaced * 1000 > bytes.Length)) return false;
        return IsReadable(decoded);
    }

    /// <summary>Mostly printable characters: decoded binary noise is not worth matching.</summary>
    private static bool IsReadable(string text)
    {
        var printable = 0;
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\u007f') || (c >= '\u00a0' && c != '\ufffd')) printable++;
        }
        return printable >= text.Length * 0.95;
    }
}
