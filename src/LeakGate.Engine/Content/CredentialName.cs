using System.Text.RegularExpressions;

namespace LeakGate.Engine.Content;

/// <summary>Whether a key or attribute name says it holds a credential (password, secret, private_key, token, access_key...).</summary>
internal static partial class CredentialName
{
    public static bool IsMatch(string name) => Pattern().IsMatch(name);

    [GeneratedRegex(@"(?i)(?:passw(?:or)?d|passphrase|secret|private[_-]?key|token|access[_-]?key|api[_-]?key|credential|auth[_-]?key|client[_-]?key|connection[_-]?string|sas[_-]?key)")]
    private static partial Regex Pattern();
}
