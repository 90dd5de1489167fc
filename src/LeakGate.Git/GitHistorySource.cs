using System.Runtime.CompilerServices;
using LeakGate.Engine;
using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>
/// A repository's history as distinct blobs: commits are walked oldest first, each is compared with its
/// parents (libgit2 skips identical subtrees), and every blob a commit introduces is recorded once with
/// its earliest commit and path. Each distinct blob becomes one item as soon as it is first seen (so the
/// walk overlaps the scan), every byte is scanned once, and a secret committed and later deleted is still
/// found; the count of other places is complete only after the walk (<see cref="PlacesOf"/>). Blob content is read lazily by the worker
/// that scans it, through one <see cref="Repository"/> per thread (LibGit2Sharp handles are not thread-safe).
/// </summary>
public sealed class GitHistorySource : IScanSource, IDisposable
{
    /// <summary>Blobs up to this size are read by the producer (Git LFS pointers are at most 1024 bytes).</summary>
    private const int SmallBlob = 1024;
    /// <summary>Commits diffed at once: the machine's cores, which the scanning workers share.</summary>
    private static readonly int DiffThreads = Math.Clamp(Environment.ProcessorCount, 1, 4);
    private readonly Repository _repo;
    private readonly GitHistoryOptions _options;
    private readonly ThreadLocal<Repository> _readers;
    private readonly BlobPlaces _places = new();
    private readonly List<string> _unreadableRefs = [];

    /// <summary>Opens the repository at (or above) <paramref name="path"/>; throws <see cref="GitException"/> when there is none.</summary>
    public GitHistorySource(string path, GitHistoryOptions options)
    {
        // Like git's own readers (and `git cat-file`), do not re-hash every object read: it costs a third of
        // the read time. Corrupt objects still fail to inflate or to apply as deltas, and are reported.
        GlobalSettings.SetStrictHashVerification(false);
        // libgit2 keeps every small tree and commit it parses (up to 256 MB), which on a long history was most of
        // the scan's memory (285 MB peak vs 189 MB without, on 5,000 commits) and bought no speed: the walk reads
        // each tree about once.
        GlobalSettings.SetEnableCaching(false);
        PackMappingLimit.Apply();
        _repo = GitRepository.Open(path);
        _options = options;
        var gitDir = _repo.Info.Path;
        _readers = new ThreadLocal<Repository>(() => new Repository(gitDir), trackAllValues: true);
        Commits = HistorySelection.Select(_repo, options, _unreadableRefs);
    }

    /// <summary>The selected commits, oldest first.</summary>
    public IReadOnlyList<Commit> Commits { get; }

    public string WorkingDirectory => _repo.Info.WorkingDirectory ?? _repo.Info.Path;
    public bool IsShallow => _repo.Info.IsShallow;

    /// <summary>
    /// How many (commit, path) introductions a blob has. Items are yielded while the walk goes on (so
    /// reading and scanning overlap), which is before every place is known: read this after the scan.
    /// </summary>
    public int PlacesOf(string blobSha) => _places.PlacesOf(blobSha);

    public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (_repo.Info.IsShallow) diagnostics.Warn(null, "shallow clone: history is truncated; scanned the commits that exist");
        foreach (var unreadable in _unreadableRefs) diagnostics.Error(null, $"ref {unreadable} (corrupt or missing object): its history is not scanned");
        if (Commits.Count == 0) diagnostics.Warn(null, "no commits to scan (empty repository or empty selection)");
        var diffs = new ParallelCommitDiffs(_readers, DiffThreads);
        await foreach (var changes in diffs.DiffAsync([.. Commits.Select(c => c.Id)], cancellationToken))
        {
            if (changes.Error is { } error)
            {
                diagnostics.Error($"commit {changes.Sha}", $"cannot read (corrupt or missing object): {error}");
                continue;
            }
            foreach (var (blob, path) in changes.Introduced)
            {
                if (!_places.Introduce(blob)) continue;
                if (ToItem(blob, new Origin(path) { Commit = changes.Info, BlobId = blob.Sha }, diagnostics) is { } item) yield return item;
            }
        }
        if (!_options.AllBlobs) yield break;
        var unreachable = new List<(ObjectId Blob, string Path)>();
        AddUnreachable(unreachable, diagnostics);
        foreach (var (blob, path) in unreachable)
        {
            if (ToItem(blob, new Origin(path) { BlobId = blob.Sha }, diagnostics) is { } item) yield return item;
        }
    }

    private void AddUnreachable(List<(ObjectId, string)> firstSeen, ScanDiagnostics diagnostics)
    {
        try
        {
            foreach (var obj in _repo.ObjectDatabase)
            {
                if (obj is Blob blob && _places.Introduce(blob.Id)) firstSeen.Add((blob.Id, $"(unreachable blob {blob.Sha})"));
            }
        }
        catch (LibGit2SharpException ex)
        {
            diagnostics.Error(null, $"cannot list every object (corrupt object database): {GitRepository.FirstLine(ex.Message)}");
        }
    }

    private ScanItem? ToItem(ObjectId blob, Origin origin, ScanDiagnostics diagnostics)
    {
        try
        {
            var size = _repo.ObjectDatabase.RetrieveObjectMetadata(blob).Size;
            if (size > SmallBlob) return new ScanItem(origin, () => OpenBlob(blob), size);
            var content = ReadBlob(_repo, blob);
            if (LfsPointer.Is(content))
            {
                diagnostics.Skip(origin.Path, $"skipped: Git LFS pointer (blob {blob.Sha[..12]}); the object it points to is not in the repository");
                return null;
            }
            return new ScanItem(origin, () => new MemoryStream(content, writable: false), content.Length);
        }
        catch (LibGit2SharpException ex)
        {
            diagnostics.Error(origin.Path, $"blob {blob.Sha}: cannot read (corrupt or missing object): {GitRepository.FirstLine(ex.Message)}");
            return null;
        }
    }

    private Stream OpenBlob(ObjectId blob)
    {
        try
        {
            var reader = _readers.Value!;
            var found = reader.Lookup<Blob>(blob) ?? throw new LibGit2SharpException($"object {blob.Sha} is missing");
            return found.GetContentStream();
        }
        catch (LibGit2SharpException ex)
        {
            throw new IOException($"blob {blob.Sha}: corrupt or missing object: {GitRepository.FirstLine(ex.Message)}", ex);
        }
    }

    private static byte[] ReadBlob(Repository repo, ObjectId id)
    {
        var blob = repo.Lookup<Blob>(id) ?? throw new LibGit2SharpException($"object {id.Sha} is missing");
        using var stream = blob.GetContentStream();
        using var copy = new MemoryStream((int)Math.Min(blob.Size, int.MaxValue));
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        foreach (var reader in _readers.Values) reader.Dispose();
        _readers.Dispose();
        _repo.Dispose();
    }
}
