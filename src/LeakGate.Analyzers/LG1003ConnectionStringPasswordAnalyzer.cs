using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LeakGate.Analyzers;

/// <summary>
/// LG1003: a connection string literal carries an inline <c>Password=</c> or <c>Pwd=</c> value that is neither empty
/// nor a placeholder. Reported on the password itself, whatever the literal is assigned to; LG1001 leaves such a
/// password to this more specific diagnostic.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LG1003ConnectionStringPasswordAnalyzer : CredentialAnalyzer
{
    public const string Id = "LG1003";

    public static readonly DiagnosticDescriptor Rule = new(
        Id,
        "Password inside a connection string literal",
        "This connection string contains an inline password; keep the connection string in configuration or use integrated authentication",
        HelpLinks.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A connection string in source code carries its password. Move the whole connection string to configuration (ConnectionStrings in appsettings, user secrets, or the environment), or authenticate without a password.",
        helpLinkUri: HelpLinks.For(Id));

    /// <summary>The same diagnostic in test code, at suggestion severity.</summary>
    public static readonly DiagnosticDescriptor TestCodeRule = TestCodeDetector.SuggestionTwin(Rule);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, TestCodeRule);

    protected override void RegisterActions(CompilationStartAnalysisContext start, bool referencesTestFramework) =>
        start.RegisterSyntaxNodeAction(node => Analyze(node, referencesTestFramework), SyntaxKind.StringLiteralExpression);

    private static void Analyze(SyntaxNodeAnalysisContext context, bool referencesTestFramework)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        var value = literal.Token.ValueText;
        if (value.IndexOf('=') < 0 || ConnectionStringPassword.Find(value) is not { } password) return;
        var tree = literal.SyntaxTree;
        var location = SourceLocationOf(literal, password.Start, password.Length);
        var descriptor = TestCodeDetector.Choose(Rule, TestCodeRule, context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree), referencesTestFramework);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location));
    }

    /// <summary>The password's place in the source when the literal's text equals its value after the opening quote
    /// (no escapes before it); otherwise the whole literal.</summary>
    private static Location SourceLocationOf(LiteralExpressionSyntax literal, int start, int length)
    {
        var tokenText = literal.Token.Text;
        var value = literal.Token.ValueText;
        var opening = tokenText.IndexOf(value.Substring(0, start + length), StringComparison.Ordinal);
        return opening < 0
            ? literal.GetLocation()
            : Location.Create(literal.SyntaxTree, new TextSpan(literal.Token.SpanStart + opening + start, length));
    }
}
