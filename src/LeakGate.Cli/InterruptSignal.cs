using System.Runtime.InteropServices;

namespace LeakGate.Cli;

/// <summary>
/// Turns SIGINT and SIGTERM into cancellation of the running command and remembers which one arrived, so an
/// interrupted scan still writes its partial report and exits 130 after SIGINT, 143 after SIGTERM
/// (128 + signal number, as shells report it). System.CommandLine's own termination handling is turned off
/// in Program.cs: it cannot tell the command which signal stopped it.
/// </summary>
public sealed class InterruptSignal : IDisposable
{
    private static int _terminated;
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration _sigInt, _sigTerm;

    public InterruptSignal()
    {
        _sigInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _sigTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled when SIGINT or SIGTERM arrives.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code of an interrupted run: 143 after SIGTERM, else 130 (SIGINT).</summary>
    public static int ExitCode => Volatile.Read(ref _terminated) == 1 ? ExitCodes.Terminated : ExitCodes.Interrupted;

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive: the command sees the cancellation, writes what it has and returns.
        context.Cancel = true;
        if (context.Signal == PosixSignal.SIGTERM) Interlocked.Exchange(ref _terminated, 1);
        _cancel.Cancel();
    }

    public void Dispose()
    {
        _sigInt.Dispose();
        _sigTerm.Dispose();
        _cancel.Dispose();
    }
}
