namespace LeakGate.Engine;

/// <summary>Hides secrets in everything a person or a log sees: at most a short prefix of the secret survives.</summary>
public static class Redactor
{
    public const string Mask = "*****";

    /// <summary>Up to 4 leading characters and never more than a quarter of the secret, then a fixed mask.</summary>
    public static string Redact(string secret)
    {
        var keep = Math.Min(4, secret.Length / 4);
        return secret[..keep] + Mask;
    }

    /// <summary>The line with the secret's span masked, and any other copy of the secret on it too.</summary>
    public static string RedactLine(LineContext context, string secret)
    {
        var text = context.Text;
        var shown = text.Substring(context.SecretOffset, context.SecretLength);
        var masked = string.Concat(text.AsSpan(0, context.SecretOffset), Redact(shown), text.AsSpan(context.SecretOffset + context.SecretLength));
        if (secret.Length >= 4) masked = masked.Replace(secret, Redact(secret), StringComparison.Ordinal);
        return MaskCutCopies(context, masked, secret).Trim();
    }

    /// <summary>What reports print: the raw values when the user asked for them, otherwise the masked ones.</summary>
    public static (string Secret, string Line) Present(Finding finding, bool redact) => redact
        ? (Redact(finding.Secret), RedactLine(finding.Context, finding.Secret))
        : (finding.Secret, finding.Context.Text.Trim());

    /// <summary>
    /// The context is a window of the line: a copy of the secret that the window cuts shows only its end (at a
    /// cut start) or its beginning (at a cut end), which the whole-copy replacement above does not see; any
    /// such piece is masked, since beside a masked copy even a short one would show more than the prefix.
    /// </summary>
    private static string MaskCutCopies(LineContext context, string text, string secret)
    {
        for (var length = secret.Length - 1; context.CutAtStart && length > 0; length--)
        {
            if (!text.StartsWith(secret[^length..], StringComparison.Ordinal)) continue;
            text = Mask + text[length..];
            break;
        }
        for (var length = secret.Length - 1; context.CutAtEnd && length > 0; length--)
        {
            if (!text.EndsWith(secret[..length], StringComparison.Ordinal)) continue;
            text = text[..^length] + Redact(secret[..length]);
            break;
        }
        return text;
    }
}
