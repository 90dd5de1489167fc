using System.Runtime.CompilerServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using LeakGate.Engine;
using LeakGate.Rules;

namespace LeakGate.Benchmarks;

/// <summary>
/// The whole detection path on one thread (sniffing, chunked reading, prefilter, regex windows, decoders,
/// validators, findings) over 16 in-memory files of 256 KiB: MB/s per core on four kinds of text.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[InputSize(SampleText.Bytes)]
public class DetectBenchmarks
{
    private const int Files = 16;
    private ScanPipeline _pipeline = null!;
    private byte[][] _files = [];

    [Params("source code", "minified javascript", "base64-heavy", "near-miss tokens")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new ScanPipeline(RuleSetBuilder.Build(null), new ScanSettings { Threads = 1 });
        var text = Input switch
        {
            "source code" => SampleText.SourceCode(),
            "minified javascript" => SampleText.MinifiedJavaScript(),
            "base64-heavy" => SampleText.Base64Heavy(),
            _ => SampleText.NearMisses(),
        };
        var bytes = Encoding.UTF8.GetBytes(text);
        var size = bytes.Length / Files;
        _files = [.. Enumerable.Range(0, Files).Select(i => bytes[(i * size)..((i + 1) * size)])];
    }

    [Benchmark]
    public int Scan() => _pipeline.RunAsync(new MemorySource(_files), CancellationToken.None).GetAwaiter().GetResult().Findings.Count;

    private sealed class MemorySource(byte[][] files) : IScanSource
    {
        public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            for (var i = 0; i < files.Length; i++)
            {
                var content = files[i];
                yield return new ScanItem(new Origin($"file{i}.txt"), () => new MemoryStream(content, writable: false), content.Length);
            }
        }
    }
}
