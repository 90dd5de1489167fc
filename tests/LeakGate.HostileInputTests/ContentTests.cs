// Issue 9, item 1 (content): huge lines, huge sparse files, UTF-16, invalid UTF-8, mixed line endings and NUL bytes.
using System.Text;

namespace LeakGate.HostileInputTests;

public sealed class ContentTests
{
    [Fact]
    public void A_200_MB_file_without_newline_has_both_secrets_found_at_the_right_columns()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        const int fillerLength = 200 * 1024 * 1024;
        var head = Encoding.ASCII.GetBytes(Secrets.Second + " ");
        using (var file = File.Create(dir.Combine("one-line.txt")))
        {
            file.Write(head);
            var filler = new byte[1024 * 1024];
            Array.Fill(filler, (byte)'-');
            for (var written = 0; written < fillerLength; written += filler.Length) file.Write(filler);
            file.Write(Encoding.ASCII.GetBytes(" " + Secrets.Third));
        }

        var result = HostileScan.Run(dir.Path, 1, "--max-file-size", "0");

        HostileScan.AssertPlantedFound(result);
        HostileScan.AssertAt(HostileScan.FindingOf(result, "one-line.txt", Secrets.Second), 1, 1);
        HostileScan.AssertAt(HostileScan.FindingOf(result, "one-line.txt", Secrets.Third), 1, head.Length + fillerLength + 2);
    }

    [Fact]
    public void A_2_GB_sparse_file_is_skipped_as_too_large_by_default()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        CreateSparse(dir.Combine("sparse.bin"), 2L * 1024 * 1024 * 1024);

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        Assert.Equal(1, HostileScan.Summary(result, "skippedTooLarge"));
        Assert.Contains(HostileScan.Messages(result), m => m.Path == "sparse.bin" && m.Text.Contains("--max-file-size"));
    }

    [Fact]
    public void A_2_GB_sparse_file_without_size_limit_is_sniffed_as_binary_and_counted()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        CreateSparse(dir.Combine("sparse.bin"), 2L * 1024 * 1024 * 1024);

        var result = HostileScan.Run(dir.Path, 1, "--max-file-size", "0");

        HostileScan.AssertPlantedFound(result);
        Assert.Equal(1, HostileScan.Summary(result, "skippedBinary"));
        Assert.Equal(0, HostileScan.Summary(result, "skippedTooLarge"));
    }

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16be", false)]
    public void Secrets_in_UTF16_text_are_found_on_the_right_line(string encodingName, bool withBom)
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        var encoding = encodingName == "utf-16le" ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var text = $"# settings for the deploy job\nregion = eu-west-1\naws_access_key_id = {Secrets.Second}\n";
        dir.WriteBytes("utf16.txt", [.. withBom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        HostileScan.AssertAt(HostileScan.FindingOf(result, "utf16.txt", Secrets.Second), 3, 21);
    }

    [Fact]
    public void Invalid_UTF8_bytes_around_a_secret_do_not_hide_it()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        byte[] invalid = [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x82, 0xF0, 0x90, 0x80, 0xC0, 0xAF];
        var content = new List<byte>();
        content.AddRange(invalid);
        content.AddRange("\nkey = "u8.ToArray());
        content.AddRange(Encoding.ASCII.GetBytes(Secrets.Second));
        content.Add((byte)' ');
        content.AddRange(invalid);
        content.Add((byte)'\n');
        dir.WriteBytes("latin.txt", [.. content]);

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        HostileScan.AssertAt(HostileScan.FindingOf(result, "latin.txt", Secrets.Second), 2, 7);
    }

    [Fact]
    public void Mixed_line_endings_keep_line_numbers_right()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        // Lines: "mac" \r, "dos" \r\n, "unix" \n, "" \r, "" \r\n, then the secrets on lines 6 and 8.
        dir.Write("mixed.txt", $"mac\rdos\r\nunix\n\r\r\nid = {Secrets.Second}\r\nnext\rkey = {Secrets.Third}\n");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        HostileScan.AssertAt(HostileScan.FindingOf(result, "mixed.txt", Secrets.Second), 6, 6);
        HostileScan.AssertAt(HostileScan.FindingOf(result, "mixed.txt", Secrets.Third), 8, 7);
    }

    [Fact]
    public void A_file_with_NUL_bytes_is_binary_skipped_and_counted()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        dir.WriteBytes("blob.dat", [.. "\0\0\0\0ELF"u8.ToArray(), .. new byte[4096], .. Encoding.ASCII.GetBytes("key = " + Secrets.Second)]);

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        Assert.Equal(1, HostileScan.Summary(result, "skippedBinary"));
        Assert.Single(result.Findings);
    }

    private static void CreateSparse(string path, long length)
    {
        using var file = File.Create(path);
        file.SetLength(length);
    }
}
