// The CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) that System.IO.Hashing provides on net10.0: the
// analyzer cannot carry that package, and the checksum validator needs only this one call.
namespace System.IO.Hashing;

internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint HashToUInt32(ReadOnlySpan<byte> source)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in source) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var entry = i;
            for (var bit = 0; bit < 8; bit++) entry = (entry & 1) != 0 ? 0xEDB88320u ^ (entry >> 1) : entry >> 1;
            table[i] = entry;
        }
        return table;
    }
}
