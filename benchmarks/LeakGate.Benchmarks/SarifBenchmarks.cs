using BenchmarkDotNet.Attributes;
using LeakGate.Engine;
using LeakGate.Reports;
using LeakGate.Rules;

namespace LeakGate.Benchmarks;

/// <summary>Writing a SARIF 2.1.0 log of 10,000 findings (redacted, as by default) with the Sarif.Sdk object model.</summary>
[Config(typeof(BenchmarkConfig))]
public class SarifBenchmarks
{
    private const int FindingCount = 10_000;
    private ScanResult _result = null!;
    private readonly ReportContext _context = new("0.0.0-bench", Redact: true) { ScanRoot = "/repo" };

    [GlobalSetup]
    public void Setup()
    {
        var rules = DefaultRulePack.Load().Rules.Where(r => r.Pattern is not null).Take(50).ToList();
        var findings = Enumerable.Range(0, FindingCount).Select(i =>
        {
            var secret = $"S3cr3tValue{i:D8}Zq8vN2mX4pL7";
            return new Finding
            {
                Rule = rules[i % rules.Count], Origin = new Origin($"src/module{i % 300}/file{i}.cs"),
                StartLine = i % 500 + 1, StartColumn = 12, EndLine = i % 500 + 1, EndColumn = 12 + secret.Length,
                Secret = secret, Context = new LineContext($"var key = \"{secret}\";", 11, secret.Length),
                Fingerprint = Fingerprint.Of(rules[i % rules.Count].Id, secret), Entropy = 4.1, Confidence = Confidence.High,
            };
        }).ToList();
        _result = new ScanResult(findings, 0, new ScanDiagnostics(), TimeSpan.FromSeconds(1), Interrupted: false);
    }

    [Benchmark]
    public long WriteSarif()
    {
        using var output = new StreamWriter(Stream.Null);
        new SarifReportWriter().Write(_result, _context, output);
        output.Flush();
        return output.BaseStream.Length;
    }
}
