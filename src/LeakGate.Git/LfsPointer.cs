using System.Text;

namespace LeakGate.Git;

/// <summary>Git LFS pointer files: small text stubs that name content stored elsewhere; they hold no secrets and are skipped and counted.</summary>
internal static class LfsPointer
{
    private static readonly byte[] Prefix = Encoding.ASCII.GetBytes("version https://git-lfs.github.com/spec/");

    public static bool Is(ReadOnlySpan<byte> content) => content.Length <= 1024 && content.StartsWith(Prefix);

    public static bool Is(string firstLine) => firstLine.StartsWith("version https://git-lfs.github.com/spec/", StringComparison.Ordinal);
}
