using System.Collections.Concurrent;

namespace LeakGate.Engine;

/// <summary>
/// Live, thread-safe counters and messages of one scan: what was scanned, what was skipped and why, and
/// what went wrong. Nothing is skipped silently; everything skipped is counted here.
/// </summary>
public sealed class ScanDiagnostics
{
    private readonly ConcurrentQueue<ScanMessage> _messages = new();
    private long _itemsScanned, _bytesScanned, _skippedBinary, _skippedTooLarge, _skippedAllowlisted, _skippedOther, _findings;

    public long ItemsScanned => Interlocked.Read(ref _itemsScanned);
    public long BytesScanned => Interlocked.Read(ref _bytesScanned);
    public long SkippedBinary => Interlocked.Read(ref _skippedBinary);
    public long SkippedTooLarge => Interlocked.Read(ref _skippedTooLarge);
    public long SkippedAllowlisted => Interlocked.Read(ref _skippedAllowlisted);
    /// <summary>Items skipped for other reasons (symlinks, special files, submodules); each also has a warning.</summary>
    public long SkippedOther => Interlocked.Read(ref _skippedOther);
    public long FindingsSoFar => Interlocked.Read(ref _findings);
    public IReadOnlyCollection<ScanMessage> Messages => _messages;
    public bool HasErrors => _messages.Any(m => m.Level == ScanMessageLevel.Error);

    public void Scanned(long bytes)
    {
        Interlocked.Increment(ref _itemsScanned);
        Interlocked.Add(ref _bytesScanned, bytes);
    }

    public void Found(int count) => Interlocked.Add(ref _findings, count);
    public void SkipBinary() => Interlocked.Increment(ref _skippedBinary);
    public void SkipTooLarge() => Interlocked.Increment(ref _skippedTooLarge);
    public void SkipAllowlisted() => Interlocked.Increment(ref _skippedAllowlisted);

    public void Skip(string path, string reason)
    {
        Interlocked.Increment(ref _skippedOther);
        Warn(path, reason);
    }

    public void Warn(string? path, string text) => _messages.Enqueue(new ScanMessage(ScanMessageLevel.Warning, path, text));
    public void Error(string? path, string text) => _messages.Enqueue(new ScanMessage(ScanMessageLevel.Error, path, text));
}
