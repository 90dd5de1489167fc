namespace LeakGate.Rules;

/// <summary>Token formats whose last characters are a checksum of the rest.</summary>
public enum ChecksumKind
{
    None,
    /// <summary>GitHub ghp_/gho_/ghu_/ghs_/ghr_: base62 CRC32 of the 30-character body in the last 6 chars.</summary>
    GitHubCrc32,
    /// <summary>npm npm_ tokens: the same scheme as GitHub's.</summary>
    NpmCrc32,
    /// <summary>Cloudflare cfk_/cfut_/cfat_ tokens: a 40-character body, then CRC32 of the body as 8 lowercase hex digits.</summary>
    CloudflareCrc32,
}
