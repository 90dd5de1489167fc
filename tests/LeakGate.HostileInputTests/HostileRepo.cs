// A real git repository for the hostile git cases, driven by the git CLI without user or system configuration.
using System.Diagnostics;

namespace LeakGate.HostileInputTests;

public sealed class HostileRepo
{
    private readonly string _path;
    private int _clock;

    private HostileRepo(string path) => _path = path;

    public static HostileRepo Init(string path)
    {
        var repo = new HostileRepo(path);
        repo.Git("init -q -b main");
        return repo;
    }

    /// <summary>Stages everything and commits with the next fixed date.</summary>
    public void Commit(string message)
    {
        var date = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(_clock++).ToString("yyyy-MM-ddTHH:mm:ssZ");
        Git($"add -A && GIT_AUTHOR_DATE={date} GIT_COMMITTER_DATE={date} git commit -q --no-verify -m '{message}'");
    }

    /// <summary>Overwrites a loose object's file with bytes that do not inflate (git keeps them read-only).</summary>
    public void Corrupt(string objectId)
    {
        var file = Path.Combine(_path, ".git", "objects", objectId[..2], objectId[2..]);
        Assert.True(File.Exists(file), $"object {objectId} is not loose");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllBytes(file, [0x78, 0x01, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x11, 0x22, 0x33]);
    }

    /// <summary>Runs <c>git ARGS</c> through bash (so redirections work) and returns its trimmed output.</summary>
    public string Git(string arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = _path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("git " + arguments);
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Hostile Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "hostile@example.test";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {arguments} failed: {stderr}");
        return stdout.Result.Trim();
    }
}
