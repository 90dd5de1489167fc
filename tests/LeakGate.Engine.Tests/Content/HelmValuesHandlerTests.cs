// Covers HelmValuesHandler: a nested credential key of values*.yaml is scanned with its full key path as context.
using static LeakGate.Engine.Tests.Content.ContentFixtures;

namespace LeakGate.Engine.Tests.Content;

public class HelmValuesHandlerTests
{
    [Fact]
    public async Task Nested_credential_keys_are_found_with_their_key_path()
    {
        var password = Password();
        using var dir = new TempDirectory();
        dir.Write("chart/values-prod.yaml", $"""
            replicaCount: 2
            postgresql:
              auth:
                username: app
                password: {password}
                existingSecret: ""
            """);

        var result = await ScanAsync(dir.Path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((5, 15, password, "postgresql.auth.password"), (finding.StartLine, finding.StartColumn, finding.Secret, Detail(finding, "key")));
    }

    [Fact]
    public async Task References_and_empty_values_are_not_reported()
    {
        using var dir = new TempDirectory();
        dir.Write("values.yaml", "auth:\n  password: \"{{ .Values.global.password }}\"\n  token: \"\"\n  apiKey: ${API_KEY}\n");

        var result = await ScanAsync(dir.Path);

        Assert.Empty(result.Findings);
        Assert.Empty(result.Diagnostics.Messages);
    }
}
