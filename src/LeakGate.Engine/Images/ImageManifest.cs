using System.Text.Json;

namespace LeakGate.Engine.Images;

/// <summary>
/// Which config and layers make up the image: from <c>manifest.json</c> (<c>docker save</c>, old and new formats) or
/// from an OCI layout's <c>index.json</c> and the image manifest it points to (the first one for a multi-platform index).
/// </summary>
public sealed record ImageManifest(string ConfigPath, IReadOnlyList<ImageLayer> Layers)
{
    public static ImageManifest Read(IImageBlobs blobs)
    {
        try
        {
            if (blobs.Exists("manifest.json")) return FromDockerSave(blobs);
            if (blobs.Exists("index.json")) return FromOciLayout(blobs);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
        {
            throw new InvalidDataException($"not a readable image manifest: {ex.Message}", ex);
        }
        throw new InvalidDataException("not a docker save tarball or OCI image layout: it has neither manifest.json nor index.json");
    }

    private static ImageManifest FromDockerSave(IImageBlobs blobs)
    {
        using var manifest = Json(blobs, "manifest.json");
        var image = manifest.RootElement.EnumerateArray().First();
        var configPath = image.GetProperty("Config").GetString()!;
        using var config = Json(blobs, configPath);
        var diffIds = config.RootElement.TryGetProperty("rootfs", out var rootfs) && rootfs.TryGetProperty("diff_ids", out var ids)
            ? ids.EnumerateArray().Select(i => i.GetString()!).ToList() : [];
        var layers = image.GetProperty("Layers").EnumerateArray().Select((layer, i) =>
        {
            var path = layer.GetString()!;
            return new ImageLayer(path, BlobDigest(path) ?? (i < diffIds.Count ? diffIds[i] : path));
        }).ToList();
        return new ImageManifest(configPath, layers);
    }

    private static ImageManifest FromOciLayout(IImageBlobs blobs)
    {
        using var index = Json(blobs, "index.json");
        var descriptor = index.RootElement.GetProperty("manifests").EnumerateArray().First();
        // A multi-platform image's index points to another index first.
        while (descriptor.GetProperty("mediaType").GetString() is { } type && type.Contains("index", StringComparison.Ordinal))
        {
            using var nested = Json(blobs, BlobPath(descriptor));
            descriptor = nested.RootElement.GetProperty("manifests").EnumerateArray().First().Clone();
        }
        using var manifest = Json(blobs, BlobPath(descriptor));
        var configPath = BlobPath(manifest.RootElement.GetProperty("config"));
        var layers = manifest.RootElement.GetProperty("layers").EnumerateArray()
            .Select(l => new ImageLayer(BlobPath(l), l.GetProperty("digest").GetString()!)).ToList();
        return new ImageManifest(configPath, layers);
    }

    private static string BlobPath(JsonElement descriptor)
    {
        var digest = descriptor.GetProperty("digest").GetString()!;
        var colon = digest.IndexOf(':');
        if (colon <= 0) throw new InvalidDataException($"malformed digest: {digest}");
        return $"blobs/{digest[..colon]}/{digest[(colon + 1)..]}";
    }

    /// <summary><c>blobs/sha256/abc…</c> → <c>sha256:abc…</c>; null for the old <c>&lt;id&gt;/layer.tar</c> layout.</summary>
    private static string? BlobDigest(string path)
    {
        var parts = path.Split('/');
        return parts.Length == 3 && parts[0] == "blobs" ? $"{parts[1]}:{parts[2]}" : null;
    }

    internal static JsonDocument Json(IImageBlobs blobs, string path)
    {
        using var stream = blobs.Open(path);
        return JsonDocument.Parse(stream);
    }
}
