using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using LeakGate.Engine.Content;

namespace LeakGate.Engine.Images;

/// <summary>
/// A container image (<c>docker save</c> tarball or OCI layout directory): every file of every layer, including
/// files a later layer deleted (they still ship in the image), named <c>image.tar!layer!path</c> with the layer digest
/// and a <c>deleted</c> flag, and the <c>ENV</c> and build history of the image config.
/// </summary>
public sealed class ContainerImageSource(string imagePath, string displayRoot, long? maxFileSize) : IScanSource
{
    public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        var display = Path.GetRelativePath(displayRoot, Path.GetFullPath(imagePath)).Replace(Path.DirectorySeparatorChar, '/');
        using IImageBlobs blobs = Directory.Exists(imagePath) ? new DirectoryImageBlobs(imagePath) : new TarImageBlobs(imagePath);
        ImageManifest manifest;
        List<ScanItem> configItems;
        try
        {
            manifest = ImageManifest.Read(blobs);
            configItems = ConfigItems(blobs, manifest, display);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Text.Json.JsonException)
        {
            diagnostics.Error(display, $"cannot read image: {ex.Message}");
            yield break;
        }
        foreach (var item in configItems) yield return item;
        var whiteouts = new LayerWhiteouts();
        foreach (var layer in manifest.Layers.Reverse())
        {
            using var files = LayerItems(blobs, layer, display, whiteouts, cancellationToken).GetEnumerator();
            while (NextOrReport(files, layer, display, diagnostics) is { } item) yield return item;
            whiteouts.NextLayerDown();
        }
    }

    /// <summary>The next file of a layer; null at its end or when it turns out unreadable (reported, and the next layer is read).</summary>
    private static ScanItem? NextOrReport(IEnumerator<ScanItem> files, ImageLayer layer, string display, ScanDiagnostics diagnostics)
    {
        try
        {
            return files.MoveNext() ? files.Current : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or FormatException)
        {
            diagnostics.Error(ContentPath.Inside(display, layer.Path), $"cannot read layer {layer.Digest}: {ex.Message}");
            return null;
        }
    }

    private static List<ScanItem> ConfigItems(IImageBlobs blobs, ImageManifest manifest, string display)
    {
        using var config = ImageManifest.Json(blobs, manifest.ConfigPath);
        var configOrigin = new Origin(ContentPath.Inside(display, manifest.ConfigPath));
        return ImageConfigEntries.Read(config.RootElement).Select(entry =>
        {
            var bytes = Encoding.UTF8.GetBytes(entry.Text);
            var origin = configOrigin with { Details = [new("image config", entry.Name)] };
            return new ScanItem(origin, () => new MemoryStream(bytes, writable: false), bytes.Length);
        }).ToList();
    }

    /// <summary>The files of one layer, each read into memory as it comes (a layer is a forward-only stream).</summary>
    private IEnumerable<ScanItem> LayerItems(IImageBlobs blobs, ImageLayer layer, string display, LayerWhiteouts whiteouts, CancellationToken cancellationToken)
    {
        using var tar = new TarReader(Decompressed(blobs.Open(layer.Path)));
        var layerPath = ContentPath.Inside(display, layer.Path);
        while (tar.GetNextEntry() is { } entry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = TarFiles.NameOf(entry);
            if (LayerWhiteouts.IsWhiteout(name))
            {
                whiteouts.Add(name);
                continue;
            }
            if (!TarFiles.IsFile(entry)) continue;
            var origin = new Origin(ContentPath.Inside(layerPath, name))
            {
                Details = [new("layer", layer.Digest), new("deleted", whiteouts.IsDeleted(name) ? "true" : "false")],
            };
            if (entry.Length > maxFileSize)
            {
                yield return new ScanItem(origin, () => Stream.Null, entry.Length);
                continue;
            }
            using var content = new MemoryStream();
            entry.DataStream?.CopyTo(content);
            var bytes = content.ToArray();
            yield return new ScanItem(origin, () => new MemoryStream(bytes, writable: false), bytes.Length);
        }
    }

    /// <summary>Layers are plain or gzip-compressed tars (by their first bytes); zstd has no decoder in .NET and is reported.</summary>
    private static Stream Decompressed(Stream layer)
    {
        var buffered = new BufferedStream(layer, 64 * 1024);
        Span<byte> magic = stackalloc byte[4];
        var read = buffered.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        var prefix = magic[..read].ToArray();
        var restored = new PrefixedStream(prefix, prefix.Length, buffered);
        if (read >= 2 && magic[0] == 0x1F && magic[1] == 0x8B) return new GZipStream(restored, CompressionMode.Decompress);
        if (read == 4 && magic.SequenceEqual((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD])) throw new NotSupportedException("zstd-compressed layers are not supported; re-save the image with gzip layers");
        return restored;
    }
}
