// Covers Fingerprint: a stable, salted, location-independent SHA-256 identity of rule id and secret.
using System.Security.Cryptography;
using System.Text;

namespace LeakGate.Engine.Tests;

public class FingerprintTests
{
    private static readonly string Secret = TestRules.Token;

    [Fact]
    public void Is_64_lowercase_hex_characters()
    {
        Assert.Matches("^[0-9a-f]{64}$", Fingerprint.Of("test-token", Secret));
        Assert.Matches("^[0-9a-f]{64}$", Fingerprint.Of("test-token", Secret, "salt"));
    }

    [Fact]
    public void Is_stable_across_calls()
    {
        Assert.Equal(Fingerprint.Of("test-token", Secret), Fingerprint.Of("test-token", new string(Secret.ToCharArray())));
    }

    [Fact]
    public void Is_sha256_of_salt_rule_and_secret()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("pepper\0test-token\0" + Secret)));

        Assert.Equal(expected, Fingerprint.Of("test-token", Secret, "pepper"));
    }

    [Fact]
    public void Differs_by_rule_and_by_secret()
    {
        var reference = Fingerprint.Of("test-token", Secret);

        Assert.NotEqual(reference, Fingerprint.Of("other-rule", Secret));
        Assert.NotEqual(reference, Fingerprint.Of("test-token", TestRules.OtherToken));
        Assert.NotEqual(Fingerprint.Of("ab", "c"), Fingerprint.Of("a", "bc"));
    }

    [Fact]
    public void Salt_changes_it()
    {
        var unsalted = Fingerprint.Of("test-token", Secret);
        var salted = Fingerprint.Of("test-token", Secret, "team-a");

        Assert.NotEqual(unsalted, salted);
        Assert.NotEqual(salted, Fingerprint.Of("test-token", Secret, "team-b"));
        Assert.Equal(salted, Fingerprint.Of("test-token", Secret, "team-a"));
    }
}
