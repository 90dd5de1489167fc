using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace LeakGate.Analyzers.Tests;

/// <summary>Runs one analyzer over C# sources whose expected diagnostics are marked in the text ({|LG1001:…|}).</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source, string? editorConfig = null) => Create(source, editorConfig).RunAsync();

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, string? editorConfig = null)
    {
        // Markup means the warning; the test-code twin with the same id is expected explicitly.
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = TargetingPack.None, MarkupOptions = MarkupOptions.UseFirstDescriptor };
        test.TestState.AdditionalReferences.AddRange(TargetingPack.References);
        if (editorConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        return test;
    }

    /// <summary>The source compiled as a test project: with xunit's core assembly referenced.</summary>
    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> CreateInTestProject(string source)
    {
        var test = Create(source);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
        return test;
    }

    /// <summary>Expects one diagnostic of <paramref name="descriptor"/> at markup location 0 with <paramref name="severity"/>.</summary>
    public static DiagnosticResult At0(DiagnosticDescriptor descriptor, DiagnosticSeverity severity) =>
        new DiagnosticResult(descriptor).WithLocation(0).WithSeverity(severity);
}
