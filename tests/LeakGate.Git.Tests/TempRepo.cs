// A real git repository in a temp folder, driven by the git CLI with fixed identities and dates, deleted afterwards.
using System.Diagnostics;

namespace LeakGate.Git.Tests;

public sealed class TempRepo : IDisposable
{
    private int _clock;

    public TempRepo(bool init = true, string? path = null)
    {
        Path = path ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leakgate-git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (!init) return;
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "Test Author");
        Git("config", "user.email", "author@example.test");
        Git("config", "commit.gpgsign", "false");
    }

    public string Path { get; }

    /// <summary>Environment for every git (and hook) run: no global or system config, so a developer's settings cannot change a result.</summary>
    public static void Isolate(ProcessStartInfo start)
    {
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["NO_COLOR"] = "1";
    }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Stages everything and commits with the next fixed date (one hour apart); returns the new commit's sha.</summary>
    public string Commit(string message, string author = "Test Author <author@example.test>")
    {
        Git("add", "-A");
        var date = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(_clock++).ToString("yyyy-MM-ddTHH:mm:ssZ");
        RunGit(Path, new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date }, "commit", "-q", "--no-verify", "--allow-empty", "-m", message, "--author", author);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args) => RunGit(Path, null, args);

    public static string RunGit(string directory, IDictionary<string, string>? environment, params string[] args)
    {
        var result = Run(directory, environment, "git", args);
        if (result.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({result.ExitCode}): {result.StdErr}");
        return result.StdOut;
    }

    public static ProcessResult Run(string directory, IDictionary<string, string>? environment, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Isolate(start);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 10 minutes");
        }
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
