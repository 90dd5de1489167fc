using BenchmarkDotNet.Attributes;
using LeakGate.Rules;

namespace LeakGate.Benchmarks;

/// <summary>What a scan pays before reading any file: the compiled pack, the prefilter, and compiling regexes.</summary>
[Config(typeof(BenchmarkConfig))]
public class RulePackBenchmarks
{
    private byte[] _compiledPack = [];
    private RuleConfig _pack = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var resource = typeof(DefaultRulePack).Assembly.GetManifestResourceStream(DefaultRulePack.CompiledResourceName)!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        _compiledPack = copy.ToArray();
        _pack = DefaultRulePack.Load();
    }

    [Benchmark]
    public int ReadCompiledPack() => CompiledRulePack.Read(new MemoryStream(_compiledPack), "bench").Rules.Count;

    [Benchmark]
    public int BuildRuleSetWithPrefilter() => new RuleSet(_pack.Rules, _pack.Allowlists).Rules.Count;

    /// <summary>Compiling every regex of the pack; a scan only compiles those whose keywords it meets.</summary>
    [Benchmark]
    public int CompileAllRegexes() => _pack.Rules.Count(r => r.Pattern is not null && RegexFactory.Create(r.Pattern, r.BuiltIn).IsMatch("x"));
}
