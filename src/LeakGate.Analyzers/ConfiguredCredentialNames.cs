using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LeakGate.Analyzers;

/// <summary>
/// The <see cref="CredentialName"/> in force for a file's <c>.editorconfig</c> options, built once per distinct
/// <c>leakgate.credential_names</c> setting of a compilation rather than once per literal.
/// </summary>
internal sealed class ConfiguredCredentialNames
{
    private readonly ConcurrentDictionary<string, CredentialName> _byExtraTerms = new(StringComparer.Ordinal);

    public CredentialName For(AnalyzerConfigOptions options) =>
        options.TryGetValue(CredentialName.OptionName, out var extraTerms) && !string.IsNullOrWhiteSpace(extraTerms)
            ? _byExtraTerms.GetOrAdd(extraTerms, CredentialName.For)
            : CredentialName.For(null);
}
