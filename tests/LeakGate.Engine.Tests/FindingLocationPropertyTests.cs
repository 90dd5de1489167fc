// Issue 9, properties of findings: line and column always point at the secret in the original bytes (any line endings,
// UTF-8 or UTF-16, across chunk boundaries), and the fingerprint does not change when the secret moves.
using System.Text;
using CsCheck;
using LeakGate.Rules;

namespace LeakGate.Engine.Tests;

public class FindingLocationPropertyTests
{
    private static readonly Gen<string> Filler = Gen.String[Gen.Char["ab.=# \t\r\n\u00e9\u4e2d"], 0, 400];
    private static readonly Gen<string> Secret = Gen.String[Gen.Char["ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"], 24, 24]
        .Where(s => ShannonEntropy.Of(s) >= 3.5).Select(s => "tok_" + s);

    [Fact]
    public void Line_and_column_point_at_the_secret_in_the_original_text()
    {
        Gen.Select(Filler, Filler, Secret, Gen.OneOfConst("utf-8", "utf-16le", "utf-16be")).Sample((before, after, secret, encoding) =>
        {
            var text = before + " " + secret + " " + after;

            var finding = Assert.Single(Scan(Encode(text, encoding)));

            Assert.Equal(secret, finding.Secret);
            Assert.Equal(secret, Substring(text, finding.StartLine, finding.StartColumn, secret.Length));
            Assert.Equal((finding.StartLine, finding.StartColumn + secret.Length), (finding.EndLine, finding.EndColumn));
        }, iter: 300);
    }

    [Fact]
    public void Line_and_column_stay_right_around_the_chunk_boundary()
    {
        var bulk = string.Concat(Enumerable.Repeat("abc def.\n", ItemScanner.ChunkChars / 9 + 100));
        Gen.Select(Gen.Int[-64, 64], Filler, Secret).Sample((shift, filler, secret) =>
        {
            var head = bulk[..(ItemScanner.ChunkChars + shift - filler.Length - 1)] + filler;
            var text = head + " " + secret + " tail\n";

            var finding = Assert.Single(Scan(Encoding.UTF8.GetBytes(text)));

            Assert.Equal(secret, Substring(text, finding.StartLine, finding.StartColumn, secret.Length));
        }, iter: 40);
    }

    [Fact]
    public void The_fingerprint_is_the_same_wherever_the_secret_is_and_differs_between_secrets()
    {
        Gen.Select(Filler, Filler, Secret, Secret).Sample((first, second, secret, other) =>
        {
            var here = Assert.Single(Scan(Encoding.UTF8.GetBytes(first + " " + secret + "\n"), "a.txt"));
            var there = Assert.Single(Scan(Encoding.UTF8.GetBytes(second + "\n\n " + secret + " x"), "moved/b.cfg"));
            var different = Assert.Single(Scan(Encoding.UTF8.GetBytes(first + " " + other + "\n"), "a.txt"));

            Assert.Equal(here.Fingerprint, there.Fingerprint);
            Assert.Equal(Fingerprint.Of("test-token", secret), here.Fingerprint);
            Assert.Equal(secret == other, here.Fingerprint == different.Fingerprint);
            Assert.NotEqual(here.Fingerprint, Fingerprint.Of("test-token", secret, salt: "s"));
        }, iter: 200);
    }

    private static List<Finding> Scan(byte[] content, string path = "item.txt")
    {
        var scanner = new ItemScanner(new SecretMatcher(TestRules.RuleSet), new ScanSettings());
        var diagnostics = new ScanDiagnostics();
        return scanner.Scan(new ScanItem(new Origin(path), () => new MemoryStream(content), content.Length), diagnostics, CancellationToken.None);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    /// <summary>The reference reading of a location: lines end at "\n", "\r\n" or a lone "\r"; columns count UTF-16 code units from 1.</summary>
    private static string Substring(string text, int line, int column, int length)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var next = text.IndexOfAny(['\r', '\n'], start);
            if (next < 0) return "(no such line)";
            start = next + (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1);
        }
        var at = start + column - 1;
        return at + length <= text.Length ? text.Substring(at, length) : "(past the end)";
    }
}
