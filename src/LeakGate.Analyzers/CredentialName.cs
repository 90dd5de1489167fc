using System.Text;

namespace LeakGate.Analyzers;

/// <summary>
/// Decides whether a symbol's name says credential: a term (<c>password</c>, <c>apiKey</c>, …) made of whole word parts
/// in any casing (<c>dbPassword</c>, <c>DB_PASSWORD</c>, <c>client-secret</c>), unless a later part says the symbol
/// holds something about the credential rather than the credential (<c>passwordLength</c>, <c>tokenUrl</c>).
/// Extra terms come from <c>.editorconfig</c>: <c>leakgate.credential_names = pin, passphrase</c>.
/// </summary>
internal sealed class CredentialName
{
    public const string OptionName = "leakgate.credential_names";

    private static readonly string[] DefaultTerms =
    [
        "password", "passwd", "pwd", "pass", "passphrase", "secret", "token", "apikey", "clientsecret", "connectionstring",
        "credential", "credentials", "privatekey", "accesskey", "secretkey", "authkey", "signingkey", "masterkey",
    ];

    private static readonly HashSet<string> DescriptiveSuffixes = new(StringComparer.Ordinal)
    {
        "name", "names", "type", "kind", "url", "uri", "endpoint", "path", "file", "field", "label", "prompt", "policy",
        "length", "header", "id", "format", "pattern", "regex", "hint", "message", "mode", "provider", "scheme", "prefix",
        "suffix", "parameter", "param", "variable", "env", "setting", "settings", "section", "option", "options", "expiry",
        "expiration", "lifetime", "count", "hash", "validator", "error", "text", "title", "placeholder", "description",
    };

    private static readonly CredentialName Default = new(null);

    private readonly string[] _terms;

    private CredentialName(string? extraTerms)
    {
        var extra = (extraTerms ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).Select(t => string.Concat(WordParts(t)));
        _terms = [.. DefaultTerms.Concat(extra).Distinct()];
    }

    /// <summary>The default terms, plus <paramref name="extraTerms"/> (comma-separated) when a project configures some.</summary>
    public static CredentialName For(string? extraTerms) => string.IsNullOrWhiteSpace(extraTerms) ? Default : new CredentialName(extraTerms);

    /// <summary>The terms in force, so a value that merely names one of them ("Enter your password") can be told apart.</summary>
    public IReadOnlyList<string> Terms => _terms;

    public bool IsCredential(string name)
    {
        var parts = WordParts(name);
        for (var start = 0; start < parts.Count; start++)
        {
            var run = new StringBuilder();
            for (var end = start; end < parts.Count; end++)
            {
                run.Append(parts[end]);
                if (!_terms.Contains(run.ToString())) continue;
                var last = parts[parts.Count - 1];
                if (end == parts.Count - 1 || !DescriptiveSuffixes.Contains(last)) return true;
            }
        }
        return false;
    }

    /// <summary>Lower-cased word parts: <c>XMLApiKey2</c> → xml, api, key2; <c>client_secret</c> → client, secret.</summary>
    public static List<string> WordParts(string name)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(parts, current);
                continue;
            }
            var startsWord = char.IsUpper(c) && current.Length > 0 &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord) Flush(parts, current);
            current.Append(char.ToLowerInvariant(c));
        }
        Flush(parts, current);
        return parts;
    }

    private static void Flush(List<string> parts, StringBuilder current)
    {
        if (current.Length == 0) return;
        parts.Add(current.ToString());
        current.Clear();
    }
}
