// Issue 9, item 1 (file system): symlink loops, links out of the root, FIFOs, unreadable files and hostile file names.
namespace LeakGate.HostileInputTests;

public sealed class FileSystemTests
{
    [Fact]
    public void Symlink_loops_are_skipped_and_reported()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        HostileScan.Shell(dir.Path, "mkdir sub && ln -s loop-b loop-a && ln -s loop-a loop-b && ln -s .. sub/up && ln -s . self");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        var messages = HostileScan.Messages(result);
        foreach (var link in new[] { "loop-a", "loop-b", "sub/up", "self" })
        {
            Assert.Contains(messages, m => m.Path == link && m.Text.Contains("symbolic link"));
        }
        Assert.Equal(4, HostileScan.Summary(result, "skippedOther"));
    }

    [Fact]
    public void Symlinks_pointing_outside_the_root_are_reported_and_not_followed()
    {
        using var dir = new TempDirectory();
        using var outside = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        var outsideFile = outside.Write("creds.txt", $"key = {Secrets.Second}\n");
        HostileScan.Shell(dir.Path, $"ln -s '{outsideFile}' file-link && ln -s '{outside.Path}' dir-link");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        Assert.Single(result.Findings);
        var messages = HostileScan.Messages(result);
        Assert.Contains(messages, m => m.Path == "file-link" && m.Text.Contains("not followed"));
        Assert.Contains(messages, m => m.Path == "dir-link" && m.Text.Contains("not followed"));
    }

    [Fact]
    public void A_FIFO_is_skipped_with_a_message_and_does_not_block_the_scan()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        HostileScan.Shell(dir.Path, "mkfifo pipe");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        Assert.Contains(HostileScan.Messages(result), m => m.Path == "pipe" && m.Text.Contains("not a regular file"));
        Assert.Equal(1, HostileScan.Summary(result, "skippedOther"));
    }

    [Fact]
    public void An_unreadable_file_is_reported_as_an_error_and_the_scan_continues()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        var locked = dir.Write("locked.txt", $"key = {Secrets.Second}\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var asRoot = CanRead(locked);
        if (asRoot)
        {
            // Mode 000 does not stop root: that scan reads the file like any other ...
            var rootScan = HostileScan.Run(dir.Path, 1);
            HostileScan.AssertPlantedFound(rootScan);
            HostileScan.FindingOf(rootScan, "locked.txt", Secrets.Second);
        }

        // ... and the unprivileged scan cannot: an error names the file, the exit code says the scan was incomplete.
        var result = asRoot ? HostileScan.RunAsNobody(dir.Path, 2) : HostileScan.Run(dir.Path, 2);

        HostileScan.AssertPlantedFound(result);
        Assert.Contains(HostileScan.Messages(result), m => m.Level == "error" && m.Path == "locked.txt" && m.Text.Contains("cannot read"));
        Assert.Contains("locked.txt: cannot read", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void File_names_with_newlines_and_quotes_are_scanned_and_reported()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        // Byte-exact names through bash: a newline and both quote kinds.
        HostileScan.Shell(dir.Path,
            $"printf 'key = %s\\n' '{Secrets.Second}' > $'new\\nline.txt' && " +
            $"printf 'key = %s\\n' '{Secrets.Third}' > $'say \"hi\" it\\'s.txt'");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        HostileScan.AssertAt(HostileScan.FindingOf(result, "new\nline.txt", Secrets.Second), 1, 7);
        HostileScan.AssertAt(HostileScan.FindingOf(result, "say \"hi\" it's.txt", Secrets.Third), 1, 7);
    }

    [Fact]
    public void A_file_name_that_is_not_UTF8_is_reported_as_unreadable_and_the_scan_continues()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        dir.Write("sub/other.txt", $"key = {Secrets.Third}\n");
        // .NET decodes names as UTF-8, so this file cannot be opened by name: it must be reported, not end the scan.
        HostileScan.Shell(dir.Path, $"printf 'key = %s\\n' '{Secrets.Second}' > $'bad\\xff\\xfename.txt'");

        var result = HostileScan.Run(dir.Path, 2);

        HostileScan.AssertPlantedFound(result);
        HostileScan.FindingOf(result, "sub/other.txt", Secrets.Third);
        Assert.Contains(HostileScan.Messages(result), m => m.Level == "error" && m.Path!.StartsWith("bad") && m.Text.Contains("not valid UTF-8"));
        Assert.Contains("not valid UTF-8", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
