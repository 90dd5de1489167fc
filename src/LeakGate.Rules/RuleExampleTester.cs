namespace LeakGate.Rules;

/// <summary>
/// Proves each rule against its own data: every example must produce a finding of that rule, no negative
/// example may, and every rule must carry enough of both to be reviewed (what <c>leakgate rules test</c> runs).
/// </summary>
public static class RuleExampleTester
{
    public const int MinimumExamples = 2;
    public const int MinimumNegativeExamples = 1;
    /// <summary>Shorter keywords defeat the vectorized multi-keyword search (measured: 38 vs 120 MB/s with three of them).</summary>
    public const int MinimumKeywordLength = 3;

    public static IReadOnlyList<RuleTestFailure> Test(IReadOnlyList<Rule> rules, IReadOnlyList<Allowlist> globalAllowlists, bool requireExamples)
    {
        var failures = new List<RuleTestFailure>();
        foreach (var rule in rules.Where(r => !r.IsAmendment))
        {
            failures.AddRange(TestRule(rule, globalAllowlists, requireExamples));
        }
        return failures;
    }

    private static IEnumerable<RuleTestFailure> TestRule(Rule rule, IReadOnlyList<Allowlist> globalAllowlists, bool requireExamples)
    {
        var failures = new List<RuleTestFailure>();
        try
        {
            rule.EnsureCompiled();
        }
        catch (ArgumentException ex)
        {
            failures.Add(new RuleTestFailure(rule, $"regex does not compile: {ex.Message}"));
            return failures;
        }
        foreach (var pattern in rule.Allowlists.SelectMany(a => a.Regexes.Concat(a.Paths)).Append(rule.PathFilter).OfType<DeferredRegex>())
        {
            try
            {
                _ = pattern.Value;
            }
            catch (ArgumentException ex)
            {
                failures.Add(new RuleTestFailure(rule, $"allowlist or path regex does not compile: {ex.Message}"));
            }
        }
        if (requireExamples)
        {
            if (rule.Examples.Count < MinimumExamples) failures.Add(new RuleTestFailure(rule, $"has {rule.Examples.Count} examples, needs at least {MinimumExamples}"));
            if (rule.NegativeExamples.Count < MinimumNegativeExamples) failures.Add(new RuleTestFailure(rule, $"has {rule.NegativeExamples.Count} negative examples, needs at least {MinimumNegativeExamples}"));
            if (rule.Pattern is not null && rule.Keywords.Count == 0) failures.Add(new RuleTestFailure(rule, "has no keywords, so it would run on every chunk"));
            foreach (var keyword in rule.Keywords.Where(k => k.Length < MinimumKeywordLength))
            {
                failures.Add(new RuleTestFailure(rule, $"keyword '{keyword}' is shorter than {MinimumKeywordLength} characters: it would hit everywhere and slow the prefilter for every rule"));
            }
        }
        if (rule.Pattern is null) return failures;

        var matcher = new SecretMatcher(new RuleSet([rule], globalAllowlists));
        foreach (var example in rule.Examples)
        {
            if (!Fires(matcher, example, rule.Confidence)) failures.Add(new RuleTestFailure(rule, $"example not detected: {Shorten(example)}"));
        }
        foreach (var negative in rule.NegativeExamples)
        {
            if (Fires(matcher, negative, rule.Confidence)) failures.Add(new RuleTestFailure(rule, $"negative example detected: {Shorten(negative)}"));
        }
        return failures;
    }

    /// <summary>Whether the rule reports the text at its own confidence. A negative example may still show up
    /// as a low-confidence "typed by hand" finding of a high-confidence format; that is not a detection.</summary>
    private static bool Fires(SecretMatcher matcher, string text, Confidence confidence)
    {
        var results = new List<SecretMatch>();
        matcher.Match(text, MatchOptions.Whole(text) with { IgnorePathFilters = true }, results, []);
        return results.Any(r => r.Confidence == confidence);
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings("⏎");
        return oneLine.Length <= 100 ? oneLine : oneLine[..97] + "...";
    }
}
