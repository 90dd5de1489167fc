// Reading findings for revocation and the settings around it: redacted or malformed reports, the audit log, replacement values.
namespace LeakGate.Stores.Tests;

public sealed class RevocationInputTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void An_unredacted_report_yields_its_findings()
    {
        var value = RevocationHarness.NewValue();
        var path = _directory.Write("report.json", $$"""{"redacted":false,"findings":[{"ruleId":"generic-api-key","path":"a.env","startLine":4,"secret":"{{value}}","fingerprint":"abc123"}]}""");

        var leak = Assert.Single(FindingsReport.Read(path));

        Assert.Equal(("generic-api-key", "a.env", 4, "abc123"), (leak.RuleId, leak.Path, leak.Line, leak.Fingerprint));
        Assert.True(leak.IsSameValue(value));
        Assert.False(leak.IsSameValue(value + "x"));
        Assert.DoesNotContain(value, leak.ToString());
    }

    [Theory]
    [InlineData("""{"redacted":true,"findings":[]}""", "is redacted")]
    [InlineData("""{"tool":"other"}""", "no \"findings\" array")]
    [InlineData("""not json""", "is not a JSON report")]
    [InlineData("""{"redacted":false,"findings":[{"ruleId":"r","path":"p","fingerprint":"f"}]}""", "has no \"secret\"")]
    public void A_report_that_cannot_be_used_is_a_clear_error(string content, string message)
    {
        var path = _directory.Write("report.json", content);

        var error = Assert.Throws<StoreConfigurationException>(() => FindingsReport.Read(path));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_corrupt_audit_log_is_a_clear_error()
    {
        var audit = new AuditLog(_directory.Write("audit.jsonl", "{\"time\":\"2024-01-01T00:00:00Z\"\n"));

        Assert.Contains("line 1", Assert.Throws<StoreConfigurationException>(audit.ReadAll).Message);
    }

    [Fact]
    public void Replacement_values_follow_the_length_and_alphabet_policy()
    {
        var policy = NewSecretPolicy.Create(64, "abcdef0123456789");

        var values = Enumerable.Range(0, 50).Select(_ => policy.Generate()).ToList();

        Assert.All(values, v => Assert.Matches("^[a-f0-9]{64}$", v));
        Assert.Equal(50, values.Distinct().Count());
        Assert.Throws<StoreConfigurationException>(() => NewSecretPolicy.Create(8, null));
        Assert.Throws<StoreConfigurationException>(() => NewSecretPolicy.Create(32, "ab"));
    }

    [Fact]
    public void An_unknown_store_name_is_a_clear_error()
    {
        var settings = new RevocationSettings { Stores = ["consul"], AuditLogPath = _directory.Combine("a.jsonl") };

        Assert.Contains("unknown store 'consul'", Assert.Throws<StoreConfigurationException>(() => StoreCatalog.Create(settings)).Message);
    }
}
