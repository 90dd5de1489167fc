// Covers FileTreeSource: walking directories, relative display paths, and skipping symlinks, FIFOs and .git with a warning or error.
using System.Diagnostics;

namespace LeakGate.Engine.Tests;

public class FileTreeSourceTests
{
    private static async Task<(List<ScanItem> Items, ScanDiagnostics Diagnostics)> ReadAsync(FileTreeSource source)
    {
        var diagnostics = new ScanDiagnostics();
        var items = new List<ScanItem>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var item in source.ReadAsync(diagnostics, timeout.Token)) items.Add(item);
        return (items, diagnostics);
    }

    private static string[] PathsOf(IEnumerable<ScanItem> items) => [.. items.Select(i => i.Origin.Path).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Lists_every_file_with_a_slash_separated_path_relative_to_the_root()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "a");
        dir.Write("src/b.cs", "bb");
        dir.Write("src/deep/er/c.json", "ccc");

        var (items, diagnostics) = await ReadAsync(new FileTreeSource([dir.Path], dir.Path));

        Assert.Equal(["a.txt", "src/b.cs", "src/deep/er/c.json"], PathsOf(items));
        Assert.Equal(3, items.Single(i => i.Origin.Path.EndsWith("c.json", StringComparison.Ordinal)).Length);
        Assert.Empty(diagnostics.Messages);
        using var stream = items.Single(i => i.Origin.Path == "src/b.cs").Open();
        Assert.Equal("bb", new StreamReader(stream).ReadToEnd());
    }

    [Fact]
    public async Task Scans_a_single_file_and_several_roots()
    {
        using var dir = new TempDirectory();
        dir.Write("one/a.txt", "a");
        dir.Write("two/b.txt", "b");
        dir.Write("three/c.txt", "c");

        var (items, _) = await ReadAsync(new FileTreeSource([dir.Combine("one/a.txt"), dir.Combine("two")], dir.Path));

        Assert.Equal(["one/a.txt", "two/b.txt"], PathsOf(items));
    }

    [Fact]
    public async Task Git_directories_are_left_out()
    {
        using var dir = new TempDirectory();
        dir.Write(".git/config", "[core]");
        dir.Write("sub/.git/HEAD", "ref: refs/heads/main");
        dir.Write(".gitignore", "bin/");
        dir.Write("sub/file.txt", "x");

        var (items, _) = await ReadAsync(new FileTreeSource([dir.Path], dir.Path));

        Assert.Equal([".gitignore", "sub/file.txt"], PathsOf(items));
    }

    [Fact]
    public async Task Ignore_callback_excludes_files_and_directories()
    {
        using var dir = new TempDirectory();
        dir.Write("keep.txt", "x");
        dir.Write("drop.log", "x");
        dir.Write("bin/out.txt", "x");
        var seen = new List<string>();

        var (items, _) = await ReadAsync(new FileTreeSource([dir.Path], dir.Path, path =>
        {
            seen.Add(path);
            return path.EndsWith(".log", StringComparison.Ordinal) || path.EndsWith("/bin/", StringComparison.Ordinal);
        }));

        Assert.Equal(["keep.txt"], PathsOf(items));
        Assert.Contains(dir.Combine("bin") + "/", seen);
    }

    [Fact]
    public async Task Symbolic_links_are_skipped_with_a_warning_and_not_followed()
    {
        using var outside = new TempDirectory();
        var target = outside.Write("secret.env", "key = " + TestRules.Token + "\n");
        using var dir = new TempDirectory();
        dir.Write("real.txt", "nothing");
        File.CreateSymbolicLink(dir.Combine("link.env"), target);
        Directory.CreateSymbolicLink(dir.Combine("linked-dir"), outside.Path);

        var (items, diagnostics) = await ReadAsync(new FileTreeSource([dir.Path], dir.Path));
        var result = await TestRules.ScanAsync(dir.Path);

        Assert.Equal(["real.txt"], PathsOf(items));
        Assert.Equal(2, diagnostics.SkippedOther);
        Assert.All(diagnostics.Messages, m => Assert.Equal(ScanMessageLevel.Warning, m.Level));
        Assert.Contains(diagnostics.Messages, m => m.Path == "link.env" && m.Text.Contains("symbolic link"));
        Assert.Contains(diagnostics.Messages, m => m.Path == "linked-dir" && m.Text.Contains("symbolic link"));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task Symbolic_link_given_as_a_root_is_skipped()
    {
        using var outside = new TempDirectory();
        outside.Write("secret.env", "key = " + TestRules.Token + "\n");
        using var dir = new TempDirectory();
        Directory.CreateSymbolicLink(dir.Combine("linked-dir"), outside.Path);

        var (items, diagnostics) = await ReadAsync(new FileTreeSource([dir.Combine("linked-dir")], dir.Path));

        Assert.Empty(items);
        Assert.Equal(1, diagnostics.SkippedOther);
    }

    [Fact]
    public async Task Fifo_is_skipped_with_a_warning_and_never_opened()
    {
        using var dir = new TempDirectory();
        dir.Write("a.env", "key = " + TestRules.Token + "\n");
        var fifo = dir.Combine("pipe");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var scan = TestRules.ScanAsync(dir.Path);
        var finished = await Task.WhenAny(scan, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == scan, "the scan blocked on the FIFO");
        var result = await scan;

        Assert.Equal("a.env", Assert.Single(result.Findings).Origin.Path);
        Assert.Equal(1, result.Diagnostics.SkippedOther);
        var warning = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal((ScanMessageLevel.Warning, "pipe"), (warning.Level, warning.Path));
        Assert.Contains("FIFO", warning.Text);
        Assert.False(result.Diagnostics.HasErrors);
    }

    [Fact]
    public async Task Missing_path_is_reported_as_an_error()
    {
        using var dir = new TempDirectory();
        dir.Write("present.txt", "x");
        var missing = dir.Combine("no-such-dir");

        var (items, diagnostics) = await ReadAsync(new FileTreeSource([missing, dir.Combine("present.txt")], dir.Path));

        Assert.Equal(["present.txt"], PathsOf(items));
        var error = Assert.Single(diagnostics.Messages);
        Assert.Equal(ScanMessageLevel.Error, error.Level);
        Assert.Equal(missing, error.Path);
        Assert.Contains("no such file", error.Text);
        Assert.True(diagnostics.HasErrors);
    }
}
