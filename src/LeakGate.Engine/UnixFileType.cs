using System.Runtime.InteropServices;

namespace LeakGate.Engine;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices, which .NET does not expose and which must never be
/// opened by a scanner (opening a FIFO blocks forever). Uses libc lstat on Linux x64/arm64.
/// </summary>
internal static partial class UnixFileType
{
    private const uint TypeMask = 0xF000;
    private const uint RegularFile = 0x8000;

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LStat(string path, Span<byte> buffer);

    /// <summary>True for a regular file; also true where the type cannot be determined (other platforms).</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux()) return true;
        var modeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (modeOffset < 0) return true;
        Span<byte> buffer = stackalloc byte[256];
        if (LStat(path, buffer) != 0) return true;
        var mode = BitConverter.ToUInt32(buffer[modeOffset..]);
        return (mode & TypeMask) == RegularFile;
    }
}
