// Covers KubernetesSecretHandler: base64 data and stringData values of every Secret in a multi-document manifest,
// located at their key and named by Secret and key, and the kubernetes-secret-manifest finding per Secret with values.
using static LeakGate.Engine.Tests.Content.ContentFixtures;

namespace LeakGate.Engine.Tests.Content;

public class KubernetesSecretHandlerTests
{
    [Fact]
    public async Task Values_of_every_secret_are_found_at_their_key_with_secret_and_key_names()
    {
        var token = GitHubToken();
        var password = Password();
        using var dir = new TempDirectory();
        dir.Write("deploy/secrets.yaml", $"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              mode: fast
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: gh-creds
              namespace: ci
            type: Opaque
            data:
              user: {Base64("deploy-bot")}
              token: {Base64(token)}
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: db
            stringData:
              db_password: "{password}"
            """);

        var result = await ScanAsync(dir.Path);

        var github = Assert.Single(result.Findings, f => f.Secret == token);
        Assert.Equal(("deploy/secrets.yaml", 16, 10), (github.Origin.Path, github.StartLine, github.StartColumn));
        Assert.Equal(("gh-creds", "ci", "token"), (Detail(github, "secret"), Detail(github, "namespace"), Detail(github, "key")));
        Assert.Equal(["base64"], github.Encodings);

        var db = Assert.Single(result.Findings, f => f.Secret == password);
        Assert.Equal((23, 17), (db.StartLine, db.StartColumn));
        Assert.Equal(("db", "db_password"), (Detail(db, "secret"), Detail(db, "key")));

        var manifests = result.Findings.Where(f => f.RuleId == "kubernetes-secret-manifest").ToList();
        Assert.Equal([("gh-creds", 11), ("db", 21)], manifests.Select(f => (Detail(f, "secret")!, f.StartLine)));
        Assert.All(manifests, f => Assert.Equal(LeakGate.Rules.Confidence.Medium, f.Confidence));
    }

    [Fact]
    public async Task A_secret_without_values_and_other_kinds_are_not_reported()
    {
        using var dir = new TempDirectory();
        dir.Write("empty.yml", """
            apiVersion: v1
            kind: Secret
            metadata:
              name: filled-by-external-secrets
            data: {}
            ---
            kind: Secret
            metadata:
              name: blank
            stringData:
              token: ""
            """);

        var result = await ScanAsync(dir.Path);

        Assert.Empty(result.Findings);
        Assert.Empty(result.Diagnostics.Messages);
    }

    [Fact]
    public async Task Data_that_is_not_base64_is_named_in_a_warning_and_the_manifest_still_reported()
    {
        using var dir = new TempDirectory();
        dir.Write("bad.yaml", "kind: Secret\nmetadata:\n  name: broken\ndata:\n  key: not*base64!\n");

        var result = await ScanAsync(dir.Path);

        Assert.Contains(result.Diagnostics.Messages, m => m.Path == "bad.yaml" && m.Text.Contains("Secret broken key key: data value is not valid base64"));
        Assert.Equal("kubernetes-secret-manifest", Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task Invalid_yaml_such_as_a_template_is_scanned_as_plain_text_without_noise()
    {
        var token = GitHubToken();
        using var dir = new TempDirectory();
        dir.Write("broken.yaml", $"kind: Secret\nstringData: [unclosed\ntoken = {token}\n");

        var result = await ScanAsync(dir.Path);

        Assert.Empty(result.Diagnostics.Messages);
        Assert.Equal(3, Assert.Single(result.Findings, f => f.Secret == token).StartLine);
    }

    [Fact]
    public async Task Secrets_inside_a_list_are_read_too()
    {
        var token = GitHubToken();
        using var dir = new TempDirectory();
        dir.Write("all.yml", $"apiVersion: v1\nkind: List\nitems:\n  - kind: Secret\n    metadata:\n      name: listed\n    stringData:\n      token: {token}\n");

        var result = await ScanAsync(dir.Path);

        var finding = Assert.Single(result.Findings, f => f.Secret == token);
        Assert.Equal((8, "listed", "token"), (finding.StartLine, Detail(finding, "secret"), Detail(finding, "key")));
    }
}
