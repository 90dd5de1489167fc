// Invented credentials for the git tests, assembled from parts so this file does not itself look like a leak.
namespace LeakGate.Git.Tests;

public static class Secrets
{
    public static readonly string AwsKeyId = "AKIA" + "Q3EGWTAKMXFN7YH2";
    public static readonly string OtherAwsKeyId = "AKIA" + "ZP4RMNB7TQXW2KD6";
    public static string AwsLine(string key) => $"aws_access_key_id = \"{key}\"";
}
