// netstandard2.0 lacks a few BCL members that the linked LeakGate.Rules sources use on net10.0; these give the
// same behaviour under the same names, so the shared sources need no conditional code for them.
using System.Text.RegularExpressions;

namespace LeakGate.Analyzers.NetStandardShims;

internal static class BclShims
{
    extension(char)
    {
        public static bool IsAsciiLetter(char c) => (c | 0x20) is >= 'a' and <= 'z';

        public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetter(c) || c is >= '0' and <= '9';
    }

    extension(Group group)
    {
        public ReadOnlySpan<char> ValueSpan => group.Value.AsSpan();
    }

    extension(Regex regex)
    {
        /// <summary>Match positions in <paramref name="input"/>; net10.0 finds them without allocating, this copies the span once.</summary>
        public IEnumerable<Match> EnumerateMatches(ReadOnlySpan<char> input) => regex.Matches(input.ToString()).Cast<Match>();
    }

    extension(string text)
    {
        public bool Contains(string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;
    }

    extension(uint value)
    {
        /// <summary>Only the "x8" format that the checksum validator uses.</summary>
        public bool TryFormat(Span<char> destination, out int written, string format)
        {
            var text = value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
            written = 0;
            if (text.Length > destination.Length) return false;
            text.AsSpan().CopyTo(destination);
            written = text.Length;
            return true;
        }
    }

    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }

    extension<TKey, TValue>(Dictionary<TKey, TValue> dictionary)
        where TKey : notnull
    {
        public TValue? GetValueOrDefault(TKey key) => dictionary.TryGetValue(key, out var value) ? value : default;
    }
}
