using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LeakGate.Analyzers;

/// <summary>
/// LG1002: a literal that looks like a real credential is assigned, initialised, passed or compared to a symbol
/// whose name says credential (<c>password</c>, <c>apiKey</c>, <c>connectionString</c>, …). Literals the default
/// pack already recognises are left to LG1001, which names the rule.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LG1002CredentialNamedLiteralAnalyzer : CredentialAnalyzer
{
    public const string Id = "LG1002";
    /// <summary>Diagnostic property: the credential-named symbol, from which the code fix derives a configuration name.</summary>
    public const string SymbolNameProperty = "SymbolName";

    public static readonly DiagnosticDescriptor Rule = new(
        Id,
        "Hardcoded credential in a credential-named symbol",
        "'{0}' is given a hardcoded credential; read it from configuration or the environment instead",
        HelpLinks.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A literal with the length and randomness of a real credential is given to a symbol whose name says credential. Read the value from configuration, the environment or a secret store; the code fix rewrites it to an environment or IConfiguration lookup.",
        helpLinkUri: HelpLinks.For(Id));

    /// <summary>The same diagnostic in test code, at suggestion severity.</summary>
    public static readonly DiagnosticDescriptor TestCodeRule = TestCodeDetector.SuggestionTwin(Rule);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, TestCodeRule);

    protected override void RegisterActions(CompilationStartAnalysisContext start, bool referencesTestFramework)
    {
        var credentialNames = new ConfiguredCredentialNames();
        start.RegisterSyntaxNodeAction(node => Analyze(node, credentialNames, referencesTestFramework), SyntaxKind.StringLiteralExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, ConfiguredCredentialNames credentialNames, bool referencesTestFramework)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        var value = literal.Token.ValueText;
        var tree = literal.SyntaxTree;
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        var names = credentialNames.For(options);
        // The value's own tests are cheaper than finding the target symbol (a semantic model call for an argument),
        // and rule out most literals.
        if (!CredentialValue.IsSecretLike(value, names.Terms)) return;
        var symbolName = LiteralTarget.NameOf(literal, context.SemanticModel, context.CancellationToken);
        if (symbolName is null || !names.IsCredential(symbolName)) return;
        if (PackMatchesInSource.Within(tree.GetText(context.CancellationToken), literal.Span, tree.FilePath).Count > 0) return;
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SymbolNameProperty, symbolName);
        var descriptor = TestCodeDetector.Choose(Rule, TestCodeRule, options, referencesTestFramework);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, literal.GetLocation(), properties, symbolName));
    }
}
