// Covers ItemScanner, driven through the public ScanPipeline over temp files: locations, chunking, sniffing, size limits and encoded secrets.
using System.Text;
using LeakGate.Rules;

namespace LeakGate.Engine.Tests;

public class ItemScannerTests
{
    private static readonly string Token = TestRules.Token;

    private static async Task<Finding> SingleFindingAsync(TempDirectory dir, ScanSettings? settings = null)
    {
        var result = await TestRules.ScanAsync(dir.Path, settings);
        Assert.Empty(result.Diagnostics.Messages);
        return Assert.Single(result.Findings);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Line_and_column_point_at_the_secret(string newline)
    {
        using var dir = new TempDirectory();
        dir.Write("app.cfg", string.Join(newline, "# settings", "", "name = demo", "  api = " + Token + " # prod", "end") + newline);

        var finding = await SingleFindingAsync(dir);

        Assert.Equal("app.cfg", finding.Origin.Path);
        Assert.Equal("test-token", finding.RuleId);
        Assert.Equal(Token, finding.Secret);
        Assert.Equal(4, finding.StartLine);
        Assert.Equal(9, finding.StartColumn);
        Assert.Equal(4, finding.EndLine);
        Assert.Equal(9 + Token.Length, finding.EndColumn);
        Assert.Equal("  api = " + Token + " # prod", finding.Context.Text);
        Assert.Equal(8, finding.Context.SecretOffset);
        Assert.Empty(finding.Encodings);
    }

    [Fact]
    public async Task Mixed_line_endings_count_one_line_each()
    {
        using var dir = new TempDirectory();
        dir.Write("mixed.txt", "a\r\nb\nc\rd\r\n\r\n\n\rkey=" + Token + "\n");

        var finding = await SingleFindingAsync(dir);

        Assert.Equal(8, finding.StartLine);
        Assert.Equal(5, finding.StartColumn);
    }

    [Fact]
    public async Task Column_after_multi_byte_utf8_characters_counts_utf16_code_units()
    {
        using var dir = new TempDirectory();
        var line = "naïve café ¥€ 😀 中文 key=" + Token;
        dir.Write("intl.txt", "ünïcödé first line\n" + line + "\n");

        var finding = await SingleFindingAsync(dir);

        Assert.Equal(2, finding.StartLine);
        Assert.Equal(line.IndexOf(Token, StringComparison.Ordinal) + 1, finding.StartColumn);
        Assert.Equal(Token, finding.Secret);
    }

    [Fact]
    public async Task Utf8_bom_does_not_shift_the_column()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("k=" + Token + "\n")]);

        var finding = await SingleFindingAsync(dir);

        Assert.Equal((1, 3), (finding.StartLine, finding.StartColumn));
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    public async Task Utf16_text_is_scanned(string kind)
    {
        using var dir = new TempDirectory();
        var text = "first line\r\nsecond = " + Token + "\r\n";
        byte[] bytes = kind switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.Unicode.GetBytes(text),
        };
        dir.WriteBytes("wide.txt", bytes);

        var finding = await SingleFindingAsync(dir);

        Assert.Equal(Token, finding.Secret);
        Assert.Equal((2, 10), (finding.StartLine, finding.StartColumn));
    }

    [Fact]
    public async Task Secret_across_the_chunk_boundary_is_found_once_on_the_right_line()
    {
        using var dir = new TempDirectory();
        var (text, line) = TextWithSecretAt(ItemScanner.ChunkChars - 10, "key = ", Token, "\n");
        dir.Write("big.txt", text + PastTheBuffer("\n"));
        Assert.True(text.IndexOf(Token, StringComparison.Ordinal) < ItemScanner.ChunkChars);
        Assert.True(text.IndexOf(Token, StringComparison.Ordinal) + Token.Length > ItemScanner.ChunkChars);

        var finding = await SingleFindingAsync(dir);

        Assert.Equal(Token, finding.Secret);
        Assert.Equal(line, finding.StartLine);
        Assert.Equal(7, finding.StartColumn);
    }

    [Fact]
    public async Task Keyword_before_the_chunk_boundary_finds_a_value_after_it_once()
    {
        // The value's match starts in the second chunk, so only that chunk may report it: it sees the keyword in its lookback.
        var rules = TestRules.Build("""
            [[rules]]
            id = "vendor-key"
            regex = '''\b([A-Z0-9]{24})\b'''
            keywords = ["vendor"]
            """);
        var value = "Q3EGWTAKMXFN" + "7YH2B8RZ5LPV";
        var prefix = "vendor = " + new string(' ', 500);
        using var dir = new TempDirectory();
        var (text, line) = TextWithSecretAt(ItemScanner.ChunkChars + 100, prefix, value, "\n");
        Assert.True(text.IndexOf("vendor", StringComparison.Ordinal) < ItemScanner.ChunkChars);
        dir.Write("wide.txt", text + PastTheBuffer("\n"));

        var result = await TestRules.ScanAsync(dir.Path, rules: rules);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(value, finding.Secret);
        Assert.Equal((line, prefix.Length + 1), (finding.StartLine, finding.StartColumn));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Lines_are_counted_across_chunks(string newline)
    {
        using var dir = new TempDirectory();
        var first = ItemScanner.ChunkChars / 2;
        var (text, line) = TextWithSecretAt(first, "a = ", OtherToken, newline);
        var (rest, restLine) = TextWithSecretAt(2 * ItemScanner.ChunkChars + 1234 - text.Length, "b = ", Token, newline);
        dir.Write("huge.txt", text + rest + PastTheBuffer(newline));

        var result = await TestRules.ScanAsync(dir.Path);

        Assert.Equal(2, result.Findings.Count);
        Assert.Equal((line, 5), (result.Findings[0].StartLine, result.Findings[0].StartColumn));
        Assert.Equal((line + restLine, 5), (result.Findings[1].StartLine, result.Findings[1].StartColumn));
        Assert.Equal([OtherToken, Token], result.Findings.Select(f => f.Secret));
    }

    [Fact]
    public async Task Crlf_split_where_the_buffer_is_shifted_counts_as_one_line_break()
    {
        // The scanner drops ChunkChars - Lookback characters after the first chunk: put a CRLF across that cut.
        using var dir = new TempDirectory();
        var cut = ItemScanner.ChunkChars - ItemScanner.Lookback;
        var builder = new StringBuilder();
        var lines = 0;
        while (builder.Length < cut - 100)
        {
            builder.Append("filler line ").Append(lines % 1000).Append("\r\n");
            lines++;
        }
        builder.Append(new string('.', cut - 1 - builder.Length)).Append("\r\n");
        lines++;
        Assert.Equal('\r', builder[cut - 1]);
        Assert.Equal('\n', builder[cut]);
        builder.Append(Filler(ItemScanner.ChunkChars, "\r\n", out var fillerLines));
        builder.Append("key = ").Append(Token).Append("\r\n");
        builder.Append(PastTheBuffer("\r\n"));

        var content = builder.ToString();
        dir.Write("crlf.txt", content);
        var finding = await SingleFindingAsync(dir);

        Assert.Equal(lines + fillerLines + 1, finding.StartLine);
        Assert.Equal(content[..content.IndexOf(Token, StringComparison.Ordinal)].Split("\r\n").Length, finding.StartLine);
        Assert.Equal(7, finding.StartColumn);
    }

    [Fact]
    public async Task File_over_the_size_limit_is_skipped_and_counted()
    {
        using var dir = new TempDirectory();
        dir.Write("large.env", "key = " + Token + "\n" + new string('#', 2000));
        dir.Write("small.env", "key = " + OtherToken + "\n");

        var result = await TestRules.ScanAsync(dir.Path, TestRules.Settings with { MaxFileSize = 1000 });

        Assert.Equal(OtherToken, Assert.Single(result.Findings).Secret);
        Assert.Equal(1, result.Diagnostics.SkippedTooLarge);
        Assert.Equal(1, result.Diagnostics.ItemsScanned);
        var message = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal(ScanMessageLevel.Warning, message.Level);
        Assert.Equal("large.env", message.Path);
    }

    [Fact]
    public async Task File_with_a_nul_byte_is_skipped_as_binary_and_counted()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("image.bin", [.. Encoding.ASCII.GetBytes("GIF89a key = " + Token + " "), 0, 7, 200, 13, .. Encoding.ASCII.GetBytes("tail")]);

        var result = await TestRules.ScanAsync(dir.Path);

        Assert.Empty(result.Findings);
        Assert.Equal(1, result.Diagnostics.SkippedBinary);
        Assert.Equal(0, result.Diagnostics.ItemsScanned);
    }

    [Fact]
    public async Task Base64_encoded_secret_is_found_at_the_encoded_run()
    {
        using var dir = new TempDirectory();
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("api_token: " + Token + "\n"));
        var line = "  data: " + encoded;
        dir.Write("secret.yaml", "kind: Secret\n" + line + "\n");

        var finding = await SingleFindingAsync(dir);

        Assert.Equal(Token, finding.Secret);
        Assert.Equal(["base64"], finding.Encodings);
        Assert.Equal(2, finding.StartLine);
        Assert.Equal(line.IndexOf(encoded, StringComparison.Ordinal) + 1, finding.StartColumn);
        Assert.Equal(finding.StartColumn + encoded.Length, finding.EndColumn);
        Assert.Equal(encoded, finding.Context.Text.Substring(finding.Context.SecretOffset, finding.Context.SecretLength));
    }

    [Fact]
    public async Task Hex_encoded_secret_is_found_at_the_encoded_run()
    {
        using var dir = new TempDirectory();
        var encoded = Convert.ToHexStringLower(Encoding.UTF8.GetBytes("token=" + Token));
        dir.Write("dump.txt", "header\npayload = " + encoded + " ;\n");

        var finding = await SingleFindingAsync(dir);

        Assert.Equal(Token, finding.Secret);
        Assert.Equal(["hex"], finding.Encodings);
        Assert.Equal((2, 11), (finding.StartLine, finding.StartColumn));
    }

    [Fact]
    public async Task Percent_encoded_secret_is_found_at_the_encoded_run()
    {
        using var dir = new TempDirectory();
        var url = "https://host.test/cb?state=Zq9%20x&t=" + Token.Replace("_", "%5F");
        Assert.DoesNotContain(Token, url);
        dir.Write("access.log", "GET " + url + " 200\n");

        var finding = await SingleFindingAsync(dir);

        Assert.Equal(Token, finding.Secret);
        Assert.Equal(["percent"], finding.Encodings);
        Assert.Equal((1, 5 + "https://host.test".Length), (finding.StartLine, finding.StartColumn));
    }

    [Fact]
    public async Task Plain_secret_inside_a_percent_encoded_url_is_reported_once()
    {
        using var dir = new TempDirectory();
        var line = "GET https://host.test/cb?state=a%20b&t=" + Token + " 200";
        dir.Write("access.log", line + "\n");

        var finding = await SingleFindingAsync(dir);

        Assert.Equal(Token, finding.Secret);
        Assert.Equal(line.IndexOf(Token, StringComparison.Ordinal) + 1, finding.StartColumn);
        Assert.Empty(finding.Encodings);
    }

    [Fact]
    public async Task Secret_encoded_twice_is_found_within_the_depth_limit()
    {
        using var dir = new TempDirectory();
        var hex = Convert.ToHexStringLower(Encoding.UTF8.GetBytes("token=" + Token));
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("inner: " + hex + "\n"));
        dir.Write("nested.txt", "v: " + encoded + "\n");

        var finding = await SingleFindingAsync(dir);
        var shallow = await TestRules.ScanAsync(dir.Path, TestRules.Settings with { MaxDecodeDepth = 1 });
        var none = await TestRules.ScanAsync(dir.Path, TestRules.Settings with { MaxDecodeDepth = 0 });

        Assert.Equal(["base64", "hex"], finding.Encodings);
        Assert.Equal(4, finding.StartColumn);
        Assert.Empty(shallow.Findings);
        Assert.Empty(none.Findings);
    }

    [Theory]
    [InlineData("# leakgate:allow")]
    [InlineData("# gitleaks:allow")]
    [InlineData("# pragma: allowlist secret")]
    public async Task Inline_allow_on_the_line_of_a_base64_run_suppresses_it(string comment)
    {
        using var dir = new TempDirectory();
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("api_token: " + Token + "\n"));
        dir.Write("allowed.yaml", "data: " + encoded + " " + comment + "\n");
        dir.Write("reported.yaml", comment + "\ndata: " + encoded + "\n");

        var result = await TestRules.ScanAsync(dir.Path);

        Assert.Equal("reported.yaml", Assert.Single(result.Findings).Origin.Path);
    }

    [Fact]
    public async Task Base64_run_across_the_chunk_boundary_is_found_once()
    {
        using var dir = new TempDirectory();
        // 30 bytes of plain text encode to the 40 characters before the boundary; the secret lies after it.
        var plain = "tag=alpha-bravo-charlie-delta" + " api_token: " + Token + " end";
        plain += new string('.', (3 - plain.Length % 3) % 3);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(plain));
        var (text, line) = TextWithSecretAt(ItemScanner.ChunkChars - 40, "blob: ", encoded, "\n");
        dir.Write("blob.txt", text + PastTheBuffer("\n"));

        var finding = await SingleFindingAsync(dir);

        Assert.Equal(Token, finding.Secret);
        Assert.Equal((line, 7), (finding.StartLine, finding.StartColumn));
    }

    [Fact]
    public async Task Path_rule_reports_the_file_without_reading_it()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("deploy/prod.jks", [0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2]);

        var result = await TestRules.ScanAsync(dir.Path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("test-keystore", finding.RuleId);
        Assert.Equal("deploy/prod.jks", finding.Secret);
        Assert.Equal((1, 1), (finding.StartLine, finding.StartColumn));
    }

    [Fact]
    public async Task Path_allowlisted_file_is_skipped_and_counted()
    {
        using var dir = new TempDirectory();
        dir.Write("fixtures/keys.txt", "key = " + Token + "\n");
        dir.Write("src/app.txt", "key = " + OtherToken + "\n");
        var rules = TestRules.Build(TestRules.Toml + "[[allowlists]]\npaths = ['''^fixtures/''']\n");

        var result = await TestRules.ScanAsync(dir.Path, rules: rules);

        Assert.Equal("src/app.txt", Assert.Single(result.Findings).Origin.Path);
        Assert.Equal(1, result.Diagnostics.SkippedAllowlisted);
    }

    [Fact]
    public async Task Finding_carries_fingerprint_entropy_and_rule_data()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "db_password = " + TestRules.Password + "\n");

        var result = await TestRules.ScanAsync(dir.Path, TestRules.Settings with { FingerprintSalt = "team-salt" });

        var finding = Assert.Single(result.Findings);
        Assert.Equal("test-password", finding.RuleId);
        Assert.Equal(Confidence.Low, finding.Confidence);
        Assert.Equal(Fingerprint.Of("test-password", TestRules.Password, "team-salt"), finding.Fingerprint);
        Assert.Equal(ShannonEntropy.Of(TestRules.Password), finding.Entropy, 10);
    }

    [Fact]
    public async Task Empty_and_text_files_are_counted_as_scanned()
    {
        using var dir = new TempDirectory();
        dir.Write("empty.txt", "");
        dir.Write("plain.txt", "nothing here\n");

        var result = await TestRules.ScanAsync(dir.Path);

        Assert.Empty(result.Findings);
        Assert.Equal(2, result.Diagnostics.ItemsScanned);
        Assert.Equal(13, result.Diagnostics.BytesScanned);
    }

    private static string OtherToken => TestRules.OtherToken;

    /// <summary>Filler lines, then <paramref name="prefix"/> and <paramref name="secret"/> placed so the secret
    /// starts at character <paramref name="secretStart"/>; returns the text and the secret's 1-based line.</summary>
    private static (string Text, int Line) TextWithSecretAt(int secretStart, string prefix, string secret, string newline)
    {
        var builder = new StringBuilder(secretStart + secret.Length + 64);
        var lines = 0;
        while (builder.Length < secretStart - prefix.Length - 200)
        {
            builder.Append("filler ").Append(lines % 1000).Append(" lorem ipsum dolor").Append(newline);
            lines++;
        }
        builder.Append(new string('.', secretStart - prefix.Length - newline.Length - builder.Length)).Append(newline);
        lines++;
        builder.Append(prefix).Append(secret).Append(newline);
        return (builder.ToString(), lines + 1);
    }

    /// <summary>Enough filler that the file is longer than the scanner's whole buffer, so it is really read in
    /// several chunks (a shorter file is one chunk however long it is).</summary>
    private static string PastTheBuffer(string newline) => Filler(2 * ItemScanner.ChunkChars + 2 * ItemScanner.Lookahead, newline, out _);

    private static string Filler(int chars, string newline, out int lines)
    {
        var builder = new StringBuilder(chars + 64);
        lines = 0;
        while (builder.Length < chars)
        {
            builder.Append("more filler text ").Append(lines % 1000).Append(newline);
            lines++;
        }
        return builder.ToString();
    }
}
