using System.Security.Cryptography;
using System.Text;

namespace LeakGate.Engine;

/// <summary>
/// The identity of a finding that baselines, SARIF and revocation use: hex SHA-256 over the rule id and the
/// secret, optionally salted. It does not depend on the location, so it survives line moves.
/// </summary>
public static class Fingerprint
{
    public static string Of(string ruleId, string secret, string? salt = null)
    {
        var input = Encoding.UTF8.GetBytes($"{salt}\u0000{ruleId}\u0000{secret}");
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }
}
