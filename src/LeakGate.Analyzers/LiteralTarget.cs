using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LeakGate.Analyzers;

/// <summary>
/// The name of the symbol a literal is given to: the variable, field, property or parameter it initialises, the
/// member it is assigned to, the parameter it is passed to (resolved by the compiler, so named and reordered
/// arguments land on the right parameter), or the symbol it is compared with (<c>==</c>, <c>!=</c>, <c>x.Equals("…")</c>).
/// </summary>
internal static class LiteralTarget
{
    public static string? NameOf(ExpressionSyntax literal, SemanticModel model, CancellationToken cancellation)
    {
        var node = literal.Parent;
        while (node is ParenthesizedExpressionSyntax or CastExpressionSyntax) node = node.Parent;
        return node switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Identifier.ValueText,
            AssignmentExpressionSyntax assignment when assignment.Right.Contains(literal) => NameOfTarget(assignment.Left),
            ArgumentSyntax argument => ParameterOf(argument, model, cancellation),
            AttributeArgumentSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
            AttributeArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
            AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression) =>
                NameOfTarget(binary.Left.Contains(literal) ? binary.Right : binary.Left),
            _ => null,
        };
    }

    private static string? NameOfTarget(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static string? ParameterOf(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellation)
    {
        if (argument.NameColon is { } nameColon) return nameColon.Name.Identifier.ValueText;
        if (argument.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" } equals }
            && NameOfTarget(equals.Expression) is { } compared)
        {
            return compared;
        }
        return model.GetOperation(argument, cancellation) is IArgumentOperation { Parameter: { } parameter } ? parameter.Name : null;
    }
}
