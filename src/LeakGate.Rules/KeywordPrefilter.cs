using System.Buffers;

namespace LeakGate.Rules;

/// <summary>
/// The hot loop of every scan: one vectorized, case-insensitive search for all rule keywords at once.
/// Only rules whose keyword occurs in a chunk are ever evaluated, and only near the occurrence.
/// </summary>
internal sealed class KeywordPrefilter
{
#if NETSTANDARD2_0
    /// <summary>Keyword indices by their first two characters, lower-cased: the analyzer host has no vectorized
    /// multi-string search, and a first-character table leaves 75 candidates behind an 's' or an 'a'.</summary>
    private readonly Dictionary<int, int[]> _keywordsByFirstTwoChars;
    private readonly int[] _shortKeywords;
#else
    private readonly SearchValues<string>? _searchValues;
#endif
    private readonly string[] _keywords;
    private readonly int[][] _rulesByKeyword;
    /// <summary>Keyword indices grouped by their lower-cased first character (ASCII); others in slot 128.</summary>
    private readonly int[][] _keywordsByFirstChar;

    public KeywordPrefilter(IReadOnlyList<Rule> rules)
    {
        var keywordRules = new Dictionary<string, List<int>>();
        var unkeyed = new List<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Pattern is null) continue;
            if (rules[i].Keywords.Count == 0) unkeyed.Add(i);
            foreach (var keyword in rules[i].Keywords)
            {
                if (!keywordRules.TryGetValue(keyword, out var list)) keywordRules[keyword] = list = [];
                list.Add(i);
            }
        }
        _keywords = [.. keywordRules.Keys];
        _rulesByKeyword = [.. _keywords.Select(k => keywordRules[k].ToArray())];
        UnkeyedRules = [.. unkeyed];
#if NETSTANDARD2_0
        _keywordsByFirstTwoChars = Enumerable.Range(0, _keywords.Length).Where(k => _keywords[k].Length > 1)
            .GroupBy(k => PairKey(_keywords[k][0], _keywords[k][1])).ToDictionary(g => g.Key, g => g.ToArray());
        _shortKeywords = [.. Enumerable.Range(0, _keywords.Length).Where(k => _keywords[k].Length <= 1)];
#else
        _searchValues = _keywords.Length == 0 ? null : SearchValues.Create(_keywords, StringComparison.OrdinalIgnoreCase);
#endif
        var byChar = Enumerable.Range(0, 129).Select(_ => new List<int>()).ToArray();
        for (var k = 0; k < _keywords.Length; k++)
        {
            var first = char.ToLowerInvariant(_keywords[k][0]);
            byChar[first < 128 ? first : 128].Add(k);
        }
        _keywordsByFirstChar = [.. byChar.Select(l => l.ToArray())];
    }

    /// <summary>Rules with no keywords: they run over every chunk (allowed for user configs, never in the default pack).</summary>
    public int[] UnkeyedRules { get; }

    public int[] RulesOf(int keyword) => _rulesByKeyword[keyword];

    public int KeywordLength(int keyword) => _keywords[keyword].Length;

    /// <summary>Appends (position, keyword index) for every keyword occurrence in <paramref name="text"/>.</summary>
    public void FindHits(ReadOnlySpan<char> text, List<(int Position, int Keyword)> hits)
    {
#if NETSTANDARD2_0
        for (var position = 0; position < text.Length; position++)
        {
            var rest = text[position..];
            if (rest.Length > 1 && _keywordsByFirstTwoChars.TryGetValue(PairKey(rest[0], rest[1]), out var candidates)) AddMatching(rest, position, candidates, hits);
            if (_shortKeywords.Length > 0) AddMatching(rest, position, _shortKeywords, hits);
        }
#else
        if (_searchValues is null) return;
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text[offset..].IndexOfAny(_searchValues);
            if (found < 0) return;
            var position = offset + found;
            var rest = text[position..];
            var first = char.ToLowerInvariant(text[position]);
            AddMatching(rest, position, _keywordsByFirstChar[first < 128 ? first : 128], hits);
            if (first < 128 && _keywordsByFirstChar[128].Length > 0) AddMatching(rest, position, _keywordsByFirstChar[128], hits);
            offset = position + 1;
        }
#endif
    }

#if NETSTANDARD2_0
    private static int PairKey(char first, char second) => (char.ToLowerInvariant(first) << 16) | char.ToLowerInvariant(second);
#endif

    private void AddMatching(ReadOnlySpan<char> rest, int position, int[] candidates, List<(int, int)> hits)
    {
        foreach (var k in candidates)
        {
            if (rest.StartsWith(_keywords[k], StringComparison.OrdinalIgnoreCase)) hits.Add((position, k));
        }
    }
}
