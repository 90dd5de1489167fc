// Issue 9, properties of EncodedTextDecoder: encoded text is found where it is and decodes back; any input ends, and decoding always shrinks, so nesting cannot loop.
using System.Text;
using CsCheck;

namespace LeakGate.Engine.Tests;

public class EncodedTextDecoderPropertyTests
{
    private static readonly Gen<string> Readable = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789=:/._-"], 12, 200];
    private static readonly Gen<string> Surrounding = Gen.String[Gen.Char[" \t\n\"'(),;"], 0, 20];
    private static readonly Gen<string> Anything = Gen.String[Gen.Char["aZ09+/=_-%2F41 \n\"\u00e9\ufffd"], 0, 400];

    [Fact]
    public void Base64_of_readable_text_is_found_at_its_place_and_decodes_back()
    {
        Gen.Select(Readable, Surrounding, Surrounding, Gen.Bool).Sample((plain, before, after, urlSafe) =>
        {
            var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(plain));
            if (urlSafe) encoded = encoded.Replace('+', '-').Replace('/', '_').TrimEnd('=');
            var text = before + encoded + after;
            var runs = new List<EncodedRun>();

            EncodedTextDecoder.FindRuns(text, 0, text.Length, runs);

            var run = Assert.Single(runs, r => r.Encoding is "base64" or "hex");
            Assert.Equal(before.Length, run.Start);
            Assert.Equal(encoded.Length, run.Length);
            Assert.Equal(plain, run.Decoded);
        }, iter: 2000);
    }

    [Fact]
    public void Percent_encoded_text_decodes_back()
    {
        Gen.Select(Readable, Surrounding).Sample((plain, before) =>
        {
            var encoded = Uri.EscapeDataString(plain + "&=?");
            var text = before + encoded + "\n";
            var runs = new List<EncodedRun>();

            EncodedTextDecoder.FindRuns(text, 0, text.Length, runs);

            Assert.Contains(runs, r => r.Encoding == "percent" && r.Decoded == plain + "&=?" && r.Start == before.Length);
        }, iter: 2000);
    }

    [Fact]
    public void Any_input_yields_ordered_runs_inside_the_range_that_decode_to_shorter_text()
    {
        Gen.Select(Anything, Gen.Int[0, 400], Gen.Int[0, 400]).Sample((text, a, b) =>
        {
            var from = Math.Min(Math.Min(a, b), text.Length);
            var to = Math.Min(Math.Max(a, b), text.Length);
            var runs = new List<EncodedRun>();

            EncodedTextDecoder.FindRuns(text, from, to, runs);

            foreach (var run in runs)
            {
                Assert.InRange(run.Start, from, Math.Max(from, to - 1));
                Assert.True(run.Start + run.Length <= text.Length);
                Assert.True(run.Decoded.Length < run.Length, $"{run.Encoding} run '{text.Substring(run.Start, run.Length)}' decodes to '{run.Decoded}', not shorter");
            }
        }, iter: 5000);
    }

    [Fact]
    public void Decoding_what_was_decoded_again_and_again_always_ends()
    {
        // The encoding nests as deep as the generator likes; since every layer is shorter, peeling ends.
        Gen.Select(Readable, Gen.Int[1, 12]).Sample((plain, layers) =>
        {
            var text = plain;
            for (var i = 0; i < layers; i++) text = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
            var peeled = 0;
            var current = new List<string> { text };
            while (current.Count > 0)
            {
                Assert.True(++peeled <= text.Length, "decoding does not shrink");
                var next = new List<string>();
                foreach (var item in current)
                {
                    var runs = new List<EncodedRun>();
                    EncodedTextDecoder.FindRuns(item, 0, item.Length, runs);
                    next.AddRange(runs.Select(r => r.Decoded));
                }
                current = next;
            }
            Assert.True(peeled > layers, $"{layers} layers of base64 peeled only {peeled - 1} times");
        }, iter: 500);
    }
}
