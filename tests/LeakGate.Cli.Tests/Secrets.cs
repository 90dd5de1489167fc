// Invented credentials for the CLI tests, assembled from parts so this file does not itself look like a leak.
namespace LeakGate.Cli.Tests;

public static class Secrets
{
    public static readonly string AwsKeyId = "AKIA" + "Q3EGWTAKMXFN7YH2";
    public static readonly string PostgresPassword = "S3cr3t" + "P4ssw0rdQ9";
    public static readonly string PostgresUri = $"postgres://admin:{PostgresPassword}@db.internal:5432/app";
}
