namespace LeakGate.Engine.Images;

/// <summary>An OCI image layout directory (<c>oci-layout</c>, <c>index.json</c>, <c>blobs/</c>) or an unpacked <c>docker save</c>.</summary>
public sealed class DirectoryImageBlobs(string root) : IImageBlobs
{
    public bool Exists(string path) => File.Exists(Full(path));

    public Stream Open(string path) => new FileStream(Full(path), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    private string Full(string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        // A manifest names blobs by relative path; one that climbs out of the image is not followed.
        if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new InvalidDataException($"image path outside the image: {path}");
        return full;
    }

    public void Dispose() { }
}
