using System.Formats.Tar;
using System.IO.Compression;

namespace LeakGate.Engine.Content;

/// <summary>
/// Zip-family archives (zip, jar, war, ear, nupkg, whl), tar, tar.gz/tgz and gz: every file entry becomes an item
/// named <c>outer.zip!inner/path</c>, scanned (and opened again if it is an archive itself) within the
/// <see cref="ContentLimits"/>: a too-deep nesting, a bomb-like ratio or a blown budget is reported, not expanded.
/// </summary>
public sealed class ArchiveHandler : IContentHandler
{
    private enum Kind { Zip, Tar, TarGzip, Gzip }

    private static readonly string[] ZipSuffixes = [".zip", ".jar", ".war", ".ear", ".nupkg", ".whl"];

    public bool ScansOriginal => false;

    public bool Handles(string path) => KindOf(ContentPath.FileName(path)) is not null;

    public IEnumerable<DerivedItem> Expand(ScanItem item, ContentContext context)
    {
        if (context.ArchiveDepth >= context.Limits.MaxArchiveDepth)
        {
            throw new ExpansionLimitException($"archive nested {context.ArchiveDepth + 1} levels deep, over the limit of {context.Limits.MaxArchiveDepth}: not opened");
        }
        var name = ContentPath.FileName(item.Origin.Path);
        return KindOf(name) switch
        {
            Kind.Zip => ZipEntries(item, context),
            Kind.Tar => TarEntries(item, item.Open, context),
            Kind.TarGzip => TarEntries(item, () => Gunzip(item, context), context),
            _ => GzipContent(item, name[..^".gz".Length], context),
        };
    }

    private static Kind? KindOf(string name)
    {
        if (ZipSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))) return Kind.Zip;
        if (name.EndsWith(".tar", StringComparison.OrdinalIgnoreCase)) return Kind.Tar;
        if (name.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)) return Kind.TarGzip;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && name.Length > ".gz".Length) return Kind.Gzip;
        return null;
    }

    private static IEnumerable<DerivedItem> ZipEntries(ScanItem item, ContentContext context)
    {
        using var stream = item.Open();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            var entryPath = ContentPath.Inside(item.Origin.Path, entry.FullName);
            if (entry.IsEncrypted)
            {
                context.Diagnostics.Skip(entryPath, "skipped: encrypted archive entry");
                continue;
            }
            if (entry.Length >= context.Limits.RatioFloorBytes && entry.Length > entry.CompressedLength * context.Limits.MaxCompressionRatio)
            {
                context.Diagnostics.Error(entryPath, $"not expanded: {entry.CompressedLength} bytes would expand to {entry.Length} " +
                    $"(over {context.Limits.MaxCompressionRatio}:1, a zip bomb?)");
                continue;
            }
            using var content = entry.Open();
            yield return Entry(item, entry.FullName, content, entry.Length, context);
        }
    }

    private static IEnumerable<DerivedItem> TarEntries(ScanItem item, Func<Stream> open, ContentContext context)
    {
        using var stream = open();
        using var reader = new TarReader(stream);
        while (reader.GetNextEntry() is { } entry)
        {
            if (!TarFiles.IsFile(entry)) continue;
            using var content = entry.DataStream ?? Stream.Null;
            yield return Entry(item, TarFiles.NameOf(entry), content, entry.Length, context);
        }
    }

    private static IEnumerable<DerivedItem> GzipContent(ScanItem item, string innerName, ContentContext context)
    {
        using var content = Gunzip(item, context);
        yield return Entry(item, innerName, content, null, context);
    }

    /// <summary>Reads one entry within the budget; an entry over the item size limit becomes an unread item the scanner skips and counts.</summary>
    private static DerivedItem Entry(ScanItem container, string name, Stream content, long? declaredLength, ContentContext context)
    {
        var origin = ContentPath.EntryOrigin(container.Origin, name);
        if (!context.Budget.TakeEntry())
        {
            throw new ExpansionLimitException($"more than {context.Limits.MaxEntries} archive entries: the rest is not opened");
        }
        if (declaredLength > context.MaxEntryBytes) return new DerivedItem(new ScanItem(origin, () => Stream.Null, declaredLength));
        var cap = Math.Min(context.MaxEntryBytes ?? long.MaxValue, context.Budget.BytesLeft);
        var bytes = BoundedRead.ToArray(content, cap, () => cap == context.Budget.BytesLeft
            ? $"{origin.Path}: expands past {context.Limits.MaxExpandedBytes} bytes in all: the rest is not opened (an archive bomb?)"
            : $"{origin.Path}: expands past the item size limit of {cap} bytes: not scanned", context.CancellationToken);
        context.Budget.Spend(bytes.Length);
        return new DerivedItem(new ScanItem(origin, () => new MemoryStream(bytes, writable: false), bytes.Length));
    }

    private static Stream Gunzip(ScanItem item, ContentContext context)
    {
        var cap = BoundedRead.CapFor(item.Length, context);
        return new CappedStream(new GZipStream(item.Open(), CompressionMode.Decompress), cap,
            () => $"gzip data expands past {cap} bytes (over {context.Limits.MaxCompressionRatio}:1 or the {context.Limits.MaxExpandedBytes}-byte budget, a gzip bomb?): the rest is not opened");
    }
}
