// End-to-end tests of rule configs: .leakgate.toml discovery, gitleaks configs, and config errors with file, line and rule.
namespace LeakGate.Cli.Tests;

public sealed class ConfigTests
{
    [Fact]
    public void Leakgate_toml_at_the_root_extends_the_default_pack_and_adds_allowlists()
    {
        using var dir = new TempDirectory();
        dir.Write(".leakgate.toml", """
            [[rules]]
            id = "acme-token"
            description = "ACME internal token"
            regex = '''acme_[a-z0-9]{20}'''
            keywords = ["acme_"]

            [[allowlists]]
            paths = ['''^fixtures/''']
            """);
        dir.Write("src/a.txt", "token = acme_k2j4h5g6f7d8s9a0q1w2\n");
        dir.Write("src/b.txt", $"{Secrets.AwsKeyId}\n");
        dir.Write("fixtures/c.txt", $"{Secrets.AwsKeyId}\n");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("acme-token", result.StdOut);
        Assert.Contains("src/b.txt", result.StdOut);
        Assert.DoesNotContain("fixtures/c.txt", result.StdOut);
    }

    [Fact]
    public void Gitleaks_config_loads_unchanged_and_replaces_the_default_pack()
    {
        using var dir = new TempDirectory();
        var config = dir.Write(".gitleaks.toml", """
            title = "team gitleaks config"

            [[rules]]
            id = "internal-api-key"
            description = "Internal API key"
            regex = '''(?i)(?P<key>intk_[[:alnum:]]{24})'''
            secretGroup = 1
            keywords = ["intk_"]
            tags = ["internal"]

            [[rules.allowlists]]
            condition = "OR"
            regexTarget = "line"
            regexes = ['''(?i)sample''']

            [allowlist]
            description = "global"
            paths = ['''(^|/)vendor/''']
            """);
        dir.Write("a.txt", "key = intk_Zx9Qw2Er4Ty6Ui8Op0As3Df5\n");
        dir.Write("b.txt", "sample key = intk_Zx9Qw2Er4Ty6Ui8Op0As3Df6\n");
        dir.Write("vendor/c.txt", "key = intk_Zx9Qw2Er4Ty6Ui8Op0As3Df7\n");
        dir.Write("d.txt", $"{Secrets.AwsKeyId}\n");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--config", config);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.txt:1:7", result.StdOut);
        Assert.DoesNotContain("b.txt", result.StdOut);
        Assert.DoesNotContain("vendor/c.txt", result.StdOut);
        Assert.DoesNotContain("aws-access-key-id", result.StdOut);
    }

    [Fact]
    public void Regex_that_does_not_compile_names_file_line_and_rule_and_exits_2()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("bad.toml", "\n[[rules]]\nid = \"broken\"\nregex = '''(unclosed'''\nkeywords = [\"x\"]\n");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.toml:4", result.StdErr);
        Assert.Contains("rule 'broken'", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void Unknown_field_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("typo.toml", "[[rules]]\nid = \"r\"\nregex = 'x'\nkeyword = [\"x\"]\n");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("typo.toml:4", result.StdErr);
        Assert.Contains("unknown field 'keyword'", result.StdErr);
    }

    [Fact]
    public void Invalid_toml_is_an_error_with_line()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("broken.toml", "title = \"x\"\n[[rules]\nid = 1\n");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.toml:2", result.StdErr);
        Assert.Contains("invalid TOML", result.StdErr);
    }
}
