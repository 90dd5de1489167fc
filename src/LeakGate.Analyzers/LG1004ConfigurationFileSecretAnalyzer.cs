using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LeakGate.Analyzers;

/// <summary>
/// LG1004: a credential in a configuration file given to the compiler as an <c>AdditionalFiles</c> item
/// (<c>appsettings*.json</c>, <c>*.config</c>, <c>.env</c>), reported at its line: a default-pack match, a
/// connection string with an inline password, or a credential-named key with a secret-like value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LG1004ConfigurationFileSecretAnalyzer : CredentialAnalyzer
{
    public const string Id = "LG1004";

    public static readonly DiagnosticDescriptor Rule = new(
        Id,
        "Credential in a configuration file",
        "'{0}' holds a credential ({1}); keep it out of the repository: use user secrets, the environment or a secret store",
        HelpLinks.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Configuration files are committed with the code. Keep credentials in user secrets during development and in the environment or a secret store in production, and revoke a value that was committed.",
        helpLinkUri: HelpLinks.For(Id));

    /// <summary>The same diagnostic in test code, at suggestion severity.</summary>
    public static readonly DiagnosticDescriptor TestCodeRule = TestCodeDetector.SuggestionTwin(Rule);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, TestCodeRule);

    protected override void RegisterActions(CompilationStartAnalysisContext start, bool referencesTestFramework)
    {
        var credentialNames = new ConfiguredCredentialNames();
        start.RegisterAdditionalFileAction(file => Analyze(file, credentialNames, referencesTestFramework));
    }

    private static void Analyze(AdditionalFileAnalysisContext context, ConfiguredCredentialNames credentialNames, bool referencesTestFramework)
    {
        var fileName = Path.GetFileName(context.AdditionalFile.Path);
        if (!ConfigurationFileLines.IsConfigurationFile(fileName) || context.AdditionalFile.GetText(context.CancellationToken) is not { } text) return;
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile);
        var names = credentialNames.For(options);
        var descriptor = TestCodeDetector.Choose(Rule, TestCodeRule, options, referencesTestFramework);
        var path = context.AdditionalFile.Path.Replace('\\', '/');
        foreach (var line in text.Lines)
        {
            foreach (var (span, what) in Findings(text.ToString(line.Span), line.Start, path, fileName, names))
            {
                var location = Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
                context.ReportDiagnostic(Diagnostic.Create(descriptor, location, fileName, what));
            }
        }
    }

    private static IEnumerable<(TextSpan Span, string What)> Findings(string line, int lineStart, string path, string fileName, CredentialName names)
    {
        var packMatches = DefaultPackMatcher.Find(line, path);
        foreach (var match in packMatches) yield return (new TextSpan(lineStart + match.SecretStart, match.SecretLength), $"rule '{match.Rule.Id}'");
        if (packMatches.Count > 0) yield break;
        foreach (var (name, value, valueStart) in ConfigurationFileLines.Pairs(line, fileName))
        {
            if (ConnectionStringPassword.Find(value) is { } password)
            {
                yield return (new TextSpan(lineStart + valueStart + password.Start, password.Length), "a connection string password");
            }
            else if (names.IsCredential(name) && CredentialValue.IsSecretLike(value, names.Terms))
            {
                yield return (new TextSpan(lineStart + valueStart, value.Length), $"the value of '{name}'");
            }
        }
    }
}
