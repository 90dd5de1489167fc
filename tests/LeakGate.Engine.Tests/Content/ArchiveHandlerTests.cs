// Covers ArchiveHandler: entries of zip-family, tar, tar.gz and gz archives found as outer!inner paths, recursively,
// and the limits: a zip bomb and a 50-level nested archive are reported in bounded time while the rest is scanned.
using System.Diagnostics;
using System.Text;
using LeakGate.Engine.Content;
using static LeakGate.TestSupport.ArchiveFixture;
using static LeakGate.Engine.Tests.Content.ContentFixtures;

namespace LeakGate.Engine.Tests.Content;

public class ArchiveHandlerTests
{
    [Fact]
    public async Task A_zip_inside_a_jar_is_opened_and_its_finding_named_by_both()
    {
        var token = GitHubToken();
        using var dir = new TempDirectory();
        var inner = ZipText(("config/app.properties", $"name=orders\ngithub.token={token}\n"));
        dir.WriteBytes("build/app.jar", Zip(("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"u8.ToArray()), ("lib/inner.zip", inner)));

        var result = await ScanAsync(dir.Path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("build/app.jar!lib/inner.zip!config/app.properties", 2, token), (finding.Origin.Path, finding.StartLine, finding.Secret));
        Assert.Equal(0, result.Diagnostics.SkippedBinary);
    }

    [Fact]
    public async Task Tar_gz_tgz_tar_and_gz_entries_are_scanned()
    {
        var tokens = Enumerable.Range(0, 4).Select(_ => GitHubToken()).ToList();
        using var dir = new TempDirectory();
        dir.WriteBytes("a.tar.gz", Gzip(Tar(("etc/app.env", $"TOKEN={tokens[0]}\n"))));
        dir.WriteBytes("b.tgz", Gzip(Tar(("x/.npmrc", $"//npm.pkg.github.com/:_authToken={tokens[1]}\n"))));
        dir.WriteBytes("c.tar", Tar(("deep/dir/settings.ini", $"[gh]\ntoken = {tokens[2]}\n")));
        dir.WriteBytes("d.log.gz", Gzip(Encoding.UTF8.GetBytes($"started\nauth with {tokens[3]}\n")));

        var result = await ScanAsync(dir.Path);

        Assert.Equal(
            [("a.tar.gz!etc/app.env", tokens[0]), ("b.tgz!x/.npmrc", tokens[1]), ("c.tar!deep/dir/settings.ini", tokens[2]), ("d.log.gz!d.log", tokens[3])],
            result.Findings.Select(f => (f.Origin.Path, f.Secret)));
        Assert.Empty(result.Diagnostics.Messages);
    }

    [Fact]
    public async Task A_zip_bomb_is_reported_not_expanded_and_the_rest_of_the_scan_is_intact()
    {
        var token = GitHubToken();
        using var dir = new TempDirectory();
        var bomb = dir.WriteBytes("bomb.zip", ZipOfZeros("payload.bin", 512L * 1024 * 1024));
        dir.WriteBytes("ok.zip", ZipText(("readme.txt", $"token {token}\n")));
        dir.Write("app.env", $"GH={token}\n");

        var stopwatch = Stopwatch.StartNew();
        var result = await ScanAsync(dir.Path);
        stopwatch.Stop();

        Assert.True(new FileInfo(bomb).Length < 1024 * 1024, "the bomb is small on disk");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        var error = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal(ScanMessageLevel.Error, error.Level);
        Assert.Equal("bomb.zip!payload.bin", error.Path);
        Assert.Matches(@"^not expanded: \d+ bytes would expand to 536870912 \(over 200:1, a zip bomb\?\)$", error.Text);
        Assert.Equal(["app.env", "ok.zip!readme.txt"], result.Findings.Select(f => f.Origin.Path));
    }

    [Fact]
    public async Task A_gzip_bomb_stops_at_the_ratio_limit_with_a_clear_error()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("huge.log.gz", GzipOfZeros(256L * 1024 * 1024));
        dir.Write("other.txt", "nothing here\n");

        var result = await ScanAsync(dir.Path);

        var error = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal(("huge.log.gz", ScanMessageLevel.Error), (error.Path, error.Level));
        Assert.Contains("a gzip bomb?", error.Text);
        Assert.Equal(1, result.Diagnostics.ItemsScanned);
    }

    [Fact]
    public async Task Fifty_nested_archives_stop_at_the_depth_limit_in_bounded_time()
    {
        var token = GitHubToken();
        using var dir = new TempDirectory();
        var archive = ZipText(("secret.txt", $"token {token}\n"));
        for (var level = 49; level >= 1; level--) archive = Zip(($"level{level}.zip", archive), ($"note{level}.txt", Encoding.UTF8.GetBytes("level " + level)));
        dir.WriteBytes("level0.zip", archive);
        dir.Write("app.env", $"GH={token}\n");

        var stopwatch = Stopwatch.StartNew();
        var result = await ScanAsync(dir.Path);
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        var error = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal(ScanMessageLevel.Error, error.Level);
        Assert.Equal("archive nested 11 levels deep, over the limit of 10: not opened", error.Text);
        Assert.Equal(10, error.Path!.Count(c => c == '!'));
        Assert.Equal(["app.env"], result.Findings.Select(f => f.Origin.Path));
        Assert.Equal(1 + 10, result.Diagnostics.ItemsScanned);
    }

    [Fact]
    public async Task The_expansion_budget_is_shared_by_nested_archives()
    {
        using var dir = new TempDirectory();
        var text = Encoding.UTF8.GetBytes(new string('x', 3000));
        dir.WriteBytes("a.zip", Zip(("1.txt", text), ("inner.zip", Zip(("2.txt", text), ("3.txt", text)))));
        var settings = new ScanSettings { Threads = 1, ContentLimits = new ContentLimits { MaxExpandedBytes = 8000 } };

        var result = await ScanAsync(dir.Path, settings);

        var error = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal("a.zip!inner.zip", error.Path);
        Assert.Contains("expands past 8000 bytes in all", error.Text);
    }

    [Fact]
    public async Task A_corrupt_archive_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("broken.jar", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var result = await ScanAsync(dir.Path);

        var error = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal(("broken.jar", ScanMessageLevel.Error), (error.Path, error.Level));
        Assert.StartsWith("cannot read archive: ", error.Text);
    }
}
