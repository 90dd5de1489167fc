// Test support for the content handlers: the built-in rule pack, generated credentials in real formats, and a scan helper.
using System.IO.Hashing;
using System.Text;
using LeakGate.Rules;

namespace LeakGate.Engine.Tests.Content;

internal static class ContentFixtures
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly Lazy<RuleSet> Pack = new(() => RuleSetBuilder.Build(null));

    public static RuleSet DefaultRules => Pack.Value;

    /// <summary>A fresh token in GitHub's format (ghp_, 30 random base62 characters, base62 CRC32), valid for the checksum rule.</summary>
    public static string GitHubToken()
    {
        var body = new string(Enumerable.Range(0, 30).Select(_ => Base62[Random.Shared.Next(62)]).ToArray());
        var crc = Crc32.HashToUInt32(Encoding.ASCII.GetBytes(body));
        var digits = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            digits[i] = Base62[(int)(crc % 62)];
            crc /= 62;
        }
        return "ghp_" + body + new string(digits);
    }

    /// <summary>A random password as a generator makes it: letters with digits mixed in (so every credential rule's
    /// entropy and "typed by hand" checks pass), starting with a letter so it stays one plain scalar in YAML.</summary>
    public static string Password(int length = 20)
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        return new string(Enumerable.Range(0, length).Select(i => i % 3 == 2 ? digits[Random.Shared.Next(digits.Length)] : letters[Random.Shared.Next(letters.Length)]).ToArray());
    }

    public static Task<ScanResult> ScanAsync(string root, ScanSettings? settings = null) =>
        new ScanPipeline(DefaultRules, settings ?? new ScanSettings { Threads = 2 }).RunAsync(new FileTreeSource([root], root), CancellationToken.None);

    public static string? Detail(Finding finding, string name) => finding.Origin.Details.FirstOrDefault(d => d.Name == name)?.Value;

    public static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
