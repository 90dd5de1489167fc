using LeakGate.Engine;

namespace LeakGate.Git;

/// <summary>
/// One finding per secret in a history scan: the same secret in several blobs (two branches, an edited
/// copy, a renamed and changed file) is reported once, at its earliest commit, with the count of the
/// other places it appears.
/// </summary>
public static class HistoryFindingMerger
{
    /// <param name="findings">The scan's findings.</param>
    /// <param name="placesOfBlob">The final (commit, path) count of a blob (e.g. <see cref="GitHistorySource.PlacesOf"/>); null keeps each origin's <see cref="Origin.OtherPlaces"/>.</param>
    public static IReadOnlyList<Finding> Merge(IReadOnlyList<Finding> findings, Func<string, int>? placesOfBlob = null)
    {
        if (placesOfBlob is not null)
        {
            findings = findings.Select(f => f.Origin.BlobId is { } blob && placesOfBlob(blob) is > 0 and var places
                ? f with { Origin = f.Origin with { OtherPlaces = places - 1 } }
                : f).ToList();
        }
        var merged = new List<Finding>();
        foreach (var group in findings.GroupBy(f => (f.RuleId, f.Fingerprint)))
        {
            var earliest = group
                .OrderBy(f => f.Origin.Commit?.Date ?? DateTimeOffset.MaxValue)
                .ThenBy(f => f.Origin.Path, StringComparer.Ordinal).ThenBy(f => f.StartLine)
                .First();
            var places = group.DistinctBy(f => f.Origin.BlobId ?? f.Origin.Path).Sum(f => f.Origin.OtherPlaces + 1);
            merged.Add(earliest with { Origin = earliest.Origin with { OtherPlaces = places - 1 } });
        }
        return merged
            .OrderBy(f => f.Origin.Path, StringComparer.Ordinal)
            .ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
    }
}
