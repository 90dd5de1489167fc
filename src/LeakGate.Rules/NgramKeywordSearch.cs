namespace LeakGate.Rules;

/// <summary>
/// Finds every occurrence of many keywords (3 characters or longer) at once, case-insensitively, in one pass that
/// costs two bit tests per character. A rolling code of the last four characters is tested against a hashed bitmap
/// of the keywords' first four characters, and its low three characters against an exact bitmap of the 3-character
/// keywords; only positions that pass are compared in full. Four characters rather than three keep those positions
/// rare in ordinary text (one in 18 characters of source code starts some keyword's first trigram: "con", "int",
/// "sta"), and unlike a general multi-string search this stays fast with hundreds of keywords.
/// </summary>
internal sealed class NgramKeywordSearch
{
    public const int MinKeywordLength = 3;
    private const int BitsPerChar = 6;
    private const int TrigramMask = (1 << (3 * BitsPerChar)) - 1;
    private const int QuadgramMask = (1 << (4 * BitsPerChar)) - 1;
    private const int QuadgramHashBits = 18;
    /// <summary>Keywords at least this long are also told apart by their second four characters, so a run such as
    /// "--------" that starts a dozen "-----BEGIN …" keywords costs one lookup, not a dozen compares.</summary>
    private const int SecondQuadgramLength = 8;
    /// <summary>Characters that occur in keywords and get a code of their own; every other character shares code 0.</summary>
    private const string CodedPunctuation = "_-.:/@=$+~'\" {}[](),;!#%&*";

    private static readonly byte[] CharCodes = BuildCharCodes();

    private readonly string[] _keywords;
    private readonly ulong[] _trigramBits = new ulong[(TrigramMask + 1) / 64];
    private readonly ulong[] _quadgramBits = new ulong[(1 << QuadgramHashBits) / 64];
    /// <summary>The 3-character keywords by their trigram code.</summary>
    private readonly Dictionary<int, int[]> _trigramKeywords = [];
    /// <summary>The longer keywords by the code of their first four characters.</summary>
    private readonly Dictionary<int, QuadgramKeywords> _quadgramKeywords = [];

    /// <param name="keywords">All keywords; hits name them by their index here.</param>
    /// <param name="keywordIndices">The keywords to search for, each at least <see cref="MinKeywordLength"/> characters.</param>
    public NgramKeywordSearch(IReadOnlyList<string> keywords, IReadOnlyList<int> keywordIndices)
    {
        _keywords = [.. keywords];
        var trigrams = new Dictionary<int, List<int>>();
        var quadgrams = new Dictionary<int, (List<int> Short, Dictionary<int, List<int>> Long)>();
        foreach (var index in keywordIndices)
        {
            var keyword = keywords[index].AsSpan();
            if (keyword.Length == 3)
            {
                var trigram = CodeOf(keyword);
                _trigramBits[trigram >> 6] |= 1UL << (trigram & 63);
                if (!trigrams.TryGetValue(trigram, out var list)) trigrams[trigram] = list = [];
                list.Add(index);
                continue;
            }
            var quadgram = CodeOf(keyword.Slice(0, 4));
            var hash = Hash(quadgram);
            _quadgramBits[hash >> 6] |= 1UL << (hash & 63);
            if (!quadgrams.TryGetValue(quadgram, out var entry)) quadgrams[quadgram] = entry = ([], []);
            if (keyword.Length < SecondQuadgramLength)
            {
                entry.Short.Add(index);
                continue;
            }
            var second = CodeOf(keyword.Slice(4, 4));
            if (!entry.Long.TryGetValue(second, out var longList)) entry.Long[second] = longList = [];
            longList.Add(index);
        }
        foreach (var pair in trigrams) _trigramKeywords[pair.Key] = [.. pair.Value];
        foreach (var pair in quadgrams)
        {
            _quadgramKeywords[pair.Key] = new QuadgramKeywords([.. pair.Value.Short], pair.Value.Long.Count == 0 ? null : pair.Value.Long.ToDictionary(p => p.Key, p => p.Value.ToArray()));
        }
    }

    /// <summary>Appends (position, keyword index) for every occurrence, in order of position.</summary>
    public void FindHits(ReadOnlySpan<char> text, List<(int Position, int Keyword)> hits)
    {
        var codes = CharCodes;
        var trigramBits = _trigramBits;
        var quadgramBits = _quadgramBits;
        var gram = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            gram = ((gram << BitsPerChar) | (c < 128 ? codes[c] : 0)) & QuadgramMask;
            var hash = Hash(gram);
            if ((quadgramBits[hash >> 6] & (1UL << (hash & 63))) != 0 && i >= 3) AddQuadgramHits(text, i - 3, gram, hits);
            var trigram = gram & TrigramMask;
            if ((trigramBits[trigram >> 6] & (1UL << (trigram & 63))) != 0 && i >= 2) AddTrigramHits(text, i - 2, trigram, hits);
        }
    }

    private void AddQuadgramHits(ReadOnlySpan<char> text, int start, int quadgram, List<(int Position, int Keyword)> hits)
    {
        if (!_quadgramKeywords.TryGetValue(quadgram, out var entry)) return;
        foreach (var keyword in entry.Short) AddIfAt(text, start, keyword, hits);
        if (entry.BySecondQuadgram is { } bySecond && start + SecondQuadgramLength <= text.Length
            && bySecond.TryGetValue(CodeOf(text.Slice(start + 4, 4)), out var longKeywords))
        {
            foreach (var keyword in longKeywords) AddIfAt(text, start, keyword, hits);
        }
    }

    private void AddTrigramHits(ReadOnlySpan<char> text, int start, int trigram, List<(int Position, int Keyword)> hits)
    {
        foreach (var keyword in _trigramKeywords[trigram]) AddIfAt(text, start, keyword, hits);
    }

    private void AddIfAt(ReadOnlySpan<char> text, int start, int keyword, List<(int Position, int Keyword)> hits)
    {
        if (text.Slice(start).StartsWith(_keywords[keyword].AsSpan(), StringComparison.OrdinalIgnoreCase)) hits.Add((start, keyword));
    }

    /// <summary>Spreads a 24-bit four-character code over the bitmap (Fibonacci hashing).</summary>
    private static int Hash(int quadgram) => (int)(((uint)quadgram * 0x9E3779B1u) >> (32 - QuadgramHashBits));

    private static int CodeOf(ReadOnlySpan<char> chars)
    {
        var code = 0;
        foreach (var c in chars) code = (code << BitsPerChar) | Code(c);
        return code;
    }

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

    /// <summary>The keywords that start with one four-character code: shorter ones to compare directly, longer ones
    /// by their next four characters (null when there are none).</summary>
    private sealed record QuadgramKeywords(int[] Short, Dictionary<int, int[]>? BySecondQuadgram);
}
