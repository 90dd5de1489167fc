using LeakGate.Engine;
using LeakGate.Stores;

namespace LeakGate.Cli;

/// <summary><c>leakgate scan … --revoke</c>: the scan and its report as usual, then the findings go in-process (secrets never written) to the revocation run.</summary>
public static class ScanAndRevoke
{
    public static async Task<int> RunAsync(ScanRequest request, IScanSource source, string scanRoot, RevocationSettings settings, CancellationToken cancellationToken)
    {
        var result = await ScanRunner.ScanAsync(request, source, cancellationToken);
        ScanRunner.WriteReport(request, result, scanRoot);
        var scanExit = ScanRunner.ExitCodeOf(request, result);
        if (result.Interrupted || result.Findings.Count == 0) return scanExit;
        // A machine-readable report on stdout must stay parseable, so the revocation outcome goes to stderr then.
        var output = request.OutputPath is null && request.Format != "text" ? Console.Error : Console.Out;
        var revokeExit = await RevocationRunner.RunAsync(settings, result.Findings.Select(LeakedSecret.From).ToList(), output, cancellationToken);
        return revokeExit == ExitCodes.Error ? ExitCodes.Error : scanExit;
    }
}
