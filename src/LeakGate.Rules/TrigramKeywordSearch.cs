namespace LeakGate.Rules;

/// <summary>
/// Finds every occurrence of many keywords (3 characters or longer) at once, case-insensitively, in one pass that
/// costs a table lookup per character: a rolling code of the last three characters indexes a bitmap of the
/// keywords' first trigrams, and only positions whose trigram starts some keyword are compared in full.
/// Unlike a general multi-string search this stays fast with hundreds of keywords.
/// </summary>
internal sealed class TrigramKeywordSearch
{
    public const int MinKeywordLength = 3;
    private const int BitsPerChar = 6;
    private const int TrigramMask = (1 << (3 * BitsPerChar)) - 1;
    /// <summary>Characters that occur in keywords and get a code of their own; every other character shares code 0.</summary>
    private const string CodedPunctuation = "_-.:/@=$+~'\" {}[](),;!#%&*";

    private static readonly byte[] CharCodes = BuildCharCodes();

    private readonly string[] _keywords;
    private readonly ulong[] _trigramBits = new ulong[(TrigramMask + 1) / 64];
    /// <summary>For each trigram: the keywords of 3 to 5 characters that start with it (empty for most).</summary>
    private readonly int[][] _shortKeywordsByTrigram = new int[TrigramMask + 1][];
    /// <summary>For each trigram: the longer keywords that start with it, by their second trigram (null for most),
    /// so a run such as "------" that starts a dozen "-----BEGIN …" keywords costs one lookup, not a dozen compares.</summary>
    private readonly Dictionary<int, int[]>?[] _longKeywordsByTrigram = new Dictionary<int, int[]>?[TrigramMask + 1];

    /// <param name="keywords">All keywords; hits name them by their index here.</param>
    /// <param name="keywordIndices">The keywords to search for, each at least <see cref="MinKeywordLength"/> characters.</param>
    public TrigramKeywordSearch(IReadOnlyList<string> keywords, IReadOnlyList<int> keywordIndices)
    {
        _keywords = [.. keywords];
        var shortByTrigram = new Dictionary<int, List<int>>();
        var longByTrigram = new Dictionary<int, Dictionary<int, List<int>>>();
        foreach (var index in keywordIndices)
        {
            var keyword = keywords[index];
            var trigram = TrigramAt(keyword.AsSpan(), 0);
            _trigramBits[trigram >> 6] |= 1UL << (trigram & 63);
            if (keyword.Length < 2 * 3)
            {
                if (!shortByTrigram.TryGetValue(trigram, out var list)) shortByTrigram[trigram] = list = [];
                list.Add(index);
                continue;
            }
            if (!longByTrigram.TryGetValue(trigram, out var byNext)) longByTrigram[trigram] = byNext = [];
            var next = TrigramAt(keyword.AsSpan(), 3);
            if (!byNext.TryGetValue(next, out var longList)) byNext[next] = longList = [];
            longList.Add(index);
        }
        for (var t = 0; t < _shortKeywordsByTrigram.Length; t++) _shortKeywordsByTrigram[t] = [];
        foreach (var pair in shortByTrigram) _shortKeywordsByTrigram[pair.Key] = [.. pair.Value];
        foreach (var pair in longByTrigram) _longKeywordsByTrigram[pair.Key] = pair.Value.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Appends (position, keyword index) for every occurrence, in order of position.</summary>
    public void FindHits(ReadOnlySpan<char> text, List<(int Position, int Keyword)> hits)
    {
        var codes = CharCodes;
        var bits = _trigramBits;
        var trigram = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            trigram = ((trigram << BitsPerChar) | (c < 128 ? codes[c] : 0)) & TrigramMask;
            if ((bits[trigram >> 6] & (1UL << (trigram & 63))) == 0 || i < 2) continue;
            var start = i - 2;
            var fourth = i + 1 < text.Length ? Code(text[i + 1]) : -1;
            foreach (var keyword in _shortKeywordsByTrigram[trigram])
            {
                var candidate = _keywords[keyword];
                if (candidate.Length > 3 && Code(candidate[3]) != fourth) continue;
                AddIfAt(text, start, keyword, hits);
            }
            if (_longKeywordsByTrigram[trigram] is { } byNext && i + 3 < text.Length && byNext.TryGetValue(TrigramAt(text, i + 1), out var longKeywords))
            {
                foreach (var keyword in longKeywords) AddIfAt(text, start, keyword, hits);
            }
        }
    }

    private void AddIfAt(ReadOnlySpan<char> text, int start, int keyword, List<(int Position, int Keyword)> hits)
    {
        if (text[start..].StartsWith(_keywords[keyword].AsSpan(), StringComparison.OrdinalIgnoreCase)) hits.Add((start, keyword));
    }

    private static int TrigramAt(ReadOnlySpan<char> text, int at) =>
        (Code(text[at]) << (2 * BitsPerChar)) | (Code(text[at + 1]) << BitsPerChar) | Code(text[at + 2]);

    private static int Code(char c) => c < 128 ? CharCodes[c] : 0;

    private static byte[] BuildCharCodes()
    {
        var codes = new byte[128];
        byte next = 1;
        for (var c = 'a'; c <= 'z'; c++, next++)
        {
            codes[c] = next;
            codes[char.ToUpperInvariant(c)] = next;
        }
        for (var c = '0'; c <= '9'; c++) codes[c] = next++;
        foreach (var c in CodedPunctuation) codes[c] = next++;
        System.Diagnostics.Debug.Assert(next <= 1 << BitsPerChar, "character codes must fit their bits");
        return codes;
    }
}
