using System.Runtime.CompilerServices;

namespace LeakGate.Engine;

/// <summary>Several sources scanned as one (e.g. a directory and stdin on the same command line).</summary>
public sealed class CompositeSource(IReadOnlyList<IScanSource> sources) : IScanSource
{
    public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            await foreach (var item in source.ReadAsync(diagnostics, cancellationToken)) yield return item;
        }
    }
}
