using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using LeakGate.Rules;

namespace LeakGate.Engine;

/// <summary>
/// Runs a scan: a source feeds a bounded channel, N workers scan items in parallel, and the findings are
/// deduplicated, filtered by confidence and baseline, and sorted for stable output.
/// </summary>
public sealed class ScanPipeline(RuleSet ruleSet, ScanSettings settings)
{
    private readonly SecretMatcher _matcher = new(ruleSet);

    public ScanDiagnostics Diagnostics { get; } = new();

    public async Task<ScanResult> RunAsync(IScanSource source, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var threads = Math.Max(1, settings.Threads);
        var channel = Channel.CreateBounded<ScanItem>(new BoundedChannelOptions(threads * 4) { SingleWriter = true });
        var found = new ConcurrentQueue<Finding>();
        var scanner = new Content.ContentScanner(new ItemScanner(_matcher, settings), ruleSet, settings, Content.ContentHandlers.All);
        var interrupted = false;

        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.ReadAsync(Diagnostics, cancellationToken).WithCancellation(cancellationToken))
                {
                    await channel.Writer.WriteAsync(item, cancellationToken);
                }
            }
            finally
            {
                channel.Writer.Complete();
            }
        }, cancellationToken);

        var workers = Enumerable.Range(0, threads).Select(_ => Task.Run(async () =>
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
            {
                var findings = scanner.Scan(item, Diagnostics, cancellationToken);
                foreach (var finding in findings) found.Enqueue(finding);
                Diagnostics.Found(findings.Count);
            }
        }, cancellationToken)).ToList();

        try
        {
            await Task.WhenAll(workers.Append(producer));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        var (findings, suppressed) = Finish(found);
        return new ScanResult(findings, suppressed, Diagnostics, stopwatch.Elapsed, interrupted);
    }

    private (IReadOnlyList<Finding> Findings, int Suppressed) Finish(IEnumerable<Finding> found)
    {
        var unique = MostSpecificPerSpan(found.Where(f => f.Confidence >= settings.MinConfidence))
            .DistinctBy(f => (f.Fingerprint, f.Origin.Path, f.Origin.Commit?.Sha, f.StartLine, f.StartColumn))
            .OrderBy(f => f.Origin.Path, StringComparer.Ordinal)
            .ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        if (settings.Baseline is not { } baseline) return (unique, 0);
        var reported = unique.Where(f => !baseline.Contains(f)).ToList();
        return (reported, unique.Count - reported.Count);
    }

    /// <summary>
    /// When several rules report the very same span (a provider rule and a generic one on one token), keeps the
    /// most confident, preferring a provider rule over a generic one: one secret, one finding. The kept finding
    /// carries the richest origin of the span (the key path a content handler found), whichever rule won.
    /// </summary>
    private static IEnumerable<Finding> MostSpecificPerSpan(IEnumerable<Finding> findings) =>
        findings
            .GroupBy(f => (f.Origin.Path, f.Origin.Commit?.Sha, f.StartLine, f.StartColumn, f.EndLine, f.EndColumn))
            .Select(g => WithRichestOrigin(g
                .OrderByDescending(f => f.Confidence)
                .ThenBy(f => f.Rule.Tags.Contains("generic") ? 1 : 0)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .First(), g));

    private static Finding WithRichestOrigin(Finding kept, IEnumerable<Finding> span)
    {
        var richest = span.MaxBy(f => f.Origin.Details.Count)!;
        return richest.Origin.Details.Count > kept.Origin.Details.Count
            ? kept with { Origin = kept.Origin with { Details = richest.Origin.Details } }
            : kept;
    }
}
