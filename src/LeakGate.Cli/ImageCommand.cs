using System.CommandLine;
using LeakGate.Engine.Images;

namespace LeakGate.Cli;

/// <summary><c>leakgate image PATH</c>: a <c>docker save</c> tarball or an OCI image layout directory, every layer and the config.</summary>
public static class ImageCommand
{
    public static Command Create()
    {
        var options = new ScanOptions();
        var path = new Argument<string>("path") { Description = "A 'docker save' tarball or an OCI image layout directory" };
        var command = new Command("image", "Scan a container image: every layer's files (also those a later layer deleted), ENV and build history") { path };
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var image = parse.GetValue(path)!;
            if (!File.Exists(image) && !Directory.Exists(image)) throw new UsageException($"no such file or directory: {image}");
            EnsureImage(image);
            var root = Path.GetDirectoryName(Path.GetFullPath(image.TrimEnd('/', Path.DirectorySeparatorChar)))!;
            var request = options.Read(parse, root);
            return await ScanRunner.RunAsync(request, new ContainerImageSource(image, root, request.MaxFileSize), root, cancellationToken);
        });
        return command;
    }

    /// <summary>A path that is not an image at all is a usage error, reported before any scanning starts.</summary>
    private static void EnsureImage(string image)
    {
        try
        {
            using IImageBlobs blobs = Directory.Exists(image) ? new DirectoryImageBlobs(image) : new TarImageBlobs(image);
            _ = ImageManifest.Read(blobs);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException or FormatException)
        {
            throw new UsageException($"{image}: cannot read image: {ex.Message}");
        }
    }
}
