using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LeakGate.Analyzers;

/// <summary>
/// Test projects hold invented credentials on purpose (the most-filed false positives of name-based analyzers), so
/// their diagnostics default to suggestion severity. A project is test code when it references a test framework,
/// or when <c>.editorconfig</c> says <c>leakgate.test_code = true</c> (<c>false</c> turns the detection off).
/// </summary>
internal static class TestCodeDetector
{
    public const string OptionName = "leakgate.test_code";

    private static readonly HashSet<string> TestFrameworkAssemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core",
    };

    public static bool ReferencesTestFramework(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(a => TestFrameworkAssemblies.Contains(a.Name));

    /// <summary>
    /// The descriptor to report with under <paramref name="options"/> (a source tree's or an additional file's):
    /// <paramref name="rule"/>, or in test code its suggestion-severity twin. A twin with its own default severity,
    /// rather than an overridden effective severity, keeps <c>dotnet_diagnostic.LGxxxx.severity</c> in force.
    /// </summary>
    public static DiagnosticDescriptor Choose(DiagnosticDescriptor rule, DiagnosticDescriptor testCodeRule, AnalyzerConfigOptions options, bool referencesTestFramework)
    {
        var isTest = options.TryGetValue(OptionName, out var value) && bool.TryParse(value, out var configured) ? configured : referencesTestFramework;
        return isTest ? testCodeRule : rule;
    }

    /// <summary>The same diagnostic at suggestion severity, for test code.</summary>
    public static DiagnosticDescriptor SuggestionTwin(DiagnosticDescriptor rule) =>
        new(rule.Id, rule.Title, rule.MessageFormat, rule.Category, DiagnosticSeverity.Info, rule.IsEnabledByDefault, rule.Description, rule.HelpLinkUri, [.. rule.CustomTags]);
}
