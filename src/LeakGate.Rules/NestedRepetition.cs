namespace LeakGate.Rules;

/// <summary>
/// Spots the shape behind catastrophic backtracking: a repeated group that itself contains an open-ended
/// repetition, as in <c>(a+)+</c> or <c>(?:\w+\s)*</c>. Without it, a backtracking regex's work on a search window
/// grows polynomially with the window, which the matcher's window limits keep small.
/// </summary>
internal static class NestedRepetition
{
    /// <summary>Repetitions up to this bound count as small (<c>{0,2}</c>, <c>{8}</c>); larger ones as open-ended.</summary>
    private const int SmallBound = 8;

    public static bool IsPresent(string pattern)
    {
        var repeatedInside = new Stack<bool>();
        repeatedInside.Push(false);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            bool atomRepeats;
            switch (c)
            {
                case '\\':
                    i++;
                    atomRepeats = false;
                    break;
                case '[':
                    SkipClass(pattern, ref i);
                    atomRepeats = false;
                    break;
                case '(':
                    repeatedInside.Push(false);
                    continue;
                case ')' when repeatedInside.Count > 1:
                    atomRepeats = repeatedInside.Pop();
                    if (atomRepeats && IsOpenEndedQuantifier(pattern, i + 1)) return true;
                    break;
                case '{':
                    i = Math.Max(i, pattern.IndexOf('}', i));
                    continue;
                case '*' or '+' or '?' or '|' or '^' or '$':
                    continue;
                default:
                    atomRepeats = false;
                    break;
            }
            if (atomRepeats || IsOpenEndedQuantifier(pattern, i + 1))
            {
                repeatedInside.Pop();
                repeatedInside.Push(true);
            }
        }
        return false;
    }

    private static void SkipClass(string pattern, ref int i)
    {
        var first = true;
        for (i++; i < pattern.Length; i++, first = false)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '^' && first) first = true;
            else if (pattern[i] == ']' && !first) return;
        }
    }

    private static bool IsOpenEndedQuantifier(string pattern, int at)
    {
        if (at >= pattern.Length) return false;
        if (pattern[at] is '*' or '+') return true;
        if (pattern[at] != '{') return false;
        var close = pattern.IndexOf('}', at);
        if (close < 0) return false;
        var bounds = pattern[(at + 1)..close].Split(',');
        return bounds.Length == 2 && (bounds[1].Length == 0 || !int.TryParse(bounds[1], out var max) || max > SmallBound);
    }
}
