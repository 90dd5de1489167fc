// Covers ContentSniffer: byte-order marks, BOM-less UTF-16, plain UTF-8 text, and binary content.
using System.Text;

namespace LeakGate.Engine.Tests;

public class ContentSnifferTests
{
    [Fact]
    public void Plain_ascii_and_utf8_are_utf8()
    {
        Assert.Equal("utf-8", ContentSniffer.DetectEncoding("key = value\n"u8)?.WebName);
        Assert.Equal("utf-8", ContentSniffer.DetectEncoding(Encoding.UTF8.GetBytes("café ünïcödé 😀"))?.WebName);
        Assert.Equal("utf-8", ContentSniffer.DetectEncoding([])?.WebName);
    }

    [Fact]
    public void Utf8_bom_is_utf8()
    {
        var encoding = ContentSniffer.DetectEncoding([0xEF, 0xBB, 0xBF, (byte)'a', 0]);

        Assert.Equal("utf-8", encoding?.WebName);
    }

    [Fact]
    public void Utf16_boms_name_the_byte_order()
    {
        Assert.Equal(Encoding.Unicode, ContentSniffer.DetectEncoding([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("ab")]));
        Assert.Equal(Encoding.BigEndianUnicode, ContentSniffer.DetectEncoding([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("ab")]));
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_by_its_nul_pattern()
    {
        Assert.Equal(Encoding.Unicode, ContentSniffer.DetectEncoding(Encoding.Unicode.GetBytes("key = value\r\n")));
        Assert.Equal(Encoding.BigEndianUnicode, ContentSniffer.DetectEncoding(Encoding.BigEndianUnicode.GetBytes("key = value\r\n")));
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'a', (byte)'b', 0, (byte)'c', (byte)'d', (byte)'e' })]
    [InlineData(new byte[] { 0, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'a', 0 })]
    public void Nul_bytes_without_a_utf16_pattern_mean_binary(byte[] head)
    {
        Assert.Null(ContentSniffer.DetectEncoding(head));
    }
}
