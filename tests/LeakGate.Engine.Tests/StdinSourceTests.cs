// Covers StdinSource: standard input is one item, read once from a stream that cannot seek, and scanned like a file.
using System.Text;

namespace LeakGate.Engine.Tests;

public class StdinSourceTests
{
    [Fact]
    public async Task Yields_one_item_with_the_display_name()
    {
        var source = new StdinSource(() => new MemoryStream(), "<pipe>");
        var items = new List<ScanItem>();

        await foreach (var item in source.ReadAsync(new ScanDiagnostics(), CancellationToken.None)) items.Add(item);

        var only = Assert.Single(items);
        Assert.Equal("<pipe>", only.Origin.Path);
        Assert.Null(only.Length);
    }

    [Fact]
    public async Task Non_seekable_input_longer_than_the_sniffed_head_is_scanned_whole()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 2_000; i++) text.Append("log line ").Append(i).Append('\n');
        text.Append("key = ").Append(TestRules.Token).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > ContentSniffer.SniffLength);

        var result = await new ScanPipeline(TestRules.RuleSet, TestRules.Settings)
            .RunAsync(new StdinSource(() => new ForwardOnlyStream(bytes)), CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("<stdin>", finding.Origin.Path);
        Assert.Equal((2_001, 7), (finding.StartLine, finding.StartColumn));
        Assert.Equal(bytes.Length, result.Diagnostics.BytesScanned);
    }

    /// <summary>Like a pipe: reads in small pieces, cannot seek or report its length.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
