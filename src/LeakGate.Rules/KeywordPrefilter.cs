using System.Buffers;

namespace LeakGate.Rules;

/// <summary>
/// The hot loop of every scan: one pass over the text finds all rule keywords at once, case-insensitively.
/// Only rules whose keyword occurs in a chunk are ever evaluated, and only near the occurrence.
/// Keywords of three or more characters (all of the default pack's) go through <see cref="NgramKeywordSearch"/>;
/// shorter ones, which user configs may have, through a multi-string search of their own.
/// </summary>
internal sealed class KeywordPrefilter
{
    private readonly string[] _keywords;
    private readonly int[][] _rulesByKeyword;
    private readonly NgramKeywordSearch _longKeywords;
#if !NETSTANDARD2_0
    private readonly SearchValues<string>? _shortKeywords;
#endif
    private readonly int[] _shortKeywordIndices;

    public KeywordPrefilter(IReadOnlyList<Rule> rules)
    {
        var keywordRules = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var unkeyed = new List<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Pattern is null) continue;
            if (rules[i].Keywords.Count == 0) unkeyed.Add(i);
            foreach (var keyword in rules[i].Keywords)
            {
                if (!keywordRules.TryGetValue(keyword, out var list)) keywordRules[keyword] = list = [];
                if (!list.Contains(i)) list.Add(i);
            }
        }
        _keywords = [.. keywordRules.Keys];
        _rulesByKeyword = [.. _keywords.Select(k => keywordRules[k].ToArray())];
        UnkeyedRules = [.. unkeyed];
        var indices = Enumerable.Range(0, _keywords.Length).ToList();
        _longKeywords = new NgramKeywordSearch(_keywords, [.. indices.Where(k => _keywords[k].Length >= NgramKeywordSearch.MinKeywordLength)]);
        _shortKeywordIndices = [.. indices.Where(k => _keywords[k].Length < NgramKeywordSearch.MinKeywordLength)];
#if !NETSTANDARD2_0
        _shortKeywords = _shortKeywordIndices.Length == 0
            ? null
            : SearchValues.Create([.. _shortKeywordIndices.Select(k => _keywords[k])], StringComparison.OrdinalIgnoreCase);
#endif
    }

    /// <summary>Rules with no keywords: they run over every chunk (allowed for user configs, never in the default pack).</summary>
    public int[] UnkeyedRules { get; }

    public int[] RulesOf(int keyword) => _rulesByKeyword[keyword];

    public int KeywordLength(int keyword) => _keywords[keyword].Length;

    /// <summary>Appends (position, keyword index) for every keyword occurrence in <paramref name="text"/>, in order of position.</summary>
    public void FindHits(ReadOnlySpan<char> text, List<(int Position, int Keyword)> hits)
    {
        var first = hits.Count;
        _longKeywords.FindHits(text, hits);
        if (_shortKeywordIndices.Length == 0) return;
        FindShortHits(text, hits);
        hits.Sort(first, hits.Count - first, null);
    }

    private void FindShortHits(ReadOnlySpan<char> text, List<(int Position, int Keyword)> hits)
    {
#if NETSTANDARD2_0
        // The analyzer host has no multi-string search; the default pack it carries has no short keywords.
        for (var position = 0; position < text.Length; position++) AddMatching(text, position, hits);
#else
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text[offset..].IndexOfAny(_shortKeywords!);
            if (found < 0) return;
            var position = offset + found;
            AddMatching(text, position, hits);
            offset = position + 1;
        }
#endif
    }

    private void AddMatching(ReadOnlySpan<char> text, int position, List<(int Position, int Keyword)> hits)
    {
        foreach (var k in _shortKeywordIndices)
        {
            if (text[position..].StartsWith(_keywords[k].AsSpan(), StringComparison.OrdinalIgnoreCase)) hits.Add((position, k));
        }
    }
}
