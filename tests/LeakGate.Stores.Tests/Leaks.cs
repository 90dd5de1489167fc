// Test support: leaked values made at run time (so no secret sits in the source) and a revocation run over one store with its audit log in a temp folder.
using LeakGate.Engine;

namespace LeakGate.Stores.Tests;

public sealed class RevocationHarness : IDisposable
{
    private readonly TempDirectory _directory = new();

    public RevocationHarness() => Audit = new AuditLog(_directory.Combine("audit/audit.jsonl"));

    public AuditLog Audit { get; }

    /// <summary>Fast backoff for tests: same policy, millisecond delays.</summary>
    public static ThrottlingRetry Retry { get; } = new(maxAttempts: 4, firstDelay: TimeSpan.FromMilliseconds(5));

    public static string NewValue(string prefix = "leaked") => $"{prefix}-{Guid.NewGuid():N}";

    public static LeakedSecret Leak(string value, string ruleId = "generic-api-key") => new(Fingerprint.Of(ruleId, value), ruleId, "config/app.env", 3, value);

    public Task<IReadOnlyList<RevocationStep>> RunAsync(ISecretStore store, LeakedSecret leak, bool apply) =>
        new RevocationRun([store], Audit).RunAsync([leak], apply, CancellationToken.None);

    public string AuditText => File.Exists(Audit.Path) ? File.ReadAllText(Audit.Path) : "";

    public void Dispose() => _directory.Dispose();
}
