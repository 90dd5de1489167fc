// A fixed scan result (two findings, one decoded, one warning) that every report format is tested with.
using LeakGate.Engine;
using LeakGate.Rules;

namespace LeakGate.Reports.Tests;

public static class SampleScan
{
    public static readonly string AwsKeyId = "AKIA" + "Q3EGWTAKMXFN7YH2";
    public static readonly string Password = "S3cr3t" + "P4ssw0rdQ9";

    public static ReportContext Context(bool redact = true) => new("1.2.3", redact) { ScanRoot = "/work/repo", AutomationId = "leakgate/scan/" };

    public static ScanResult Create()
    {
        var config = RuleConfigLoader.Parse("""
            [[rules]]
            id = "aws-access-key-id"
            description = "AWS access key ID"
            regex = '''(AKIA[A-Z2-7]{16})'''
            keywords = ["akia"]
            confidence = "high"
            severity = "high"
            tags = ["cloud", "aws"]

            [[rules]]
            id = "postgres-uri-password"
            description = "PostgreSQL URI with a password"
            regex = '''postgres://[^:]+:([^@]+)@'''
            keywords = ["postgres://"]
            confidence = "medium"
            severity = "critical"
            tags = ["database"]
            """, "sample.toml", defaultUseDefault: false, compileRegexes: true);
        var aws = config.Rules[0];
        var postgres = config.Rules[1];
        var awsLine = $"aws_access_key_id = \"{AwsKeyId}\"";
        var dbLine = "url: cG9zdGdyZXM6Ly9hZG1pbjpTM2NyM3RQNHNzdzByZFE5QGRiL2FwcA==";
        var findings = new List<Finding>
        {
            new()
            {
                Rule = aws, Confidence = aws.Confidence, Origin = new Origin("src/app config.py"), StartLine = 3, StartColumn = 22, EndLine = 3, EndColumn = 42,
                Secret = AwsKeyId, Context = new LineContext(awsLine, 21, 20), Entropy = 3.9842,
                Fingerprint = Fingerprint.Of(aws.Id, AwsKeyId),
            },
            new()
            {
                Rule = postgres, Confidence = postgres.Confidence, Origin = new Origin("deploy/values.yaml"), StartLine = 7, StartColumn = 6, EndLine = 7, EndColumn = 62,
                Secret = Password, Context = new LineContext(dbLine, 5, 56), Entropy = 3.3, Encodings = ["base64"],
                Fingerprint = Fingerprint.Of(postgres.Id, Password),
            },
        };
        var diagnostics = new ScanDiagnostics();
        diagnostics.Scanned(2048);
        diagnostics.Scanned(1024);
        diagnostics.SkipBinary();
        diagnostics.Warn("big.min.js", "rule generic-api-key: regex timed out");
        return new ScanResult(findings, 0, diagnostics, TimeSpan.FromMilliseconds(1234), Interrupted: false);
    }
}
