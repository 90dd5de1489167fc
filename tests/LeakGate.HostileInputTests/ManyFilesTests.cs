// Issue 9, item 1 (scale): 100,000 tiny files in one scan.
namespace LeakGate.HostileInputTests;

public sealed class ManyFilesTests
{
    [Fact]
    public void A_tree_of_100000_tiny_files_is_scanned_in_bounded_time()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        var content = "value = 1\n"u8.ToArray();
        for (var d = 0; d < 100; d++)
        {
            var folder = Directory.CreateDirectory(dir.Combine($"d{d:D3}")).FullName;
            for (var f = 0; f < 1000; f++) File.WriteAllBytes(Path.Combine(folder, $"f{f:D4}.txt"), content);
        }
        dir.Write($"d042/deep/{Secrets.PlantedFile}", $"key = {Secrets.Second}\n");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        HostileScan.FindingOf(result, $"d042/deep/{Secrets.PlantedFile}", Secrets.Second);
        Assert.Equal(100_002, HostileScan.Summary(result, "itemsScanned"));
    }
}
