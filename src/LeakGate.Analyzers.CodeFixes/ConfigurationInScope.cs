using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LeakGate.Analyzers.CodeFixes;

/// <summary>
/// Finds an <c>IConfiguration</c> the code at a position can read: a local or parameter, or an instance field or
/// property when the position is inside an instance member's body (not in a field initializer, where instance
/// members cannot be used).
/// </summary>
internal static class ConfigurationInScope
{
    private const string ConfigurationType = "Microsoft.Extensions.Configuration.IConfiguration";

    public static string? Find(SemanticModel model, SyntaxNode node)
    {
        var configuration = model.Compilation.GetTypeByMetadataName(ConfigurationType);
        if (configuration is null) return null;
        var inInstanceBody = IsInInstanceBody(node, model);
        foreach (var symbol in model.LookupSymbols(node.SpanStart))
        {
            var (type, usable) = symbol switch
            {
                ILocalSymbol local => (local.Type, true),
                IParameterSymbol parameter => (parameter.Type, true),
                IFieldSymbol field => (field.Type, field.IsStatic || inInstanceBody),
                IPropertySymbol property => (property.Type, property.IsStatic || inInstanceBody),
                _ => ((ITypeSymbol?)null, false),
            };
            if (usable && type is not null && IsConfiguration(type, configuration)) return symbol.Name;
        }
        return null;
    }

    private static bool IsConfiguration(ITypeSymbol type, INamedTypeSymbol configuration) =>
        SymbolEqualityComparer.Default.Equals(type, configuration) || type.AllInterfaces.Contains(configuration, SymbolEqualityComparer.Default);

    private static bool IsInInstanceBody(SyntaxNode node, SemanticModel model)
    {
        var body = node.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax or FieldDeclarationSyntax);
        if (body is null or FieldDeclarationSyntax) return false;
        return model.GetEnclosingSymbol(node.SpanStart) is { IsStatic: false } member && member.ContainingType is not null;
    }
}
