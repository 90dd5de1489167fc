namespace LeakGate.Analyzers;

/// <summary>
/// Where the default pack's keywords start in a text, ascending, so that asking whether a range of it holds one is
/// a binary search. A pack with rules that have no keyword (never the default one) holds candidates everywhere.
/// </summary>
internal sealed class KeywordPositions(int[] ascending, bool everywhere)
{
    public bool AnyWithin(int start, int end)
    {
        if (everywhere) return true;
        var index = Array.BinarySearch(ascending, start);
        if (index < 0) index = ~index;
        return index < ascending.Length && ascending[index] < end;
    }
}
