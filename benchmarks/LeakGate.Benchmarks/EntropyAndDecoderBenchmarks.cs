using BenchmarkDotNet.Attributes;
using LeakGate.Engine;
using LeakGate.Rules;

namespace LeakGate.Benchmarks;

/// <summary>Shannon entropy of candidate secrets, and the base64/hex/percent run finder over whole texts.</summary>
[Config(typeof(BenchmarkConfig))]
[InputSize(SampleText.Bytes)]
public class EntropyAndDecoderBenchmarks
{
    private readonly List<EncodedRun> _runs = [];
    private string _source = "";
    private string _base64 = "";

    [GlobalSetup]
    public void Setup()
    {
        _source = SampleText.SourceCode();
        _base64 = SampleText.Base64Heavy();
    }

    /// <summary>Entropy over the whole input in 40-character slices, the length of a typical secret.</summary>
    [Benchmark]
    public double Entropy()
    {
        var total = 0.0;
        for (var i = 0; i + 40 <= _source.Length; i += 40) total += ShannonEntropy.Of(_source.AsSpan(i, 40));
        return total;
    }

    [Benchmark]
    public int DecodeRunsInSourceCode() => FindRuns(_source);

    [Benchmark]
    public int DecodeRunsInBase64HeavyText() => FindRuns(_base64);

    private int FindRuns(string text)
    {
        _runs.Clear();
        EncodedTextDecoder.FindRuns(text, 0, text.Length, _runs);
        return _runs.Count;
    }
}
