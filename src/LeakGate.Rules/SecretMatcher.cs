using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// Finds secrets in text: keyword prefilter, then each candidate rule's regex over small windows around its
/// keyword hits, then the validators (secret group, entropy, checksum, placeholders, allowlists, inline allow).
/// Knows nothing of files or output; thread-safe.
/// </summary>
public sealed class SecretMatcher(RuleSet ruleSet)
{
    /// <summary>How far a window reaches before and after a keyword on one (long) line.</summary>
    private const int LineReach = 1024;
    /// <summary>How far after a keyword a window reaches for rules that can span lines (private keys).</summary>
    private const int MultiLineReach = 8192;

    public RuleSet RuleSet => ruleSet;

    public void Match(ReadOnlySpan<char> text, MatchOptions options, List<SecretMatch> results, List<MatchWarning> warnings)
    {
        var rules = ruleSet.Rules;
        var hits = new List<(int Position, int Keyword)>();
        ruleSet.Prefilter.FindHits(text, hits);
        if (hits.Count == 0 && ruleSet.Prefilter.UnkeyedRules.Length == 0) return;

        var windows = new Dictionary<int, List<(int Start, int End)>>();
        foreach (var (position, keyword) in hits)
        {
            foreach (var ruleIndex in ruleSet.Prefilter.RulesOf(keyword))
            {
                if (!AppliesToPath(rules[ruleIndex], options)) continue;
                if (!windows.TryGetValue(ruleIndex, out var list)) windows[ruleIndex] = list = [];
                list.Add(WindowAround(text, position, ruleSet.Prefilter.KeywordLength(keyword), rules[ruleIndex].SpansLines));
            }
        }
        foreach (var ruleIndex in ruleSet.Prefilter.UnkeyedRules)
        {
            if (AppliesToPath(rules[ruleIndex], options)) windows[ruleIndex] = [(0, text.Length)];
        }

        var first = results.Count;
        foreach (var (ruleIndex, ruleWindows) in windows)
        {
            foreach (var (start, end) in Merge(ruleWindows))
            {
                MatchWindow(rules[ruleIndex], text, start, end, options, results, warnings);
            }
        }
        results.Sort(first, results.Count - first, Comparer<SecretMatch>.Create((a, b) => a.MatchStart.CompareTo(b.MatchStart)));
    }

    private static bool AppliesToPath(Rule rule, MatchOptions options) =>
        options.IgnorePathFilters || rule.PathFilter is null || (options.Path is not null && rule.PathFilter.IsMatch(options.Path));

    private static (int Start, int End) WindowAround(ReadOnlySpan<char> text, int position, int keywordLength, bool spansLines)
    {
        var lineStart = text[..position].LastIndexOfAny('\n', '\r') + 1;
        var start = Math.Max(lineStart, position - LineReach);
        var after = position + keywordLength;
        int end;
        if (spansLines)
        {
            end = Math.Min(text.Length, after + MultiLineReach);
        }
        else
        {
            var lineEnd = text[after..].IndexOfAny('\n', '\r');
            end = lineEnd < 0 ? text.Length : after + lineEnd;
            end = Math.Min(end, after + LineReach);
        }
        return (start, end);
    }

    private static IEnumerable<(int Start, int End)> Merge(List<(int Start, int End)> windows)
    {
        windows.Sort();
        var (start, end) = windows[0];
        for (var i = 1; i < windows.Count; i++)
        {
            if (windows[i].Start <= end)
            {
                end = Math.Max(end, windows[i].End);
                continue;
            }
            yield return (start, end);
            (start, end) = windows[i];
        }
        yield return (start, end);
    }

