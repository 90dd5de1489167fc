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
        return masked.Trim();
    }

    /// <summary>What reports print: the raw values when the user asked for them, otherwise the masked ones.</summary>
    public static (string Secret, string Line) Present(Finding finding, bool redact) => redact
        ? (Redact(finding.Secret), RedactLine(finding.Context, finding.Secret))
        : (finding.Secret, finding.Context.Text.Trim());
}
