using LeakGate.Engine;

namespace LeakGate.Cli;

/// <summary>
/// A live status line on stderr (files done, MB/s, findings so far), shown only when stderr is a terminal
/// and only once a scan has run for a second, so quick scans and pipes see nothing.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly ScanDiagnostics _diagnostics;
    private readonly Timer _timer;
    private readonly DateTime _start = DateTime.UtcNow;
    private bool _shown;

    private ProgressLine(ScanDiagnostics diagnostics)
    {
        _diagnostics = diagnostics;
        _timer = new Timer(_ => Draw(), null, Delay, Interval);
    }

    public static ProgressLine? StartIfInteractive(ScanDiagnostics diagnostics) =>
        Console.IsErrorRedirected ? null : new ProgressLine(diagnostics);

    private void Draw()
    {
        lock (_timer)
        {
            var seconds = Math.Max(0.001, (DateTime.UtcNow - _start).TotalSeconds);
            var megabytes = _diagnostics.BytesScanned / (1024.0 * 1024.0);
            Console.Error.Write($"\r\u001b[2Kscanning: {_diagnostics.ItemsScanned} files, {megabytes:0} MiB at {megabytes / seconds:0.0} MiB/s, {_diagnostics.FindingsSoFar} findings so far");
            _shown = true;
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_timer)
        {
            if (_shown) Console.Error.Write("\r\u001b[2K");
        }
    }
}
