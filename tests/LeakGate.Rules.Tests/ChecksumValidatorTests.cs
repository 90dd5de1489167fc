// Covers ChecksumValidator: GitHub/npm tokens ending in base62(CRC32(body)), Cloudflare tokens ending in hex CRC32(body).
using System.IO.Hashing;
using System.Text;

namespace LeakGate.Rules.Tests;

public class ChecksumValidatorTests
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>An invented token in GitHub's format: prefix, '_', 30 random base62 characters, base62 CRC32 of them.</summary>
    internal static string GitHubToken(string prefix, int seed)
    {
        var random = new Random(seed);
        var body = new string(Enumerable.Range(0, 30).Select(_ => Base62[random.Next(62)]).ToArray());
        return prefix + "_" + body + Checksum(body);
    }

    private static string Checksum(string body)
    {
        var crc = Crc32.HashToUInt32(Encoding.ASCII.GetBytes(body));
        var digits = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            digits[i] = Base62[(int)(crc % 62)];
            crc /= 62;
        }
        return new string(digits);
    }

    [Theory]
    [InlineData("ghp", 1)]
    [InlineData("gho", 2)]
    [InlineData("ghs", 3)]
    [InlineData("ghu", 4)]
    public void Generated_github_token_passes(string prefix, int seed)
    {
        var token = GitHubToken(prefix, seed);

        Assert.Equal(prefix.Length + 1 + 36, token.Length);
        Assert.True(ChecksumValidator.IsValid(ChecksumKind.GitHubCrc32, token));
    }

    [Fact]
    public void Npm_tokens_use_the_same_scheme()
    {
        Assert.True(ChecksumValidator.IsValid(ChecksumKind.NpmCrc32, GitHubToken("npm", 5)));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(10)]
    [InlineData(33)]
    [InlineData(39)]
    public void One_changed_character_fails(int index)
    {
        var token = GitHubToken("ghp", 11);
        var changed = token[index] == 'a' ? 'b' : 'a';
        var tampered = token[..index] + changed + token[(index + 1)..];

        Assert.False(ChecksumValidator.IsValid(ChecksumKind.GitHubCrc32, tampered));
    }

    [Theory]
    [InlineData("ghp_")]
    [InlineData("no-underscore-at-all-in-this-token-value-here")]
    public void Malformed_tokens_fail(string token)
    {
        Assert.False(ChecksumValidator.IsValid(ChecksumKind.GitHubCrc32, token));
    }

    [Fact]
    public void Wrong_length_fails()
    {
        var token = GitHubToken("ghp", 12);

        Assert.False(ChecksumValidator.IsValid(ChecksumKind.GitHubCrc32, token[..^1]));
        Assert.False(ChecksumValidator.IsValid(ChecksumKind.GitHubCrc32, token + "0"));
    }

    [Fact]
    public void Non_ascii_body_fails()
    {
        var token = GitHubToken("ghp", 13);
        var tampered = token[..6] + "é" + token[7..];

        Assert.False(ChecksumValidator.IsValid(ChecksumKind.GitHubCrc32, tampered));
    }

    [Fact]
    public void Kind_none_accepts_anything()
    {
        Assert.True(ChecksumValidator.IsValid(ChecksumKind.None, "whatever"));
    }

    [Theory]
    [InlineData("cfk_")]
    [InlineData("cfut_")]
    [InlineData("cfat_")]
    public void Cloudflare_token_with_hex_crc32_of_its_body_passes_and_a_changed_one_fails(string prefix)
    {
        var random = new Random(prefix.Length);
        var body = new string(Enumerable.Range(0, 40).Select(_ => Base62[random.Next(62)]).ToArray());
        var token = prefix + body + Crc32.HashToUInt32(Encoding.ASCII.GetBytes(body)).ToString("x8");
        var changed = prefix + (body[0] == 'A' ? 'B' : 'A') + token[(prefix.Length + 1)..];

        Assert.True(ChecksumValidator.IsValid(ChecksumKind.CloudflareCrc32, token));
        Assert.False(ChecksumValidator.IsValid(ChecksumKind.CloudflareCrc32, changed));
        Assert.False(ChecksumValidator.IsValid(ChecksumKind.CloudflareCrc32, token + "0"));
    }
}
