namespace LeakGate.Engine;

/// <summary>Produces the items of a scan (a directory tree, stdin, git history...). Problems go to the diagnostics passed in.</summary>
public interface IScanSource
{
    IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, CancellationToken cancellationToken);
}
