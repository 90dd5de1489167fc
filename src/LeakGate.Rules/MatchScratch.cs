namespace LeakGate.Rules;

/// <summary>
/// One thread's working memory for <see cref="SecretMatcher.Match"/>: the keyword hits and each rule's search
/// windows, kept between calls so matching a chunk allocates nothing once the lists have grown.
/// </summary>
internal sealed class MatchScratch
{
    public List<(int Position, int Keyword)> Hits { get; } = [];

    private List<(int Start, int End)>[] _windowsByRule = [];
    private readonly List<int> _rules = [];

    /// <summary>The rules that got a window since <see cref="StartWindows"/>, in the order they got their first.</summary>
    public List<int> Rules => _rules;

    /// <summary>Forgets the previous call's windows; <paramref name="ruleCount"/> is the rule set's size.</summary>
    public MatchScratch StartWindows(int ruleCount)
    {
        foreach (var rule in _rules) _windowsByRule[rule].Clear();
        _rules.Clear();
        if (_windowsByRule.Length < ruleCount)
        {
            var grown = new List<(int Start, int End)>[ruleCount];
            Array.Copy(_windowsByRule, grown, _windowsByRule.Length);
            for (var i = _windowsByRule.Length; i < ruleCount; i++) grown[i] = [];
            _windowsByRule = grown;
        }
        return this;
    }

    /// <summary>The windows of one rule, registering the rule on first use.</summary>
    public List<(int Start, int End)> Of(int rule)
    {
        var windows = _windowsByRule[rule];
        // A registered rule always holds a window until the next StartWindows, so an empty list means a new rule.
        if (windows.Count == 0) _rules.Add(rule);
        return windows;
    }
}
