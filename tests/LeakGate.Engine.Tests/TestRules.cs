// Test support: a small rule set built from TOML text, invented secrets, and a helper that scans a temp tree.
using LeakGate.Rules;

namespace LeakGate.Engine.Tests;

internal static class TestRules
{
    public const string Toml = """
        [[rules]]
        id = "test-token"
        description = "Invented test token"
        regex = '''\b(tok_[A-Za-z0-9]{24})\b'''
        keywords = ["tok_"]
        entropy = 3.0
        confidence = "high"

        [[rules]]
        id = "test-password"
        description = "Invented low-confidence password assignment"
        regex = '''(?i)db_password[ \t]*=[ \t]*([A-Za-z0-9!#%]{12,40})'''
        keywords = ["db_password"]
        entropy = 3.0
        confidence = "low"

        [[rules]]
        id = "test-keystore"
        description = "A keystore file"
        path = '''\.jks$'''
        """ + "\n";

    // Invented values, assembled from parts so the test source does not look like it holds keys.
    public static readonly string Token = "tok_" + "Hq7Lw2Zp9Xc4" + "Vb6Nm1Ks8Dj3";
    public static readonly string OtherToken = "tok_" + "Q3EGWTAKMXFN" + "7yh2b8Rz5LpV";
    public static readonly string Password = "Vq3#rT9z" + "Lp2!xW7m";

    private static readonly Lazy<RuleSet> Default = new(() => Build(Toml));

    public static RuleSet RuleSet => Default.Value;

    public static RuleSet Build(string toml)
    {
        var config = RuleConfigLoader.Parse(toml, "engine-tests.toml", defaultUseDefault: false, compileRegexes: true);
        return new RuleSet(config.Rules, config.Allowlists);
    }

    public static ScanSettings Settings => new() { Threads = 2 };

    /// <summary>Scans <paramref name="root"/> (or the given paths) with a FileTreeSource, paths shown relative to root.</summary>
    public static Task<ScanResult> ScanAsync(string root, ScanSettings? settings = null, RuleSet? rules = null, IReadOnlyList<string>? paths = null)
    {
        var pipeline = new ScanPipeline(rules ?? RuleSet, settings ?? Settings);
        return pipeline.RunAsync(new FileTreeSource(paths ?? [root], root), CancellationToken.None);
    }
}
