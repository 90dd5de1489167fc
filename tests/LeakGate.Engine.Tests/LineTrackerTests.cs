// Covers LineTracker: 1-based line and column of buffer offsets for \n, \r\n and lone \r, across buffer shifts.
namespace LeakGate.Engine.Tests;

public class LineTrackerTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Locates_offsets_with_each_line_ending(string newline)
    {
        var text = string.Join(newline, "ab", "", "cdef", "g");
        var tracker = new LineTracker();

        Assert.Equal((1, 1), tracker.Locate(text, 0));
        Assert.Equal((1, 2), tracker.Locate(text, 1));
        Assert.Equal((3, 1), tracker.Locate(text, text.IndexOf('c')));
        Assert.Equal((3, 3), tracker.Locate(text, text.IndexOf('e')));
        Assert.Equal((4, 1), tracker.Locate(text, text.IndexOf('g')));
        Assert.Equal((4, 2), tracker.Locate(text, text.Length));
        Assert.Equal(4, tracker.Line);
    }

    [Fact]
    public void Mixed_endings_each_end_one_line()
    {
        var text = "a\r\n\n\r\r\nb";
        var tracker = new LineTracker();

        Assert.Equal((5, 1), tracker.Locate(text, text.Length - 1));
    }

    [Fact]
    public void Same_offset_can_be_located_twice()
    {
        var text = "x\ny z";
        var tracker = new LineTracker();

        Assert.Equal((2, 3), tracker.Locate(text, 4));
        Assert.Equal((2, 3), tracker.Locate(text, 4));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Keeps_counting_when_the_buffer_is_shifted(string newline)
    {
        var full = string.Join(newline, "line one", "line two", "line three has the target here", "four");
        var target = full.IndexOf("target", StringComparison.Ordinal);
        var tracker = new LineTracker();

        // Drop the first 12 characters (as the scanner does between chunks), then locate in the shorter buffer.
        tracker.Shift(full, 12);
        var (line, column) = tracker.Locate(full.AsSpan(12), target - 12);

        Assert.Equal(3, line);
        Assert.Equal(target - full.IndexOf("line three", StringComparison.Ordinal) + 1, column);
    }

    [Fact]
    public void Crlf_split_by_a_shift_is_one_line_break()
    {
        var full = "abc\r\ndef";
        var tracker = new LineTracker();

        tracker.Shift(full, 4); // drops "abc\r", keeps "\ndef"
        var located = tracker.Locate(full.AsSpan(4), 2);

        Assert.Equal((2, 2), located);
    }

    [Fact]
    public void Shift_after_locate_keeps_positions_consistent()
    {
        var full = "a\nbb\nccc\ndddd";
        var tracker = new LineTracker();

        Assert.Equal((2, 2), tracker.Locate(full, 3));
        tracker.Shift(full, 2);
        Assert.Equal((3, 3), tracker.Locate(full.AsSpan(2), full.IndexOf("ccc", StringComparison.Ordinal) + 2 - 2));
        tracker.Shift(full.AsSpan(2), 6);
        Assert.Equal((4, 4), tracker.Locate(full.AsSpan(8), full.Length - 1 - 8));
    }
}
