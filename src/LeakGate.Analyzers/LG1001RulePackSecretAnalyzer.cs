using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LeakGate.Analyzers;

/// <summary>
/// LG1001: a string literal (plain, verbatim, raw, UTF-8, a constant part of an interpolated string, a constant or
/// an attribute argument) holds a value that a medium- or high-confidence rule of the default pack recognises,
/// whatever the symbol is called.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LG1001RulePackSecretAnalyzer : CredentialAnalyzer
{
    public const string Id = "LG1001";

    public static readonly DiagnosticDescriptor Rule = new(
        Id,
        "Credential in a string literal",
        "This string holds a credential recognised by the LeakGate rule '{0}' ({1}); move it to configuration or a secret store and revoke it",
        HelpLinks.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The same rule pack as the leakgate command found a credential in source code. Anyone who can read the repository can use it: read it from configuration, the environment or a secret store instead, and revoke the exposed value.",
        helpLinkUri: HelpLinks.For(Id));

    /// <summary>The same diagnostic in test code, at suggestion severity.</summary>
    public static readonly DiagnosticDescriptor TestCodeRule = TestCodeDetector.SuggestionTwin(Rule);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, TestCodeRule);

    protected override void RegisterActions(CompilationStartAnalysisContext start, bool referencesTestFramework)
    {
        var trees = new ConcurrentDictionary<SyntaxTree, PackMatchesInTree>();
        start.RegisterSyntaxNodeAction(
            node => Analyze(node, trees.GetOrAdd(node.Node.SyntaxTree, tree => new PackMatchesInTree(tree.GetText(), tree.FilePath)), referencesTestFramework),
            SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringText);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, PackMatchesInTree packMatches, bool referencesTestFramework)
    {
        var matches = packMatches.Within(context.Node.Span);
        if (matches.Count == 0) return;
        var text = packMatches.Text;
        var inlinePassword = context.Node is LiteralExpressionSyntax literal && ConnectionStringPassword.Find(literal.Token.ValueText) is { } password
            ? literal.Token.ValueText.Substring(password.Start, password.Length)
            : null;
        matches.RemoveAll(m => text.ToString(m.Secret) == inlinePassword);
        if (matches.Count == 0) return;
        var tree = context.Node.SyntaxTree;
        var descriptor = TestCodeDetector.Choose(Rule, TestCodeRule, context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree), referencesTestFramework);
        foreach (var (rule, secret) in matches)
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(tree, secret), rule.Id, rule.Description));
        }
    }
}
