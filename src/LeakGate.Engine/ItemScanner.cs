using System.Buffers;
using System.Text;
using LeakGate.Rules;

namespace LeakGate.Engine;

/// <summary>
/// Scans one item: sniff, then read in fixed-size chunks with overlap (never the whole item at once), match
/// each chunk and the encoded runs inside it, and turn matches into located findings.
/// </summary>
internal sealed class ItemScanner(SecretMatcher matcher, ScanSettings settings)
{
    internal const int ChunkChars = 1 << 20;
    /// <summary>Context kept before a chunk so a window can reach back to its line start.</summary>
    internal const int Lookback = 4096;
    /// <summary>Text read past a chunk so a match starting inside it can finish (private keys are a few KB).</summary>
    internal const int Lookahead = 16384;
    private const int MinReaderBuffer = 1024;
    private const int MaxReaderBuffer = 64 * 1024;

    public List<Finding> Scan(ScanItem item, ScanDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var path = item.Origin.Path;
        if (matcher.RuleSet.IsPathAllowlisted(path))
        {
            diagnostics.SkipAllowlisted();
            return findings;
        }
        if (item.Length > settings.MaxFileSize)
        {
            diagnostics.SkipTooLarge();
            diagnostics.Warn(path, $"skipped: {item.Length} bytes is over --max-file-size ({settings.MaxFileSize} bytes)");
            return findings;
        }
        AddPathFindings(item, findings);
        try
        {
            using var stream = item.Open();
            ScanStream(item, stream, findings, diagnostics, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(path, $"cannot read: {ex.Message}");
        }
        return findings;
    }

    private void AddPathFindings(ScanItem item, List<Finding> findings)
    {
        foreach (var rule in matcher.RuleSet.PathRules)
        {
            if (!rule.PathFilter!.IsMatch(item.Origin.Path)) continue;
            var path = item.Origin.Path;
            findings.Add(new Finding
            {
                Rule = rule, Origin = item.Origin, StartLine = 1, StartColumn = 1, EndLine = 1, EndColumn = 1,
                Secret = path, Context = new LineContext(path, 0, 0), Entropy = 0, Confidence = rule.Confidence,
                Fingerprint = Fingerprint.Of(rule.Id, path, settings.FingerprintSalt),
            });
        }
    }

    private void ScanStream(ScanItem item, Stream stream, List<Finding> findings, ScanDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var head = ArrayPool<byte>.Shared.Rent(ContentSniffer.SniffLength);
        var buffer = ArrayPool<char>.Shared.Rent(Lookback + ChunkChars + Lookahead);
        try
        {
            var headLength = stream.ReadAtLeast(head.AsSpan(0, ContentSniffer.SniffLength), ContentSniffer.SniffLength, throwOnEndOfStream: false);
            var encoding = ContentSniffer.DetectEncoding(head.AsSpan(0, headLength));
            if (encoding is null)
            {
                diagnostics.SkipBinary();
                return;
            }
            // Most items are small (a git blob averages a few KB): a reader buffer sized to the item keeps per-item garbage low.
            var bufferSize = (int)Math.Clamp(item.Length ?? MaxReaderBuffer, MinReaderBuffer, MaxReaderBuffer);
            using var reader = new StreamReader(new PrefixedStream(head, headLength, stream), encoding, detectEncodingFromByteOrderMarks: true, bufferSize, leaveOpen: false);
            var chunk = new ChunkState(buffer, reader);
            var lines = new LineTracker();
            var matches = new List<SecretMatch>();
            var runs = new List<EncodedRun>();
            var warnings = new List<MatchWarning>();
            long chars = 0;
            while (chunk.Next())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = chunk.Text;
                matches.Clear();
                runs.Clear();
                matcher.Match(text, new MatchOptions(item.Origin.Path, item.Origin.Commit?.Sha, chunk.OwnedStart, chunk.OwnedEnd), matches, warnings);
                if (settings.MaxDecodeDepth > 0) EncodedTextDecoder.FindRuns(text, chunk.OwnedStart, chunk.OwnedEnd, runs);
                AddFindings(item, text, matches, runs, lines, findings);
                chars += chunk.OwnedEnd - chunk.OwnedStart;
                chunk.Release(lines);
            }
            foreach (var warning in warnings.DistinctBy(w => w.RuleId)) diagnostics.Warn(item.Origin.Path, $"rule {warning.RuleId}: {warning.Message}");
            diagnostics.Scanned(item.Length ?? chars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    private void AddFindings(ScanItem item, ReadOnlySpan<char> text, List<SecretMatch> matches, List<EncodedRun> runs, LineTracker lines, List<Finding> findings)
    {
        var located = new List<(int Start, int End, SecretMatch Match, IReadOnlyList<string> Encodings)>();
        foreach (var match in matches) located.Add((match.SecretStart, match.SecretStart + match.SecretLength, match, []));
        foreach (var run in runs)
        {
            if (InlineAllowDirective.IsPresent(SecretMatcher.LineOf(text, run.Start))) continue;
            foreach (var (inner, encodings) in DecodedMatches(run, item.Origin, 1))
            {
                // Decoding keeps what was already plain (a token beside a %20 in a URL): that one is reported once, where it is.
                if (matches.Any(m => m.Rule == inner.Rule && m.Secret == inner.Secret && m.SecretStart >= run.Start && m.SecretStart < run.Start + run.Length)) continue;
                located.Add((run.Start, run.Start + run.Length, inner, encodings));
            }
        }
        if (located.Count == 0) return;

        // Only starts go through the forward-only tracker (they lie in this chunk's owned range, after every
        // earlier chunk's); an end may reach into the lookahead, so it is measured from its own start.
        var starts = located.Select(l => l.Start).Distinct().Order().ToList();
        var places = new Dictionary<int, (int Line, int Column)>();
        foreach (var position in starts) places[position] = lines.Locate(text, position);
        foreach (var (start, end, match, encodings) in located)
        {
            var (startLine, startColumn) = places[start];
            var (endLine, endColumn) = EndOf(text, start, end, startLine, startColumn);
            findings.Add(new Finding
            {
                Rule = match.Rule, Origin = item.Origin, StartLine = startLine, StartColumn = startColumn,
                EndLine = endLine, EndColumn = endColumn, Secret = match.Secret, Entropy = match.Entropy,
                Confidence = match.Confidence,
                Context = LineContext.From(text, start, end - start), Encodings = encodings,
                Fingerprint = Fingerprint.Of(match.Rule.Id, match.Secret, settings.FingerprintSalt),
            });
        }
    }

    /// <summary>Line and column just past a span, counted from the span's own start.</summary>
    private static (int Line, int Column) EndOf(ReadOnlySpan<char> text, int start, int end, int startLine, int startColumn)
    {
        var span = text[start..end];
        var line = startLine;
        var lastBreak = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '\n' || (span[i] == '\r' && (i + 1 >= span.Length || span[i + 1] != '\n')))
            {
                line++;
                lastBreak = i;
            }
        }
        return lastBreak < 0 ? (line, startColumn + span.Length) : (line, span.Length - lastBreak);
    }

    /// <summary>Matches inside a decoded run, and inside runs encoded again within it, up to the depth limit.</summary>
    private IEnumerable<(SecretMatch Match, IReadOnlyList<string> Encodings)> DecodedMatches(EncodedRun run, Origin origin, int depth)
    {
        var decoded = run.Decoded;
        var matches = new List<SecretMatch>();
        matcher.Match(decoded, new MatchOptions(origin.Path, origin.Commit?.Sha, 0, decoded.Length), matches, []);
        foreach (var match in matches) yield return (match, [run.Encoding]);
        if (depth >= settings.MaxDecodeDepth) yield break;
        var inner = new List<EncodedRun>();
        EncodedTextDecoder.FindRuns(decoded, 0, decoded.Length, inner);
        foreach (var innerRun in inner)
        {
            foreach (var (match, encodings) in DecodedMatches(innerRun, origin, depth + 1)) yield return (match, [run.Encoding, .. encodings]);
        }
    }

    /// <summary>The sliding buffer: [lookback | owned chunk | lookahead] over a reader.</summary>
    private sealed class ChunkState(char[] buffer, TextReader reader)
    {
        private int _filled;
        private bool _endOfInput;

        public int OwnedStart { get; private set; }
        public int OwnedEnd { get; private set; }
        public ReadOnlySpan<char> Text => buffer.AsSpan(0, _filled);

        public bool Next()
        {
            while (!_endOfInput && _filled < buffer.Length)
            {
                var read = reader.Read(buffer, _filled, buffer.Length - _filled);
                if (read == 0) _endOfInput = true;
                _filled += read;
            }
            OwnedEnd = _endOfInput ? _filled : Math.Min(_filled, OwnedStart + ChunkChars);
            return OwnedEnd > OwnedStart;
        }

        /// <summary>Drops what no later chunk needs, keeping <see cref="Lookback"/> characters of context.</summary>
        public void Release(LineTracker lines)
        {
            if (_endOfInput && OwnedEnd == _filled)
            {
                // The last chunk: nothing follows that needs its lines counted or its tail kept.
                OwnedStart = OwnedEnd;
                return;
            }
            var drop = Math.Max(0, OwnedEnd - Lookback);
            lines.Shift(Text, drop);
            Array.Copy(buffer, drop, buffer, 0, _filled - drop);
            _filled -= drop;
            OwnedStart = OwnedEnd - drop;
        }
    }
}
