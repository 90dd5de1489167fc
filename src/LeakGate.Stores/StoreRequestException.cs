using System.Net;

namespace LeakGate.Stores;

/// <summary>A store answered an HTTP call with an error status (or the connection failed, with no status).</summary>
public sealed class StoreRequestException(string message, HttpStatusCode? status = null, Exception? inner = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
    public bool IsThrottled => Status == HttpStatusCode.TooManyRequests;
}
