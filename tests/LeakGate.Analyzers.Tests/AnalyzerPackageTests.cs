// Issue 5 end to end: pack LeakGate.Analyzers, reference the local package from a fresh console project holding three
// planted credentials and three look-alikes, run the real `dotnet build`, and read the LG warnings it prints.
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LeakGate.Analyzers.Tests;

public sealed partial class AnalyzerPackageTests
{
    [Fact]
    public void A_console_project_referencing_the_package_gets_exactly_the_three_planted_credentials_as_warnings()
    {
        using var source = new TempDirectory();
        SourceTree.CopyTo(source.Path);
        using var work = new TempDirectory();
        var feed = work.Combine("feed");
        var (packCode, packOutput) = DotnetCommand.Run(source.Path, work.Combine("nuget"), "pack", "src/LeakGate.Analyzers.Package", "-c", "Release", "-o", feed);
        Assert.True(packCode == 0, packOutput);
        var version = XDocument.Load(Path.Combine(source.Path, "Directory.Build.props")).Descendants("Version").Single().Value;
        AssertAnalyzerPackageLayout(Assert.Single(Directory.GetFiles(feed, "*.nupkg")), version);

        var app = work.Combine("app");
        WriteConsoleProject(work, version, feed);
        var (code, output) = DotnetCommand.Run(app, work.Combine("nuget"), "build", "-c", "Release", "-nodeReuse:false", "-clp:NoSummary");
        Assert.True(code == 0, output);
        Assert.Equal(["LG1001 at 3", "LG1002 at 4", "LG1003 at 5"], Reported(output, "warning"));
        Assert.DoesNotContain(TestSecrets.StripeLiveKey, output);

        // Each diagnostic's severity is configurable in .editorconfig: raised to an error, it fails the build.
        File.WriteAllText(Path.Combine(app, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.LG1003.severity = error\n");
        var (strictCode, strictOutput) = DotnetCommand.Run(app, work.Combine("nuget"), "build", "-c", "Release", "-nodeReuse:false", "-clp:NoSummary", "--no-restore");
        Assert.NotEqual(0, strictCode);
        Assert.Equal(["LG1003 at 5"], Reported(strictOutput, "error"));
    }

    /// <summary>The analyzer and code-fix assemblies under analyzers/dotnet/cs, nothing under lib/, no dependencies.</summary>
    internal static void AssertAnalyzerPackageLayout(string package, string version)
    {
        Assert.Equal($"LeakGate.Analyzers.{version}.nupkg", Path.GetFileName(package));
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/LeakGate.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/LeakGate.Analyzers.CodeFixes.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(nuspecStream);
        Assert.Equal("true", nuspec.Descendants().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
    }

    private static void WriteConsoleProject(TempDirectory work, string version, string feed)
    {
        work.Write("app/app.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LeakGate.Analyzers" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        work.Write("app/nuget.config", $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        work.Write("app/Program.cs", $$"""
            // three planted credentials (lines 3-5) and three look-alikes (lines 6-8)
            var endpoint = "https://billing.example.com";
            var billingSetting = "{{TestSecrets.StripeLiveKey}}";
            var smtpPassword = "Tr0ub4dor-3x9";
            var primary = "Server=db.internal;User Id=app;Password=Xk9-vQ2#pL7;";
            var apiKey = "<your-api-key>";
            var connectionString = "ConnectionStrings:Default";
            var trusted = "Server=db.internal;Integrated Security=true;";
            Console.WriteLine(string.Join(",", endpoint, billingSetting, smtpPassword, primary, apiKey, connectionString, trusted).Length);
            """);
    }

    private static List<string> Reported(string output, string level) =>
        [.. Diagnostic().Matches(output).Where(m => m.Groups["level"].Value == level)
            .Select(m => $"{m.Groups["id"].Value} at {m.Groups["line"].Value}").Distinct().Order()];

    [GeneratedRegex(@"Program\.cs\((?<line>\d+),\d+\): (?<level>warning|error) (?<id>LG\d{4})")]
    private static partial Regex Diagnostic();
}
