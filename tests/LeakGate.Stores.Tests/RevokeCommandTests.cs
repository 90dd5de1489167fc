// End to end: the real leakgate binary on a real git repository, with fake Vault and SSM servers in this process reached through the stores' standard environment variables.
using System.Diagnostics;
using System.Text.Json;
using LeakGate.Stores.Tests.Fakes;

namespace LeakGate.Stores.Tests;

public sealed class RevokeCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly string _leaked = LeakedLookingValue();
    private FakeVault _vault = null!;
    private FakeSsm _ssm = null!;

    public async Task InitializeAsync()
    {
        _vault = await FakeVault.StartAsync();
        _ssm = await FakeSsm.StartAsync();
        _vault.Put("secret", "payments/db", new() { ["username"] = "payments", ["password"] = _leaked });
        _ssm.Put("/payments/db/password", _leaked);
        _ssm.Put("/payments/db/host", "db.internal", "String");
    }

    public async Task DisposeAsync()
    {
        await _vault.DisposeAsync();
        await _ssm.DisposeAsync();
    }

    public void Dispose() => _directory.Dispose();

    private string Repo => _directory.Combine("repo");
    private string AuditPath => _directory.Combine("audit.jsonl");

    [Fact]
    public async Task Scan_revoke_apply_rotates_the_leaked_value_in_Vault_and_SSM_and_audits_both()
    {
        CommitLeak();

        var result = await Leakgate("scan", Repo, "--format", "json", "--revoke", "--apply", "--store", "vault,aws", "--ssm-path", "/payments", "--audit-log", AuditPath);

        result.ExitsWith(1);
        Assert.True(result.Json.GetProperty("redacted").GetBoolean());
        Assert.DoesNotContain(_leaked, result.StdOut + result.StdErr);
        Assert.Contains("2 applied", result.StdErr);
        Assert.Equal(2, _vault.CurrentVersion("secret", "payments/db"));
        Assert.Null(_vault.Read("secret", "payments/db", version: 1));
        Assert.NotEqual(_leaked, _vault.Read("secret", "payments/db")!["password"]);
        Assert.Equal(2, _ssm.Current("/payments/db/password").Version);
        Assert.NotEqual(_leaked, _ssm.Current("/payments/db/password").Value);
        var audit = File.ReadAllLines(AuditPath).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["aws", "vault"], audit.Where(e => e.GetProperty("result").GetString() == "applied").Select(e => e.GetProperty("store").GetString()).Order());
        Assert.All(audit, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("who").GetString())));
        Assert.DoesNotContain(_leaked, File.ReadAllText(AuditPath));

        var again = await Leakgate("scan", Repo, "--format", "json", "--revoke", "--apply", "--store", "vault,aws", "--ssm-path", "/payments", "--audit-log", AuditPath);

        again.ExitsWith(1);
        Assert.Contains("0 applied", again.StdErr);
        Assert.Equal(2, _vault.CurrentVersion("secret", "payments/db"));
        Assert.Equal(2, _ssm.Current("/payments/db/password").Version);
    }

    [Fact]
    public async Task Revoke_from_an_unredacted_report_is_a_dry_run_by_default()
    {
        CommitLeak();
        var report = _directory.Combine("report.json");
        (await Leakgate("scan", Repo, "--format", "json", "--no-redact", "--output", report)).ExitsWith(1);

        var result = await Leakgate("revoke", "--findings", report, "--store", "vault", "--audit-log", AuditPath);

        result.ExitsWith(0);
        Assert.Contains("dry run", result.StdOut);
        Assert.Contains("planned  vault rotate-kv secret/payments/db#password v1", result.StdOut);
        Assert.Equal(1, _vault.CurrentVersion("secret", "payments/db"));
        Assert.DoesNotContain(_leaked, result.StdOut + File.ReadAllText(AuditPath));
    }

    [Fact]
    public async Task A_store_failure_exits_2_and_prints_the_state()
    {
        CommitLeak();
        _vault.Faults.DropConnection("PUT /v1/secret/destroy/payments/db");

        var result = await Leakgate("scan", Repo, "--revoke", "--apply", "--store", "vault", "--audit-log", AuditPath);

        result.ExitsWith(2);
        Assert.Contains("leaked version 1 of secret/payments/db is NOT destroyed and still readable", result.StdOut);
        Assert.DoesNotContain(_leaked, result.StdOut + result.StdErr);
    }

    [Theory]
    [InlineData("scan", ".", "--apply")]
    [InlineData("revoke", "--findings", "missing.json")]
    [InlineData("revoke", "--findings", "redacted.json")]
    [InlineData("revoke", "--findings", "redacted.json", "--store", "consul")]
    public async Task Bad_input_is_a_one_line_error(params string[] args)
    {
        _directory.Write("redacted.json", """{"redacted":true,"findings":[]}""");
        _directory.Write("unredacted.json", """{"redacted":false,"findings":[]}""");

        var result = await Task.Run(() => LeakGateProcess.RunWithEnvironment(_directory.Path, StoreEnvironment(), args));

        LeakGateProcess.AssertOneLineError(result, "leakgate: error:");
    }

    private Task<ProcessResult> Leakgate(params string[] args) =>
        Task.Run(() => LeakGateProcess.RunWithEnvironment(_directory.Path, StoreEnvironment(), args));

    /// <summary>Each store's standard settings, aimed at the fakes; no shared AWS config or instance metadata can interfere.</summary>
    private Dictionary<string, string> StoreEnvironment() => new()
    {
        ["VAULT_ADDR"] = _vault.Server.Address.ToString().TrimEnd('/'),
        ["VAULT_TOKEN"] = FakeVault.RootToken,
        ["AWS_ACCESS_KEY_ID"] = FakeIam.Credentials.GetCredentials().AccessKey,
        ["AWS_SECRET_ACCESS_KEY"] = FakeIam.Credentials.GetCredentials().SecretKey,
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ENDPOINT_URL_SSM"] = _ssm.Server.Address.ToString(),
        ["AWS_CONFIG_FILE"] = _directory.Combine("no-aws-config"),
        ["AWS_SHARED_CREDENTIALS_FILE"] = _directory.Combine("no-aws-credentials"),
        ["AWS_EC2_METADATA_DISABLED"] = "true",
    };

    private void CommitLeak()
    {
        Directory.CreateDirectory(Path.Combine(Repo, "config"));
        File.WriteAllText(Path.Combine(Repo, "config", "app.env"), $"DB_HOST=db.internal\nDB_PASSWORD={_leaked}\n");
        Git("init", "-q", "-b", "main");
        Git("add", "-A");
        Git("-c", "user.name=Test Author", "-c", "user.email=author@example.test", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "add config");
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Repo, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }

    /// <summary>A random 32-character value (a generated password as a password manager would make it).</summary>
    private static string LeakedLookingValue() => System.Security.Cryptography.RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 32);
}
