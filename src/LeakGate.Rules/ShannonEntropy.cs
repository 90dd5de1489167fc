namespace LeakGate.Rules;

/// <summary>Shannon entropy in bits per character: random tokens score high, words and templates low.</summary>
public static class ShannonEntropy
{
    public static double Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return 0;
        Span<int> ascii = stackalloc int[128];
        Dictionary<char, int>? other = null;
        foreach (var c in text)
        {
            if (c < 128) ascii[c]++;
            else
            {
                other ??= [];
                other[c] = other.GetValueOrDefault(c) + 1;
            }
        }
        double length = text.Length, entropy = 0;
        foreach (var count in ascii)
        {
            if (count > 0) entropy -= count / length * Log2(count / length);
        }
        if (other is not null)
        {
            foreach (var count in other.Values) entropy -= count / length * Log2(count / length);
        }
        return entropy;
    }

#if NETSTANDARD2_0
    private static double Log2(double value) => Math.Log(value, 2);
#else
    private static double Log2(double value) => Math.Log2(value);
#endif
}
