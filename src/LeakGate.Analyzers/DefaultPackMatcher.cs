using System.Reflection;
using LeakGate.Rules;

namespace LeakGate.Analyzers;

/// <summary>
/// The CLI's matcher over the CLI's default pack, read from the same compiled resource, restricted to the rules
/// of medium and high confidence: in an editor, low-confidence generic rules would flag every test fixture.
/// Loaded once per analyzer host and shared by every compilation (the matcher is thread-safe).
/// </summary>
internal static class DefaultPackMatcher
{
    private const string ResourceName = "rules.compiled.bin";
    private static readonly Lazy<SecretMatcher> Matcher = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SecretMatcher Instance => Matcher.Value;

    /// <summary>Matches of the pack in <paramref name="text"/>, offsets relative to it. A high-confidence format
    /// holding an invented-looking value (<c>sk_live_xxxx…</c>) comes back at low confidence and is dropped.</summary>
    public static List<SecretMatch> Find(string text, string? path)
    {
        var results = new List<SecretMatch>();
        Instance.Match(text.AsSpan(), MatchOptions.Whole(text, path), results, new List<MatchWarning>());
        results.RemoveAll(m => m.Confidence < Confidence.Medium);
        return results;
    }

    /// <summary>Where the pack's keywords occur in <paramref name="text"/>: a literal's lines without one cannot match.</summary>
    public static KeywordPositions KeywordPositionsIn(string text)
    {
        var prefilter = Instance.RuleSet.Prefilter;
        var hits = new List<(int Position, int Keyword)>();
        prefilter.FindHits(text.AsSpan(), hits);
        return new KeywordPositions([.. hits.Select(h => h.Position)], everywhere: prefilter.UnkeyedRules.Length > 0);
    }

    private static SecretMatcher Load()
    {
        using var stream = typeof(DefaultPackMatcher).GetTypeInfo().Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the analyzer assembly lacks its embedded rule pack '{ResourceName}'");
        var pack = CompiledRulePack.Read(stream, ResourceName);
        var rules = pack.Rules.Where(r => r.Pattern is not null && r.Confidence >= Confidence.Medium).ToList();
        return new SecretMatcher(new RuleSet(rules, pack.Allowlists));
    }
}
