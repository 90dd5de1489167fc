// Test support: container images built by hand from layer tars, as `docker save` writes them (OCI blobs plus
// manifest.json) or as an OCI image layout directory, with gzip-compressed layers and whiteouts.
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LeakGate.TestSupport;

public sealed class ImageFixture
{
    private readonly List<(string Digest, byte[] Blob)> _layers = [];
    private readonly List<string> _diffIds = [];

    public List<string> Env { get; } = [];
    public List<string> History { get; } = [];
    public IReadOnlyList<string> LayerDigests => _layers.Select(l => l.Digest).ToList();

    /// <summary>Adds a layer holding these files (a name starting with ".wh." in its folder is a whiteout; null content writes a directory).</summary>
    public ImageFixture Layer(params (string Path, string? Content)[] files)
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                var entry = content is null
                    ? new PaxTarEntry(TarEntryType.Directory, path)
                    : new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };
                writer.WriteEntry(entry);
            }
        }
        var raw = tar.ToArray();
        _diffIds.Add(Digest(raw));
        using var gz = new MemoryStream();
        using (var gzip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(raw);
        var blob = gz.ToArray();
        _layers.Add((Digest(blob), blob));
        return this;
    }

    /// <summary>Writes a `docker save` tarball (Docker 25+ layout: OCI blobs and manifest.json).</summary>
    public void SaveDockerTarball(string path)
    {
        var (config, configDigest) = Config();
        using var file = File.Create(path);
        using var tar = new TarWriter(file, TarEntryFormat.Pax);
        Add(tar, BlobPath(configDigest), config);
        foreach (var (digest, blob) in _layers) Add(tar, BlobPath(digest), blob);
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new[]
        {
            new { Config = BlobPath(configDigest), RepoTags = new[] { "app:latest" }, Layers = _layers.Select(l => BlobPath(l.Digest)).ToArray() },
        });
        Add(tar, "manifest.json", manifest);
    }

    /// <summary>Writes an OCI image layout directory (oci-layout, index.json, blobs/).</summary>
    public void SaveOciLayout(string directory)
    {
        var (config, configDigest) = Config();
        Write(directory, BlobPath(configDigest), config);
        foreach (var (digest, blob) in _layers) Write(directory, BlobPath(digest), blob);
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = "application/vnd.oci.image.manifest.v1+json",
            ["config"] = new { mediaType = "application/vnd.oci.image.config.v1+json", digest = configDigest, size = config.Length },
            ["layers"] = _layers.Select(l => new { mediaType = "application/vnd.oci.image.layer.v1.tar+gzip", digest = l.Digest, size = l.Blob.Length }).ToArray(),
        });
        var manifestDigest = Digest(manifest);
        Write(directory, BlobPath(manifestDigest), manifest);
        Write(directory, "oci-layout", """{"imageLayoutVersion":"1.0.0"}"""u8.ToArray());
        Write(directory, "index.json", JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["schemaVersion"] = 2,
            ["manifests"] = new[] { new { mediaType = "application/vnd.oci.image.manifest.v1+json", digest = manifestDigest, size = manifest.Length } },
        }));
    }

    private (byte[] Json, string Digest) Config()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["architecture"] = "amd64",
            ["os"] = "linux",
            ["config"] = new Dictionary<string, object> { ["Env"] = Env },
            ["rootfs"] = new { type = "layers", diff_ids = _diffIds },
            ["history"] = History.Select(h => new { created_by = h }).ToArray(),
        });
        return (json, Digest(json));
    }

    private static string Digest(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string BlobPath(string digest) => "blobs/sha256/" + digest["sha256:".Length..];

    private static void Add(TarWriter tar, string name, byte[] content) =>
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });

    private static void Write(string directory, string relative, byte[] content)
    {
        var full = Path.Combine(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }
}
