using System.Formats.Tar;

namespace LeakGate.Engine.Content;

/// <summary>Which tar entries hold file content, and their names without a leading <c>./</c>.</summary>
internal static class TarFiles
{
    /// <summary>Regular files only: directories, links and devices carry no content of their own.</summary>
    public static bool IsFile(TarEntry entry) =>
        entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile;

    public static string NameOf(TarEntry entry)
    {
        var name = entry.Name;
        while (name.StartsWith("./", StringComparison.Ordinal)) name = name[2..];
        return name.TrimStart('/');
    }
}
