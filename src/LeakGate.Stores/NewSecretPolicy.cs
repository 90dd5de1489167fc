using System.Security.Cryptography;

namespace LeakGate.Stores;

/// <summary>How replacement values are made: <see cref="Length"/> characters drawn uniformly from <see cref="Alphabet"/> by the OS CSPRNG.</summary>
public sealed record NewSecretPolicy(int Length, string Alphabet)
{
    public const string DefaultAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static NewSecretPolicy Default { get; } = new(40, DefaultAlphabet);

    public static NewSecretPolicy Create(int length, string? alphabet)
    {
        var chars = string.IsNullOrEmpty(alphabet) ? DefaultAlphabet : new string(alphabet.Distinct().ToArray());
        if (length < 16 || length > 4096) throw new StoreConfigurationException("--new-secret-length must be between 16 and 4096");
        if (chars.Length < 10) throw new StoreConfigurationException("--new-secret-alphabet needs at least 10 distinct characters");
        return new NewSecretPolicy(length, chars);
    }

    public string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);
}
