using System.Text;

namespace LeakGate.Analyzers.Tests;

/// <summary>Credentials in real formats, assembled at run time so this repository's own scan stays clean.</summary>
internal static class TestSecrets
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A Stripe live secret key: sk_live_ and 24 random-looking characters.</summary>
    public static string StripeLiveKey => "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";

    /// <summary>The same format filled in by hand: a placeholder, not a key.</summary>
    public static string StripePlaceholder => "sk_" + "live_" + new string('x', 24);

    /// <summary>A GitHub classic token whose last six characters are the CRC-32 of its body, as GitHub issues them.</summary>
    public static string GitHubToken => "ghp" + "_" + GitHubBody + Checksum(GitHubBody);

    /// <summary>The same body with a checksum that does not match: a look-alike the rule rejects.</summary>
    public static string GitHubTokenWithBadChecksum => "ghp" + "_" + GitHubBody + "000000";

    private const string GitHubBody = "Zr4Kq8Vn2Lx7Pw3Mt9Hb5Jc1Yd6Fs0";

    private static string Checksum(string body)
    {
        var crc = System.IO.Hashing.Crc32.HashToUInt32(Encoding.ASCII.GetBytes(body));
        var text = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            text[i] = Base62[(int)(crc % 62)];
            crc /= 62;
        }
        return new string(text);
    }
}