    /// <summary>
    /// Finds matches over the window span without allocating, then re-runs the regex on just the matched text
    /// to read its groups: strings are only made for real matches, never for whole windows.
    /// </summary>
    private void MatchWindow(Rule rule, ReadOnlySpan<char> text, int start, int end, MatchOptions options, List<SecretMatch> results, List<MatchWarning> warnings)
    {
        var regex = rule.Regex!;
        var window = text[start..end];
        try
        {
            foreach (var found in regex.EnumerateMatches(window))
            {
                var absolute = start + found.Index;
                if (absolute < options.OwnedStart || absolute >= options.OwnedEnd) continue;
                if (found.Length == 0) continue;
                var matchText = window.Slice(found.Index, found.Length).ToString();
                var match = regex.Match(matchText);
                var offset = absolute;
                if (!match.Success || match.Length != matchText.Length)
                {
                    match = regex.Match(window.ToString(), found.Index);
                    offset = start;
                }
                var group = SecretGroupOf(rule, regex, match);
                if (group is null || group.Length == 0) continue;
                var matchStart = offset == start ? start + match.Index : absolute;
                var candidate = new SecretMatch(rule, matchStart, match.Length, offset + group.Index, group.Length, group.Value, match.Value, ShannonEntropy.Of(group.ValueSpan));
                if (Evaluate(candidate, text, options) is { } confidence) results.Add(candidate with { Confidence = confidence });
            }
        }
        catch (RegexMatchTimeoutException)
        {
            warnings.Add(new MatchWarning(rule.Id, $"regex timed out after {RegexFactory.MatchTimeout.TotalMilliseconds} ms on a {end - start}-character window; matches of this rule there may be missed"));
        }
    }

    private static Group? SecretGroupOf(Rule rule, Regex regex, System.Text.RegularExpressions.Match match)
    {
        if (rule.SecretGroup is { } named)
        {
            var group = int.TryParse(named, out var number) ? match.Groups[number] : match.Groups[named];
            return group.Success ? group : null;
        }
        var numbers = regex.GetGroupNumbers();
        if (numbers.Length == 1) return match.Groups[0];
        for (var i = 1; i < numbers.Length; i++)
        {
            var group = match.Groups[numbers[i]];
            if (group.Success && group.Length > 0) return group;
        }
        return null;
    }

    /// <summary>
    /// The confidence to report the candidate with, or null to drop it. A value that fails the entropy minimum or
    /// looks invented is dropped by keyword and generic rules, but kept at low confidence by high-confidence
    /// formats: a provider-prefixed token is worth a look even when someone typed it by hand.
    /// </summary>
    private Confidence? Evaluate(SecretMatch candidate, ReadOnlySpan<char> text, MatchOptions options)
    {
        var rule = candidate.Rule;
        if (!ChecksumValidator.IsValid(rule.Checksum, candidate.Secret)) return null;
        var placeholder = PlaceholderFilter.Classify(candidate.Secret);
        if (placeholder == PlaceholderKind.Template) return null;
        var weak = placeholder == PlaceholderKind.Invented || (rule.MinEntropy is { } min && candidate.Entropy < min);
        if (weak && rule.Confidence != Confidence.High) return null;
        var line = LineOf(text, candidate.MatchStart);
        if (InlineAllowDirective.IsPresent(line)) return null;
        var lineText = line.ToString();
        foreach (var allowlist in rule.Allowlists)
        {
            if (allowlist.Allows(candidate.Secret, candidate.Match, lineText, options.Path, options.Commit)) return null;
        }
        foreach (var allowlist in ruleSet.Allowlists)
        {
            if (allowlist.AppliesTo(rule.Id) && allowlist.Allows(candidate.Secret, candidate.Match, lineText, options.Path, options.Commit)) return null;
        }
        return weak ? Confidence.Low : rule.Confidence;
    }

    /// <summary>The line of <paramref name="text"/> that contains <paramref name="position"/>, without its terminator.</summary>
    public static ReadOnlySpan<char> LineOf(ReadOnlySpan<char> text, int position)
    {
        var start = text[..position].LastIndexOfAny('\n', '\r') + 1;
        var length = text[position..].IndexOfAny('\n', '\r');
        return text[start..(length < 0 ? text.Length : position + length)];
    }
}
