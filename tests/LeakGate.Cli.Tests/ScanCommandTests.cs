// End-to-end tests of `leakgate scan`: exit codes, formats, redaction, stdin and error handling, on the real binary.
using System.Text.Json;

namespace LeakGate.Cli.Tests;

public sealed class ScanCommandTests
{
    [Fact]
    public void Directory_with_a_secret_exits_1_and_names_rule_place_and_masked_secret()
    {
        using var dir = new TempDirectory();
        dir.Write("app/config.py", $"DEBUG = True\naws_access_key_id = \"{Secrets.AwsKeyId}\"\n");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("aws-access-key-id", result.StdOut);
        Assert.Contains("app/config.py:2:22", result.StdOut);
        Assert.Contains("AKIA*****", result.StdOut);
        Assert.DoesNotContain(Secrets.AwsKeyId, result.StdOut + result.StdErr);
    }

    [Fact]
    public void Clean_directory_exits_0()
    {
        using var dir = new TempDirectory();
        dir.Write("main.py", "print('hello')\npassword = os.environ['DB_PASSWORD']\n");

        var result = LeakGateProcess.Run(dir.Path, "scan");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No secrets found.", result.StdOut);
    }

    [Fact]
    public void Json_report_is_redacted_unless_no_redact_is_given()
    {
        using var dir = new TempDirectory();
        dir.Write("db.env", $"DATABASE_URL={Secrets.PostgresUri}\n");

        var redacted = JsonDocument.Parse(LeakGateProcess.Run(dir.Path, "scan", ".", "--format", "json").StdOut).RootElement;
        var clear = JsonDocument.Parse(LeakGateProcess.Run(dir.Path, "scan", ".", "--format", "json", "--no-redact").StdOut).RootElement;

        var finding = Assert.Single(redacted.GetProperty("findings").EnumerateArray());
        Assert.Equal("db.env", finding.GetProperty("path").GetString());
        Assert.DoesNotContain(Secrets.PostgresPassword, redacted.ToString());
        Assert.Equal(64, finding.GetProperty("fingerprint").GetString()!.Length);
        Assert.Equal(Secrets.PostgresPassword, clear.GetProperty("findings")[0].GetProperty("secret").GetString());
    }

    [Fact]
    public void Sarif_output_file_holds_results_and_stdout_stays_empty()
    {
        using var dir = new TempDirectory();
        dir.Write("k.txt", $"key {Secrets.AwsKeyId}\n");
        var sarif = Path.Combine(dir.Path, "out.sarif");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--format", "sarif", "--output", sarif);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.StdOut);
        var log = JsonDocument.Parse(File.ReadAllText(sarif)).RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var sarifResult = Assert.Single(log.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("aws-access-key-id", sarifResult.GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Stdin_is_scanned_with_dash()
    {
        using var dir = new TempDirectory();

        var result = LeakGateProcess.RunWithInput(dir.Path, $"export AWS_ACCESS_KEY_ID={Secrets.AwsKeyId}\n", "scan", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:1:", result.StdOut);
    }

    [Fact]
    public void Exit_code_for_findings_can_be_chosen()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Secrets.AwsKeyId);

        LeakGateProcess.Run(dir.Path, "scan", ".", "--exit-code", "42").ExitsWith(42);
    }

    [Fact]
    public void Binary_and_oversized_files_are_skipped_and_counted_not_silently_dropped()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(Path.Combine(dir.Path, "blob.bin"), [0x41, 0x00, 0x42]);
        dir.Write("big.txt", new string('a', 4096) + Secrets.AwsKeyId);

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--max-file-size", "1KB");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped 1 binary, 1 too large", result.StdOut);
    }

    [Fact]
    public void Missing_path_is_a_usage_error_with_exit_2()
    {
        using var dir = new TempDirectory();

        var result = LeakGateProcess.Run(dir.Path, "scan", "does-not-exist");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or directory: does-not-exist", result.StdErr);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_2()
    {
        using var dir = new TempDirectory();

        var result = LeakGateProcess.Run(dir.Path, "scan", "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.StdErr);
    }

    [Fact]
    public void Inline_allow_comment_suppresses_the_line()
    {
        using var dir = new TempDirectory();
        dir.Write("a.py", $"KEY = \"{Secrets.AwsKeyId}\"  # leakgate:allow documented test key\n");

        Assert.Equal(0, LeakGateProcess.Run(dir.Path, "scan", ".").ExitCode);
    }
}
