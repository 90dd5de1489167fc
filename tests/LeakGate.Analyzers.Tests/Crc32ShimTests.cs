// The analyzer's own CRC-32 (it cannot carry System.IO.Hashing) must agree with the standard one that the CLI's
// checksum validation uses, or checksummed tokens would be judged differently in the IDE and in the scan.
namespace LeakGate.Analyzers.Tests;

public sealed class Crc32ShimTests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void It_computes_the_standard_check_values(string input, uint expected) =>
        Assert.Equal(expected, System.IO.Hashing.Crc32.HashToUInt32(System.Text.Encoding.ASCII.GetBytes(input)));
}
