namespace LeakGate.Engine.Images;

/// <summary>The files of an image on disk, by their path inside it (<c>manifest.json</c>, <c>blobs/sha256/…</c>): a directory or a tarball.</summary>
public interface IImageBlobs : IDisposable
{
    bool Exists(string path);

    /// <summary>Opens one file for reading; the stream must be disposed before the next call.</summary>
    Stream Open(string path);
}
