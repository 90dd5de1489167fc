// Staged-change repositories shared by the `leakgate staged` tests and the AOT gate's parity tests.
namespace LeakGate.Git.Tests;

public static class StagedScenarios
{
    /// <summary>A repository whose one commit holds a clean app/settings.py.</summary>
    public static TempRepo RepoWithCleanFile()
    {
        var repo = new TempRepo();
        repo.Write("app/settings.py", "DEBUG = False\nNAME = 'app'\n");
        repo.Commit("initial");
        return repo;
    }

    /// <summary>old.py leaks a key in history; the staged version keeps it at line 2 and adds another at line 5.</summary>
    public static TempRepo OldLeakAndANewOneAtLine5()
    {
        var repo = new TempRepo();
        repo.Write("old.py", "x = 1\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("an old leak, already in history");
        repo.Write("old.py", "x = 1\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\ny = 2\nz = 3\n" + Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");
        repo.Git("add", "old.py");
        return repo;
    }

    /// <summary>A committed file with a key, renamed (staged) without changes.</summary>
    public static TempRepo RenameOfACommittedSecret()
    {
        var repo = new TempRepo();
        repo.Write("a.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\nprint('a much longer file so similarity is clear')\n");
        repo.Commit("accepted earlier");
        repo.Git("mv", "a.py", "b.py");
        return repo;
    }

    /// <summary>A merge in progress (not committed) of a branch that adds <paramref name="path"/> holding a key.</summary>
    public static TempRepo MergeInProgressBringingAKeyIn(string path)
    {
        var repo = RepoWithCleanFile();
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Write(path, Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("feature with a key");
        repo.Git("checkout", "-q", "main");
        repo.Write("main.txt", "main moves on\n");
        repo.Commit("main");
        repo.Git("merge", "--no-commit", "--no-ff", "feature");
        return repo;
    }
}
