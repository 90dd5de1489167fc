namespace LeakGate.Fuzz;

/// <summary>The fuzz targets by name. Each takes one input and throws only for a bug: expected rejections are caught inside.</summary>
public static class FuzzTargets
{
    private static readonly Dictionary<string, Action<Stream>> Targets = new()
    {
        ["config"] = ConfigLoaderTarget.Run,
        ["scanner"] = ItemScannerTarget.Run,
        ["diff"] = DiffParserTarget.Run,
    };

    public static IEnumerable<string> Names => Targets.Keys;

    public static Action<Stream>? Find(string name) => Targets.GetValueOrDefault(name);
}
