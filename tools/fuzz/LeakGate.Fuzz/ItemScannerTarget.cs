using LeakGate.Engine;
using LeakGate.Rules;

namespace LeakGate.Fuzz;

/// <summary>
/// Any bytes as one file scanned with the default pack (sniffing, decoding, chunking, matching, locating), then
/// the promises every finding keeps: a location inside the item and a fingerprint of the rule and secret.
/// </summary>
public static class ItemScannerTarget
{
    private static readonly RuleSet Rules = RuleSetBuilder.Build(null);

    public static void Run(Stream input)
    {
        var content = new MemoryStream();
        input.CopyTo(content);
        var bytes = content.ToArray();
        var pipeline = new ScanPipeline(Rules, new ScanSettings { Threads = 1 });
        var result = pipeline.RunAsync(new OneItemSource(bytes), CancellationToken.None).GetAwaiter().GetResult();
        foreach (var finding in result.Findings)
        {
            if (finding.StartLine < 1 || finding.StartColumn < 1 || finding.EndLine < finding.StartLine || finding.StartLine > bytes.Length + 1)
            {
                throw new InvalidOperationException($"finding of {finding.RuleId} at {finding.StartLine}:{finding.StartColumn}-{finding.EndLine}:{finding.EndColumn} lies outside a {bytes.Length}-byte item");
            }
            if (finding.Fingerprint != Fingerprint.Of(finding.RuleId, finding.Secret)) throw new InvalidOperationException($"fingerprint of {finding.RuleId} is not the hash of its rule and secret");
            _ = Redactor.Present(finding, redact: true);
        }
    }

    private sealed class OneItemSource(byte[] content) : IScanSource
    {
        public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            yield return new ScanItem(new Origin("fuzz.txt"), () => new MemoryStream(content, writable: false), content.Length);
        }
    }
}
