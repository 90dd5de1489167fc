// Test support: archives built in memory (zip, tar, gzip) and bombs (a small file that expands to gigabytes of zeros).
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace LeakGate.TestSupport;

public static class ArchiveFixture
{
    public static byte[] ZipText(params (string Name, string Text)[] entries) =>
        Zip(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Text))).ToArray());

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Tar(params (string Name, string Text)[] entries) =>
        TarBytes(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Text))).ToArray());

    public static byte[] TarBytes(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var tar = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
        return buffer.ToArray();
    }

    /// <summary>A small zip whose one entry expands to <paramref name="size"/> zero bytes: the classic bomb.</summary>
    public static byte[] ZipOfZeros(string name, long size)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            WriteZeros(stream, size);
        }
        return buffer.ToArray();
    }

    public static byte[] GzipOfZeros(long size)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) WriteZeros(gzip, size);
        return buffer.ToArray();
    }

    private static void WriteZeros(Stream stream, long size)
    {
        var zeros = new byte[1024 * 1024];
        for (long written = 0; written < size; written += zeros.Length) stream.Write(zeros, 0, (int)Math.Min(zeros.Length, size - written));
    }
}
