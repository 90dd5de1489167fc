using System.Formats.Tar;

namespace LeakGate.Engine.Images;

/// <summary>
/// A <c>docker save</c> tarball read in place: each open walks the tar headers from the start (data is seeked over,
/// not read), so a multi-gigabyte image is never unpacked to disk or memory.
/// </summary>
public sealed class TarImageBlobs(string tarPath) : IImageBlobs
{
    private HashSet<string>? _names;

    public bool Exists(string path)
    {
        if (_names is null)
        {
            using var file = File.OpenRead(tarPath);
            using var reader = new TarReader(file);
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (reader.GetNextEntry() is { } entry) names.Add(Normalize(entry.Name));
            _names = names;
        }
        return _names.Contains(Normalize(path));
    }

    public Stream Open(string path)
    {
        var file = File.OpenRead(tarPath);
        var reader = new TarReader(file);
        while (reader.GetNextEntry() is { } entry)
        {
            if (Normalize(entry.Name) != Normalize(path)) continue;
            return new OwningStream(entry.DataStream ?? Stream.Null, reader, file);
        }
        reader.Dispose();
        file.Dispose();
        throw new FileNotFoundException($"{path} is not in the image tarball");
    }

    private static string Normalize(string name) => name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name;

    public void Dispose() { }

    /// <summary>An entry's data that also closes the reader and file it came from.</summary>
    private sealed class OwningStream(Stream inner, params IDisposable[] owners) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                foreach (var owner in owners) owner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
