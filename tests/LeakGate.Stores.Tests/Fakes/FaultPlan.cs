// Test support: failures a fake store injects on purpose: an error status for the next N matching requests, or a dropped connection.
using Microsoft.AspNetCore.Http;

namespace LeakGate.Stores.Tests.Fakes;

public sealed class FaultPlan
{
    private readonly List<Fault> _faults = [];

    /// <summary>Answer the next <paramref name="times"/> requests whose "METHOD /path" starts with <paramref name="requestStart"/> by <paramref name="respond"/>.</summary>
    public void Add(string requestStart, int times, Func<HttpContext, Task> respond)
    {
        lock (_faults) _faults.Add(new Fault(requestStart, times, respond));
    }

    /// <summary>Close the connection without an answer, as a network drop does.</summary>
    public void DropConnection(string requestStart, int times = 1) => Add(requestStart, times, context =>
    {
        context.Abort();
        return Task.CompletedTask;
    });

    /// <summary>True when a fault answered this request.</summary>
    public async Task<bool> TryInjectAsync(HttpContext context, string request)
    {
        Fault? fault;
        lock (_faults)
        {
            fault = _faults.FirstOrDefault(f => f.Remaining > 0 && request.StartsWith(f.RequestStart, StringComparison.Ordinal));
            if (fault is not null) fault.Remaining--;
        }
        if (fault is null) return false;
        await fault.Respond(context);
        return true;
    }

    private sealed class Fault(string requestStart, int times, Func<HttpContext, Task> respond)
    {
        public string RequestStart { get; } = requestStart;
        public int Remaining { get; set; } = times;
        public Func<HttpContext, Task> Respond { get; } = respond;
    }
}
