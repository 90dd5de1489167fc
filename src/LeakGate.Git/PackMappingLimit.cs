using System.Runtime.InteropServices;

namespace LeakGate.Git;

/// <summary>
/// Bounds how much of the pack files libgit2 keeps mapped. By default it maps packs in 1 GiB windows up to 8 GiB,
/// so a history scan ended up with the whole pack resident (95 MB of a 95 MB pack on a 20,000-commit history) and
/// its memory grew with the repository. Smaller windows under a fixed limit are unmapped least recently used
/// first. LibGit2Sharp does not expose these two options, so they are set through libgit2's own entry point (the
/// library LibGit2Sharp has already loaded; the same name resolves to the same file).
/// </summary>
internal static partial class PackMappingLimit
{
    private const int SetWindowSizeOption = 1;
    private const int SetMappedLimitOption = 3;
    private const nuint WindowSize = 8 * 1024 * 1024;
    private const nuint MappedLimit = 32 * 1024 * 1024;

    [LibraryImport("git2-5853918", EntryPoint = "git_libgit2_opts")]
    private static partial int SetOption(int option, nuint value);

    public static void Apply()
    {
        if (SetOption(SetWindowSizeOption, WindowSize) != 0 || SetOption(SetMappedLimitOption, MappedLimit) != 0)
        {
            throw new GitException("libgit2 refused the pack mapping limits");
        }
    }
}
