namespace LeakGate.Engine;

/// <summary>
/// Turns buffer offsets into 1-based line and column numbers while a stream is read in chunks. It only
/// moves forward; each character is examined once. "\r\n", "\n" and a lone "\r" each end one line.
/// </summary>
internal sealed class LineTracker
{
    private int _position;
    private long _bufferStart;
    private long _lineStart;

    public int Line { get; private set; } = 1;

    /// <summary>Line and column of buffer offset <paramref name="target"/>; targets must not decrease.</summary>
    public (int Line, int Column) Locate(ReadOnlySpan<char> buffer, int target)
    {
        Advance(buffer, target);
        return (Line, (int)(_bufferStart + target - _lineStart + 1));
    }

    /// <summary>Called before the first <paramref name="count"/> characters are dropped from the buffer.</summary>
    public void Shift(ReadOnlySpan<char> buffer, int count)
    {
        Advance(buffer, count);
        _position -= count;
        _bufferStart += count;
    }

    private void Advance(ReadOnlySpan<char> buffer, int target)
    {
        if (_position >= target) return;
        var segment = buffer[_position..target];
        if (!segment.Contains('\r'))
        {
            // The common case, counted in one vectorized pass instead of a search per line.
            var breaks = segment.Count('\n');
            if (breaks > 0)
            {
                Line += breaks;
                _lineStart = _bufferStart + _position + segment.LastIndexOf('\n') + 1;
            }
            _position = target;
            return;
        }
        while (_position < target)
        {
            var next = buffer[_position..target].IndexOfAny('\n', '\r');
            if (next < 0)
            {
                _position = target;
                return;
            }
            var at = _position + next;
            _position = at + 1;
            if (buffer[at] == '\r' && at + 1 < buffer.Length && buffer[at + 1] == '\n') continue;
            Line++;
            _lineStart = _bufferStart + _position;
        }
    }
}
