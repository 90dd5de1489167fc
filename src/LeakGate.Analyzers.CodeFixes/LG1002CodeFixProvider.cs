using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LeakGate.Analyzers.CodeFixes;

/// <summary>
/// Fixes LG1002 by reading the credential at run time: <c>configuration["DbPassword"]</c> when an
/// <c>IConfiguration</c> is in scope, otherwise <c>Environment.GetEnvironmentVariable("DB_PASSWORD")</c>; either
/// fails loudly when the value is missing. A <c>const</c> becomes <c>static readonly</c> (a field) or a plain local.
/// Not offered where C# requires a constant (attribute arguments, parameter defaults).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LG1002CodeFixProvider)), Shared]
public sealed class LG1002CodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(LG1002CredentialNamedLiteralAnalyzer.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal) continue;
            if (RequiresConstant(literal) || !diagnostic.Properties.TryGetValue(LG1002CredentialNamedLiteralAnalyzer.SymbolNameProperty, out var symbolName) || symbolName is null) continue;
            var configuration = ConfigurationInScope.Find(model, literal);
            var title = configuration is null
                ? $"Read from the environment variable {ConfigurationName.EnvironmentVariable(symbolName)}"
                : $"Read from {configuration}[\"{ConfigurationName.ConfigurationKey(symbolName)}\"]";
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(Rewrite(root, literal, symbolName, configuration))), equivalenceKey: title),
                diagnostic);
        }
    }

    private static bool RequiresConstant(LiteralExpressionSyntax literal) =>
        literal.Ancestors().Any(a => a is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax);

    private static SyntaxNode Rewrite(SyntaxNode root, LiteralExpressionSyntax literal, string symbolName, string? configuration)
    {
        ExpressionSyntax read = configuration is null ? EnvironmentRead(symbolName) : ConfigurationRead(configuration, symbolName);
        if (literal.Parent is BinaryExpressionSyntax) read = ParenthesizedExpression(read);
        var constant = literal.FirstAncestorOrSelf<SyntaxNode>(n => n is FieldDeclarationSyntax or LocalDeclarationStatementSyntax);
        if (constant is not null && IsConst(constant))
        {
            var updated = constant.ReplaceNode(literal, read.WithTriviaFrom(literal));
            return root.ReplaceNode(constant, WithoutConst(updated));
        }
        return root.ReplaceNode(literal, read.WithTriviaFrom(literal));
    }

    private static ExpressionSyntax EnvironmentRead(string symbolName)
    {
        var variable = ConfigurationName.EnvironmentVariable(symbolName);
        var call = InvocationExpression(ParseExpression("System.Environment.GetEnvironmentVariable").WithAdditionalAnnotations(Simplifier.Annotation))
            .AddArgumentListArguments(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(variable))));
        return OrThrow(call, $"Set the environment variable {variable}.");
    }

    private static ExpressionSyntax ConfigurationRead(string configuration, string symbolName)
    {
        var key = ConfigurationName.ConfigurationKey(symbolName);
        var lookup = ElementAccessExpression(IdentifierName(configuration))
            .AddArgumentListArguments(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(key))));
        return OrThrow(lookup, $"Set the configuration value {key}.");
    }

    private static ExpressionSyntax OrThrow(ExpressionSyntax read, string message) =>
        BinaryExpression(SyntaxKind.CoalesceExpression, read, ThrowExpression(
            ObjectCreationExpression(ParseTypeName("System.InvalidOperationException").WithAdditionalAnnotations(Simplifier.Annotation))
                .AddArgumentListArguments(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(message))))));

    private static bool IsConst(SyntaxNode declaration) =>
        (declaration is FieldDeclarationSyntax field ? field.Modifiers : ((LocalDeclarationStatementSyntax)declaration).Modifiers).Any(SyntaxKind.ConstKeyword);

    private static SyntaxNode WithoutConst(SyntaxNode declaration)
    {
        if (declaration is FieldDeclarationSyntax field)
        {
            var index = field.Modifiers.IndexOf(SyntaxKind.ConstKeyword);
            var replacement = TokenList(Token(SyntaxKind.StaticKeyword).WithLeadingTrivia(field.Modifiers[index].LeadingTrivia).WithTrailingTrivia(Space),
                Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(field.Modifiers[index].TrailingTrivia));
            return field.WithModifiers(TokenList(field.Modifiers.Take(index).Concat(replacement).Concat(field.Modifiers.Skip(index + 1))));
        }
        var local = (LocalDeclarationStatementSyntax)declaration;
        var constIndex = local.Modifiers.IndexOf(SyntaxKind.ConstKeyword);
        var leading = local.Modifiers[constIndex].LeadingTrivia;
        var remaining = local.Modifiers.RemoveAt(constIndex);
        return remaining.Count == 0 ? local.WithModifiers(remaining).WithLeadingTrivia(leading) : local.WithModifiers(remaining);
    }
}
