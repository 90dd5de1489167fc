namespace LeakGate.Analyzers;

/// <summary>
/// Finds an inline <c>Password=</c> or <c>Pwd=</c> entry in an ADO.NET-style connection string
/// (<c>key=value;</c> pairs, values optionally quoted) whose value is a real one, not empty and not a placeholder.
/// </summary>
internal static class ConnectionStringPassword
{
    /// <summary>The offset and length of the password value in <paramref name="text"/>, or null.</summary>
    public static (int Start, int Length)? Find(string text)
    {
        var position = 0;
        foreach (var pair in text.Split(';'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && IsPasswordKey(pair.Substring(0, equals).Trim()))
            {
                var raw = pair.Substring(equals + 1);
                var value = raw.Trim().Trim('"', '\'');
                if (value.Length > 0 && !LooksLikePlaceholder(value)) return (position + equals + 1 + raw.IndexOf(value, StringComparison.Ordinal), value.Length);
            }
            position += pair.Length + 1;
        }
        return null;
    }

    private static bool IsPasswordKey(string key) =>
        key.Equals("password", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikePlaceholder(string value) =>
        Rules.PlaceholderFilter.IsPlaceholder(value) || (value.StartsWith("{", StringComparison.Ordinal) && value.EndsWith("}", StringComparison.Ordinal));
}
