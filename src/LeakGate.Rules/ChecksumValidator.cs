using System.IO.Hashing;

namespace LeakGate.Rules;

/// <summary>Verifies the embedded checksum of token formats that carry one, so random look-alikes are rejected.</summary>
public static class ChecksumValidator
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static bool IsValid(ChecksumKind kind, string secret) => kind switch
    {
        ChecksumKind.None => true,
        ChecksumKind.GitHubCrc32 or ChecksumKind.NpmCrc32 => IsValidCrc32Base62(secret),
        ChecksumKind.CloudflareCrc32 => IsValidCrc32HexSuffix(secret, bodyLength: 40),
        _ => false,
    };

    /// <summary>Prefix, then a 30-character body, then base62(CRC32(body)) left-padded to 6 characters.</summary>
    private static bool IsValidCrc32Base62(string secret)
    {
        var underscore = secret.IndexOf('_');
        if (underscore < 0) return false;
        var payload = secret.AsSpan(underscore + 1);
        if (payload.Length != 36) return false;
        Span<byte> body = stackalloc byte[30];
        for (var i = 0; i < 30; i++)
        {
            if (payload[i] > 127) return false;
            body[i] = (byte)payload[i];
        }
        var crc = Crc32.HashToUInt32(body);
        Span<char> expected = stackalloc char[6];
        for (var i = 5; i >= 0; i--)
        {
            expected[i] = Base62[(int)(crc % 62)];
            crc /= 62;
        }
        return payload[30..].SequenceEqual(expected);
    }

    /// <summary>Prefix up to '_', a body of <paramref name="bodyLength"/> characters, then CRC32(body) as 8 lowercase hex digits.</summary>
    private static bool IsValidCrc32HexSuffix(string secret, int bodyLength)
    {
        var payload = secret.AsSpan(secret.IndexOf('_') + 1);
        if (payload.Length != bodyLength + 8) return false;
        Span<byte> body = stackalloc byte[bodyLength];
        for (var i = 0; i < bodyLength; i++)
        {
            if (payload[i] > 127) return false;
            body[i] = (byte)payload[i];
        }
        Span<char> expected = stackalloc char[8];
        Crc32.HashToUInt32(body).TryFormat(expected, out _, "x8");
        return payload[bodyLength..].SequenceEqual(expected);
    }
}
