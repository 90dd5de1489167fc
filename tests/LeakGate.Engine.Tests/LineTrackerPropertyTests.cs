// Issue 9, properties of LineTracker: for any text of \r, \n and \r\n breaks, read in any pieces, line and column equal a plain count.
using CsCheck;

namespace LeakGate.Engine.Tests;

public class LineTrackerPropertyTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab \r\n"], 0, 300];

    [Fact]
    public void Located_offsets_match_a_plain_count_however_the_buffer_is_shifted()
    {
        var gen = Text.SelectMany(text => Gen.Int[0, text.Length].Array[1, 12].Select(points => (text, points)));
        gen.Sample((text, points) =>
        {
            // Odd points are shifts (drop what lies before them), even ones are look-ups, all in increasing order.
            Array.Sort(points);
            var tracker = new LineTracker();
            var dropped = 0;
            for (var i = 0; i < points.Length; i++)
            {
                var buffer = text.AsSpan(dropped);
                if (i % 2 == 1)
                {
                    tracker.Shift(buffer, points[i] - dropped);
                    dropped = points[i];
                    continue;
                }
                Assert.Equal(PlainCount(text, points[i]), tracker.Locate(buffer, points[i] - dropped));
            }
        }, iter: 2000);
    }

    /// <summary>The reference: "\n", "\r\n" and a lone "\r" each end a line; a "\r" right before "\n" does not end one by itself.</summary>
    private static (int Line, int Column) PlainCount(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var endsLine = text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
            if (!endsLine) continue;
            line++;
            lineStart = i + 1;
        }
        return (line, offset - lineStart + 1);
    }
}
