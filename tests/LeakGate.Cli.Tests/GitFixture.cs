// Test support: a git repository built by the test with the git CLI, fixed identity and dates, no user or system config.
using System.Diagnostics;

namespace LeakGate.Cli.Tests;

public sealed class GitFixture(TempDirectory dir)
{
    private int _clock;

    public GitFixture Init()
    {
        Git("init", "-q", "-b", "main");
        return this;
    }

    /// <summary>Stages everything and commits with the next fixed date; returns the commit's sha.</summary>
    public string Commit(string message)
    {
        Git("add", "-A");
        var date = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(_clock++).ToString("yyyy-MM-ddTHH:mm:ssZ");
        Git(["commit", "-q", "--no-verify", "-m", message], ("GIT_AUTHOR_DATE", date), ("GIT_COMMITTER_DATE", date));
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args) => Git(args, []);

    private string Git(string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test Author";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "author@example.test";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {stderr}");
        return stdout;
    }
}
