namespace LeakGate.Engine.Images;

/// <summary>One layer of an image, bottom first: where its tar is inside the image and its digest.</summary>
public sealed record ImageLayer(string Path, string Digest);
