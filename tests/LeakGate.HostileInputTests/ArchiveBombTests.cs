// Issue 10 (archives): a zip bomb of nested bombs and an archive nested 50 levels deep, alternating zip and tar.gz,
// finish in bounded time with a clear error each while the planted secret beside them is still reported.

namespace LeakGate.HostileInputTests;

public sealed class ArchiveBombTests
{
    [Fact]
    public void A_zip_of_ten_zip_bombs_is_reported_entry_by_entry_without_expanding()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        var bomb = ArchiveFixture.ZipOfZeros("zeros.bin", 512L * 1024 * 1024);
        dir.WriteBytes("release.zip", ArchiveFixture.Zip(Enumerable.Range(0, 10).Select(i => ($"part{i}.zip", bomb)).ToArray()));
        Assert.True(new FileInfo(dir.Combine("release.zip")).Length < 10 * 1024 * 1024, "5 GB of zeros in a few MB");

        var result = HostileScan.Run(dir.Path, 2);

        HostileScan.AssertPlantedFound(result);
        var errors = HostileScan.Messages(result).Where(m => m.Level == "error").ToList();
        Assert.Equal(10, errors.Count);
        Assert.All(errors, e => Assert.Matches(@"^release\.zip!part\d\.zip!zeros\.bin$", e.Path));
        Assert.All(errors, e => Assert.EndsWith("would expand to 536870912 (over 200:1, a zip bomb?)", e.Text));
    }

    [Fact]
    public void An_archive_nested_50_levels_deep_is_opened_to_the_limit_and_reported()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        var archive = ArchiveFixture.ZipText(("deepest.txt", $"aws_access_key_id = {Secrets.Second}\n"));
        var name = "level50.zip";
        for (var level = 49; level >= 1; level--)
        {
            var zip = level % 2 == 0;
            var outer = zip ? ArchiveFixture.Zip((name, archive)) : ArchiveFixture.Gzip(ArchiveFixture.TarBytes((name, archive)));
            (archive, name) = (outer, zip ? $"level{level}.zip" : $"level{level}.tar.gz");
        }
        dir.WriteBytes(name, archive);
        dir.WriteBytes("shallow.tgz", ArchiveFixture.Gzip(ArchiveFixture.Tar(("etc/app.conf", $"aws_access_key_id = {Secrets.Third}\n"))));

        var result = HostileScan.Run(dir.Path, 2);

        HostileScan.AssertPlantedFound(result);
        HostileScan.FindingOf(result, "shallow.tgz!etc/app.conf", Secrets.Third);
        Assert.DoesNotContain(result.Findings, f => f.GetProperty("secret").GetString() == Secrets.Second);
        var error = Assert.Single(HostileScan.Messages(result));
        Assert.Equal(("error", "archive nested 11 levels deep, over the limit of 10: not opened"), (error.Level, error.Text));
        Assert.StartsWith("level1.tar.gz!level2.zip!level3.tar.gz!", error.Path);
        Assert.EndsWith("!level11.tar.gz", error.Path);
        Assert.DoesNotContain("   at ", result.StdErr);
    }
}
