using LeakGate.Engine;

namespace LeakGate.Git;

/// <summary>
/// One finding per secret in a history scan: the same secret in several blobs (two branches, an edited
/// copy, a renamed and changed file) is reported once, at its earliest commit, with the count of the
/// other places it appears.
/// </summary>
public static class HistoryFindingMerger
{
    public static IReadOnlyList<Finding> Merge(IReadOnlyList<Finding> findings)
    {
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
