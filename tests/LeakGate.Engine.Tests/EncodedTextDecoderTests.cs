// Covers EncodedTextDecoder: base64 (standard and URL-safe), hex and percent-encoded runs that decode to readable text.
using System.Text;

namespace LeakGate.Engine.Tests;

public class EncodedTextDecoderTests
{
    private const string Plain = "password=Vq3#rT9zLp2!xW7m";

    private static List<EncodedRun> Runs(string text, int from = 0, int? to = null)
    {
        var runs = new List<EncodedRun>();
        EncodedTextDecoder.FindRuns(text, from, to ?? text.Length, runs);
        return runs;
    }

    [Fact]
    public void Finds_a_base64_run_with_its_position_and_decoded_text()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Plain));
        var text = $"value: \"{encoded}\" end";

        var run = Assert.Single(Runs(text));

        Assert.Equal(new EncodedRun(8, encoded.Length, "base64", Plain), run);
        Assert.EndsWith("=", encoded);
    }

    [Fact]
    public void Finds_url_safe_base64_without_padding()
    {
        var bytes = Encoding.UTF8.GetBytes("k=\u00ff\u00fe>>>??? " + Plain);
        var encoded = Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        Assert.True(encoded.Contains('-') || encoded.Contains('_'));

        var run = Assert.Single(Runs("jwt " + encoded));

        Assert.Equal("base64", run.Encoding);
        Assert.Equal(Encoding.UTF8.GetString(bytes), run.Decoded);
        Assert.Equal(4, run.Start);
    }

    [Fact]
    public void Finds_a_hex_run()
    {
        var encoded = Convert.ToHexString(Encoding.UTF8.GetBytes(Plain));

        var run = Assert.Single(Runs("blob " + encoded.ToLowerInvariant()));

        Assert.Equal(new EncodedRun(5, encoded.Length, "hex", Plain), run);
    }

    [Fact]
    public void Finds_a_percent_encoded_run()
    {
        var text = "GET /login?user=ann&pass=Vq3%23rT9zLp2%21xW7m HTTP/1.1";

        var run = Assert.Single(Runs(text));

        Assert.Equal("percent", run.Encoding);
        Assert.Equal(4, run.Start);
        Assert.Equal("/login?user=ann&pass=Vq3#rT9zLp2!xW7m", run.Decoded);
        Assert.Equal(text.IndexOf(" HTTP", StringComparison.Ordinal) - 4, run.Length);
    }

    [Theory]
    [InlineData("c2hvcnQ=")]                              // "short": too short to be worth it
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYX")]      // binary bytes 0..23
    [InlineData("just plain words in a sentence")]
    [InlineData("100% sure, 50%% off")]
    [InlineData("file%zzname%")]
    [InlineData("ThisIsAVeryLongIdentifierName")]
    public void Ignores_text_that_does_not_decode_to_readable_text(string text)
    {
        Assert.Empty(Runs(text));
    }

    [Fact]
    public void Finds_several_runs_in_one_text()
    {
        var first = Convert.ToBase64String(Encoding.UTF8.GetBytes("first secret value"));
        var second = Convert.ToHexString(Encoding.UTF8.GetBytes("second secret value"));
        var text = $"a: {first}\nb: {second}\nc: x%3Dhello%20world";

        var runs = Runs(text);

        Assert.Equal(["base64", "hex", "percent"], runs.Select(r => r.Encoding).Order());
        Assert.Contains(runs, r => r.Decoded == "first secret value" && r.Start == 3);
        Assert.Contains(runs, r => r.Decoded == "second secret value");
        Assert.Contains(runs, r => r.Decoded == "x=hello world");
    }

    [Fact]
    public void Only_runs_starting_in_the_range_are_reported()
    {
        var a = Convert.ToBase64String(Encoding.UTF8.GetBytes("alpha bravo charlie"));
        var b = Convert.ToBase64String(Encoding.UTF8.GetBytes("delta echo foxtrot"));
        var text = $"{a} {b} q=%41%42%43%44%45%46%47";
        var bStart = text.IndexOf(b, StringComparison.Ordinal);

        Assert.Equal(["alpha bravo charlie"], Runs(text, 0, bStart).Select(r => r.Decoded));
        Assert.Equal(["delta echo foxtrot", "q=ABCDEFG"], Runs(text, bStart).Select(r => r.Decoded));
    }

    [Fact]
    public void Run_that_started_before_the_range_is_not_reported_from_its_middle()
    {
        // A 4-aligned tail of a base64 run decodes on its own; it belongs to the caller that owns the run's start.
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("header-part " + Plain + " and more text"));
        var text = "x " + encoded + " y";

        Assert.Single(Runs(text));
        Assert.Empty(Runs(text, 2 + 16));
        Assert.Empty(Runs(text, 2 + 16, 2 + 20));
    }

    [Fact]
    public void Run_that_started_before_the_range_does_not_hide_the_next_run()
    {
        var first = Convert.ToBase64String(Encoding.UTF8.GetBytes("alpha bravo charlie"));
        var second = Convert.ToBase64String(Encoding.UTF8.GetBytes("delta echo foxtrot"));
        var text = first + " " + second;

        var runs = Runs(text, 8);

        Assert.Equal(["delta echo foxtrot"], runs.Select(r => r.Decoded));
    }

    [Fact]
    public void Url_authority_is_left_encoded_and_only_path_and_query_are_decoded()
    {
        const string socket = "mongodb://app:Pa%40ssw0rd99@%2Ftmp%2Fmongodb-27017.sock";
        const string query = "https://h.test/cb?next=%2Fhome%2Faccount&id=42";

        var socketRuns = new List<EncodedRun>();
        EncodedTextDecoder.FindRuns(socket, 0, socket.Length, socketRuns);
        var queryRuns = new List<EncodedRun>();
        EncodedTextDecoder.FindRuns(query, 0, query.Length, queryRuns);

        Assert.DoesNotContain(socketRuns, r => r.Encoding == "percent");
        var run = Assert.Single(queryRuns, r => r.Encoding == "percent");
        Assert.Equal("https://h.test".Length, run.Start);
        Assert.Equal("/cb?next=/home/account&id=42", run.Decoded);
    }
}
