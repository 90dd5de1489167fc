// Unit tests of HistoryFindingMerger: one finding per secret, the earliest commit kept, places counted once per blob.
using LeakGate.Engine;
using LeakGate.Rules;

namespace LeakGate.Git.Tests;

public sealed class HistoryFindingMergerTests
{
    private static readonly Rule TestRule = new("test-rule", "x") { Description = "test" };

    private static Finding At(string path, string blob, int day, int otherPlaces, string fingerprint = "f1", int line = 1) => new()
    {
        Rule = TestRule,
        Origin = new Origin(path) { BlobId = blob, OtherPlaces = otherPlaces, Commit = new CommitInfo($"sha{day}", "A", "a@x", new DateTimeOffset(2024, 1, day, 0, 0, 0, TimeSpan.Zero), "m") },
        StartLine = line, StartColumn = 1, EndLine = line, EndColumn = 2, Secret = "s", Context = new LineContext("s", 0, 1),
        Fingerprint = fingerprint, Entropy = 1, Confidence = Confidence.High,
    };

    [Fact]
    public void Same_secret_in_two_blobs_becomes_one_finding_at_the_earliest_commit_with_the_places_summed()
    {
        var merged = HistoryFindingMerger.Merge([At("b.py", "blob2", 5, 2), At("a.py", "blob1", 3, 0), At("a.py", "blob1", 3, 0, line: 7)]);

        var finding = Assert.Single(merged);
        Assert.Equal("sha3", finding.Origin.Commit!.Sha);
        Assert.Equal(1, finding.StartLine);
        Assert.Equal(3, finding.Origin.OtherPlaces);
    }

    [Fact]
    public void Final_place_counts_replace_the_ones_known_when_the_blob_was_scanned()
    {
        var merged = HistoryFindingMerger.Merge([At("a.py", "blob1", 3, 0)], blob => blob == "blob1" ? 4 : 0);

        Assert.Equal(3, Assert.Single(merged).Origin.OtherPlaces);
    }

    [Fact]
    public void Different_secrets_stay_apart()
    {
        var merged = HistoryFindingMerger.Merge([At("a.py", "blob1", 3, 0, "f1"), At("a.py", "blob1", 3, 0, "f2", line: 2)]);

        Assert.Equal(2, merged.Count);
    }
}
