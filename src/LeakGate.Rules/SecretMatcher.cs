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
    /// <summary>How many lines before and after the keyword's line an <see cref="LineSpan.Adjacent"/> rule sees
    /// (a .netrc or .pypirc entry puts its password a few lines below its keyword).</summary>
    private const int AdjacentLines = 4;
    /// <summary>How far after a keyword a window reaches for rules that can span lines (private keys).</summary>
    private const int MultiLineReach = 8192;

    /// <summary>The keyword hits and search windows of the current call, reused: a chunk can hold tens of thousands.</summary>
    [ThreadStatic]
    private static MatchScratch? t_scratch;

    private static readonly Comparer<SecretMatch> ByMatchStart = Comparer<SecretMatch>.Create((a, b) => a.MatchStart.CompareTo(b.MatchStart));

    public RuleSet RuleSet => ruleSet;

    public void Match(ReadOnlySpan<char> text, MatchOptions options, List<SecretMatch> results, List<MatchWarning> warnings)
    {
        var rules = ruleSet.Rules;
        var scratch = t_scratch ??= new MatchScratch();
        var hits = scratch.Hits;
        hits.Clear();
        ruleSet.Prefilter.FindHits(text, hits);
        if (hits.Count == 0 && ruleSet.Prefilter.UnkeyedRules.Length == 0) return;

        var windows = scratch.StartWindows(rules.Count);
        foreach (var (position, keyword) in hits)
        {
            var keywordEnd = position + ruleSet.Prefilter.KeywordLength(keyword);
            foreach (var ruleIndex in ruleSet.Prefilter.RulesOf(keyword))
            {
                if (!AppliesToPath(rules[ruleIndex], options)) continue;
                var list = windows.Of(ruleIndex);
                var span = rules[ruleIndex].LineSpan;
                if (list.Count > 0 && keywordEnd <= list[^1].End)
                {
                    // Hits arrive in order: one inside the rule's last window only stretches that window's end.
                    var last = list[^1];
                    if (span == LineSpan.SingleLine)
                    {
                        // A single-line window is one line, so the hit is on it. Ending at the line's end, the window
                        // already holds the hit's reach; cut short inside a long line, it grows from where it ends,
                        // without rescanning the line for every hit (a line of 200 MB may hold millions).
                        if (EndsLine(text, last.End)) continue;
                        var limit = Math.Min(text.Length, keywordEnd + LineReach);
                        if (limit > last.End) list[^1] = (last.Start, LineBoundaryAfter(text, last.End, limit, 1));
                        continue;
                    }
                    list[^1] = (last.Start, Math.Max(last.End, WindowEnd(text, keywordEnd, span)));
                    continue;
                }
                list.Add((WindowStart(text, position, span), WindowEnd(text, keywordEnd, span)));
            }
        }
        foreach (var ruleIndex in ruleSet.Prefilter.UnkeyedRules)
        {
            if (!AppliesToPath(rules[ruleIndex], options)) continue;
            windows.Of(ruleIndex).Add((0, text.Length));
        }

        var first = results.Count;
        foreach (var ruleIndex in windows.Rules)
        {
            var ruleWindows = windows.Of(ruleIndex);
            Merge(ruleWindows);
            foreach (var (start, end) in ruleWindows) MatchWindow(rules[ruleIndex], text, start, end, options, results, warnings);
        }
        results.Sort(first, results.Count - first, ByMatchStart);
    }

    private static bool AppliesToPath(Rule rule, MatchOptions options) =>
        options.IgnorePathFilters || rule.PathFilter is null || (options.Path is not null && rule.PathFilter.IsMatch(options.Path));

    /// <summary>
    /// Where a keyword's search window starts: its line (with the lines before it for <see cref="LineSpan.Adjacent"/>
    /// rules), cut to <see cref="LineReach"/> so scans stay bounded on huge single-line files; for
    /// <see cref="LineSpan.Block"/> rules <see cref="LineReach"/> before the keyword, since a block rule may put its
    /// keyword after its start ("SK…" then "secret" below).
    /// </summary>
    private static int WindowStart(ReadOnlySpan<char> text, int position, LineSpan span)
    {
        var from = Math.Max(0, position - LineReach);
        return span == LineSpan.Block ? from : LineBoundaryBefore(text, from, position, span == LineSpan.Adjacent ? AdjacentLines + 1 : 1);
    }

    /// <summary>Where a keyword's search window ends: the end of its line (or of the lines after it), or
    /// <see cref="MultiLineReach"/> after it for block rules.</summary>
    private static int WindowEnd(ReadOnlySpan<char> text, int keywordEnd, LineSpan span)
    {
        if (span == LineSpan.Block) return Math.Min(text.Length, keywordEnd + MultiLineReach);
        var limit = Math.Min(text.Length, keywordEnd + LineReach);
        return LineBoundaryAfter(text, keywordEnd, limit, span == LineSpan.Adjacent ? AdjacentLines + 1 : 1);
    }

    private static bool EndsLine(ReadOnlySpan<char> text, int position) => position == text.Length || text[position] is '\n' or '\r';

    /// <summary>The start of the <paramref name="lines"/>-th line ending at <paramref name="position"/>, not before <paramref name="from"/>.</summary>
    private static int LineBoundaryBefore(ReadOnlySpan<char> text, int from, int position, int lines)
    {
        var end = position;
        for (var i = 0; i < lines; i++)
        {
            var back = text[from..end].LastIndexOfAny('\n', '\r');
            if (back < 0) return from;
            end = from + back;
            if (i == lines - 1) return end + 1;
        }
        return from;
    }

    /// <summary>The end of the <paramref name="lines"/>-th line starting at <paramref name="after"/>, not after <paramref name="limit"/>.</summary>
    private static int LineBoundaryAfter(ReadOnlySpan<char> text, int after, int limit, int lines)
    {
        var start = after;
        for (var i = 0; i < lines; i++)
        {
            var next = text[start..limit].IndexOfAny('\n', '\r');
            if (next < 0) return limit;
            if (i == lines - 1) return start + next;
            start = start + next + 1;
            if (start < limit && text[start - 1] == '\r' && text[start] == '\n') start++;
        }
        return limit;
    }

    /// <summary>Sorts windows and merges the overlapping ones, in place.</summary>
    private static void Merge(List<(int Start, int End)> windows)
    {
        if (windows.Count < 2) return;
        windows.Sort();
        var kept = 0;
        for (var i = 1; i < windows.Count; i++)
        {
            if (windows[i].Start <= windows[kept].End)
            {
                windows[kept] = (windows[kept].Start, Math.Max(windows[kept].End, windows[i].End));
                continue;
            }
            windows[++kept] = windows[i];
        }
        windows.RemoveRange(kept + 1, windows.Count - kept - 1);
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
    /// looks invented is dropped by generic rules, but kept at low confidence by provider formats (prefixed, or
    /// anchored on the provider's keyword): a weak or hand-typed credential in that exact place is still worth a look.
    /// </summary>
    private Confidence? Evaluate(SecretMatch candidate, ReadOnlySpan<char> text, MatchOptions options)
    {
        var rule = candidate.Rule;
        if (!ChecksumValidator.IsValid(rule.Checksum, candidate.Secret)) return null;
        var lowEntropy = rule.MinEntropy is { } min && candidate.Entropy < min;
        if (lowEntropy && rule.Confidence == Confidence.Low) return null;
        var placeholder = PlaceholderFilter.Classify(candidate.Secret);
        if (placeholder == PlaceholderKind.Template) return null;
        var weak = lowEntropy || placeholder == PlaceholderKind.Invented;
        if (weak && rule.Confidence == Confidence.Low) return null;
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

    /// <summary>
    /// The line of <paramref name="text"/> that contains <paramref name="position"/>, without its terminator, cut
    /// to 4,096 characters on each side (a minified file's single line is not worth scanning whole per match).
    /// </summary>
    public static ReadOnlySpan<char> LineOf(ReadOnlySpan<char> text, int position)
    {
        const int reach = 4096;
        var from = Math.Max(0, position - reach);
        var back = text[from..position].LastIndexOfAny('\n', '\r');
        var start = back < 0 ? from : from + back + 1;
        var limit = Math.Min(text.Length, position + reach);
        var length = text[position..limit].IndexOfAny('\n', '\r');
        return text[start..(length < 0 ? limit : position + length)];
    }
}
