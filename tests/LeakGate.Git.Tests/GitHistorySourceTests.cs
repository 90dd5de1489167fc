// Unit tests of GitHistorySource on its own: each distinct blob is one item, attributed to the commit that introduced it.
using LeakGate.Engine;

namespace LeakGate.Git.Tests;

public sealed class GitHistorySourceTests
{
    private static async Task<List<ScanItem>> ItemsOf(GitHistorySource source)
    {
        var items = new List<ScanItem>();
        await foreach (var item in source.ReadAsync(new ScanDiagnostics(), CancellationToken.None)) items.Add(item);
        return items;
    }

    [Fact]
    public async Task Each_distinct_blob_is_one_item_whatever_the_number_of_commits_and_paths_holding_it()
    {
        using var repo = new TempRepo();
        repo.Write("a.txt", "same content\n");
        var first = repo.Commit("a");
        repo.Write("b.txt", "same content\n");
        repo.Write("dir/c.txt", "other content\n");
        repo.Commit("b and c");
        repo.Write("unrelated.txt", "z\n");
        repo.Commit("unrelated");

        using var source = new GitHistorySource(repo.Path, new GitHistoryOptions());
        var items = await ItemsOf(source);

        Assert.Equal(3, items.Count);
        var shared = Assert.Single(items, i => i.Origin.Path == "a.txt");
        Assert.Equal(first, shared.Origin.Commit!.Sha);
        Assert.Equal(2, source.PlacesOf(shared.Origin.BlobId!));
        Assert.Equal(repo.Git("rev-parse", "HEAD:a.txt").Trim(), shared.Origin.BlobId);
        using var reader = new StreamReader(shared.Open());
        Assert.Equal("same content\n", reader.ReadToEnd());
    }

    [Fact]
    public async Task Merge_commit_does_not_reintroduce_what_its_branch_already_added()
    {
        using var repo = new TempRepo();
        repo.Write("base.txt", "base\n");
        repo.Commit("base");
        repo.Git("checkout", "-q", "-b", "side");
        repo.Write("side.txt", "from the side branch\n");
        var side = repo.Commit("side");
        repo.Git("checkout", "-q", "main");
        repo.Write("main.txt", "main\n");
        repo.Commit("main");
        repo.Git("merge", "-q", "--no-ff", "-m", "merge", "side");

        using var source = new GitHistorySource(repo.Path, new GitHistoryOptions());
        var items = await ItemsOf(source);

        var fromSide = Assert.Single(items, i => i.Origin.Path == "side.txt");
        Assert.Equal(side, fromSide.Origin.Commit!.Sha);
        Assert.Equal(1, source.PlacesOf(fromSide.Origin.BlobId!));
    }

    [Fact]
    public void Not_a_repository_throws_a_git_exception_with_a_clear_message()
    {
        using var dir = new TempRepo(init: false);

        var error = Assert.Throws<GitException>(() => new GitHistorySource(dir.Path, new GitHistoryOptions()));
        Assert.StartsWith("not a git repository", error.Message);
    }
}
