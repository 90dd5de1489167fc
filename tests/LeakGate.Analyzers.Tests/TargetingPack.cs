using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LeakGate.Analyzers.Tests;

/// <summary>
/// Compiles test sources against the .NET reference assemblies installed with the SDK that runs the tests, so no
/// reference pack is downloaded at test time.
/// </summary>
internal static class TargetingPack
{
    private static readonly Lazy<MetadataReference[]> Net = new(Load);

    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static IReadOnlyList<MetadataReference> References => Net.Value;

    private static MetadataReference[] Load()
    {
        // The runtime lives in DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/; its reference pack in DOTNET_ROOT/packs/.
        var runtime = new DirectoryInfo(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory());
        var packs = Path.Combine(runtime.Parent!.Parent!.Parent!.FullName, "packs", "Microsoft.NETCore.App.Ref");
        var pack = Directory.GetDirectories(packs).OrderByDescending(d => Version.Parse(Path.GetFileName(d))).First();
        var reference = Directory.GetDirectories(Path.Combine(pack, "ref")).Single();
        return [.. Directory.GetFiles(reference, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
