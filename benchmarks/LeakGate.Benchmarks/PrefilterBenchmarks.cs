using BenchmarkDotNet.Attributes;
using LeakGate.Rules;

namespace LeakGate.Benchmarks;

/// <summary>The keyword prefilter alone over ordinary code, with its keyword hits and with none.</summary>
[Config(typeof(BenchmarkConfig))]
[InputSize(SampleText.Bytes)]
public class PrefilterBenchmarks
{
    private readonly List<(int, int)> _hits = [];
    private KeywordPrefilter _prefilter = null!;
    private string _text = "";

    [Params("source code", "source code without keywords")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _prefilter = RuleSetBuilder.Build(null).Prefilter;
        _text = Input == "source code" ? SampleText.SourceCode() : SampleText.SourceCodeWithoutKeywords(HasKeyword);
    }

    [Benchmark]
    public int FindHits()
    {
        _hits.Clear();
        _prefilter.FindHits(_text, _hits);
        return _hits.Count;
    }

    private bool HasKeyword(string word)
    {
        var hits = new List<(int, int)>();
        _prefilter.FindHits(word, hits);
        return hits.Count > 0;
    }
}
