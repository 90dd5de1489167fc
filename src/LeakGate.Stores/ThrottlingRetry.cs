using Amazon.Runtime;
using Azure;
using Polly;
using Polly.Retry;

namespace LeakGate.Stores;

/// <summary>
/// Retries a store call that was throttled (HTTP 429, AWS <c>ThrottlingException</c>/<c>Throttling</c>) with
/// jittered exponential backoff; every other failure surfaces at once. The SDKs' own retries are turned off
/// where we build the clients, so this is the one retry policy.
/// </summary>
public sealed class ThrottlingRetry
{
    private readonly ResiliencePipeline _pipeline;

    public ThrottlingRetry(int maxAttempts = 6, TimeSpan? firstDelay = null)
    {
        MaxAttempts = maxAttempts;
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsThrottling),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = firstDelay ?? TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(30),
                MaxRetryAttempts = maxAttempts - 1,
            })
            .Build();
    }

    public int MaxAttempts { get; }

    public static ThrottlingRetry Default { get; } = new();

    public ValueTask<T> RunAsync<T>(Func<CancellationToken, ValueTask<T>> call, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(call, cancellationToken);

    public static bool IsThrottling(Exception exception) => exception switch
    {
        StoreRequestException request => request.IsThrottled,
        AmazonServiceException aws => aws.ErrorCode is "ThrottlingException" or "Throttling" or "TooManyRequestsException" || (int)aws.StatusCode == 429,
        RequestFailedException azure => azure.Status == 429,
        _ => false,
    };
}
