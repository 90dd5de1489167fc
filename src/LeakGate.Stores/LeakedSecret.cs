using System.Security.Cryptography;
using System.Text;
using LeakGate.Engine;

namespace LeakGate.Stores;

/// <summary>
/// One leaked value to act on, with where it was found. The value is held in memory only: it is compared
/// by hash, sent only to the store that owns it, and <see cref="ToString"/> never shows it.
/// </summary>
public sealed class LeakedSecret
{
    public LeakedSecret(string fingerprint, string ruleId, string path, int line, string value)
    {
        Fingerprint = fingerprint;
        RuleId = ruleId;
        Path = path;
        Line = line;
        Value = value;
        ValueHash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
    }

    public string Fingerprint { get; }
    public string RuleId { get; }
    public string Path { get; }
    public int Line { get; }
    public string Value { get; }
    private byte[] ValueHash { get; }

    /// <summary>Whether a value read from a store is the leaked one, compared as SHA-256 hashes in constant time.</summary>
    public bool IsSameValue(string? stored) =>
        stored is not null && CryptographicOperations.FixedTimeEquals(ValueHash, SHA256.HashData(Encoding.UTF8.GetBytes(stored)));

    public static LeakedSecret From(Finding finding) =>
        new(finding.Fingerprint, finding.RuleId, finding.Origin.Path, finding.StartLine, finding.Secret);

    public override string ToString() => $"{RuleId} at {Path}:{Line} ({Fingerprint[..Math.Min(12, Fingerprint.Length)]})";
}
