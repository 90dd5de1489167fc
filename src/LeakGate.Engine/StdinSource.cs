using System.Runtime.CompilerServices;

namespace LeakGate.Engine;

/// <summary>Standard input as one item, for <c>leakgate scan -</c> and pipes.</summary>
public sealed class StdinSource(Func<Stream> openStandardInput, string displayName = "<stdin>") : IScanSource
{
    public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        yield return new ScanItem(new Origin(displayName), openStandardInput, null);
    }
}
