// Covers TerraformHandler and TfvarsHandler: credential-named and sensitive attributes of state and plans reported with
// the resource address at their line, the state file's presence reported once, and tfvars values with their variable.
using static LeakGate.Engine.Tests.Content.ContentFixtures;

namespace LeakGate.Engine.Tests.Content;

public class TerraformHandlerTests
{
    [Fact]
    public async Task State_values_are_reported_with_resource_address_and_the_state_file_once()
    {
        var password = Password();
        var masterKey = Password(32);
        using var dir = new TempDirectory();
        dir.Write("infra/terraform.tfstate", $$"""
            {
              "version": 4,
              "terraform_version": "1.9.5",
              "resources": [
                {
                  "mode": "managed",
                  "type": "random_password",
                  "name": "db",
                  "instances": [
                    {
                      "schema_version": 3,
                      "attributes": {
                        "length": 20,
                        "result": "{{password}}"
                      },
                      "sensitive_attributes": [[{ "type": "get_attr", "value": "result" }]]
                    }
                  ]
                },
                {
                  "module": "module.storage",
                  "mode": "managed",
                  "type": "aws_db_instance",
                  "name": "main",
                  "instances": [
                    {
                      "index_key": "primary",
                      "attributes": {
                        "identifier": "orders",
                        "password": "{{password}}",
                        "master_key": "{{masterKey}}",
                        "username": "admin"
                      },
                      "sensitive_attributes": [[{ "type": "get_attr", "value": "master_key" }]]
                    }
                  ]
                }
              ]
            }
            """);

        var result = await ScanAsync(dir.Path);

        var values = result.Findings.Where(f => f.RuleId == "terraform-state-credential").Select(f => (Detail(f, "resource"), f.StartLine, f.StartColumn, f.Secret)).ToList();
        Assert.Equal(
            [
                ("random_password.db.result", 14, 24, password),
                ("module.storage.aws_db_instance.main[\"primary\"].password", 30, 26, password),
                ("module.storage.aws_db_instance.main[\"primary\"].master_key", 31, 28, masterKey),
            ],
            values);
        var state = Assert.Single(result.Findings, f => f.RuleId == "terraform-state-file");
        Assert.Equal("infra/terraform.tfstate", state.Origin.Path);
        Assert.DoesNotContain(result.Findings, f => f.Secret == "admin" || f.Secret == "orders");
    }

    [Fact]
    public async Task Plan_values_marked_sensitive_and_credential_variables_are_reported()
    {
        var apiKey = Password(24);
        var variable = Password();
        using var dir = new TempDirectory();
        dir.Write("tfplan.json", $$$$"""
            {"format_version":"1.2","variables":{"admin_password":{"value":"{{{{variable}}}}"},"region":{"value":"eu-west-1"}},"planned_values":{"root_module":{"child_modules":[{"address":"module.api","resources":[{"address":"module.api.datadog_integration.x","values":{"name":"x","hook":"{{{{apiKey}}}}"},"sensitive_values":{"hook":true}}]}]}}}
            """);

        var result = await ScanAsync(dir.Path);

        var values = result.Findings.Where(f => f.RuleId == "terraform-state-credential").OrderBy(f => f.StartColumn).Select(f => (Detail(f, "resource"), f.Secret));
        Assert.Equal([("var.admin_password", variable), ("module.api.datadog_integration.x.hook", apiKey)], values);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "terraform-state-file");
    }

    [Fact]
    public async Task Tfvars_credentials_are_reported_with_their_variable_name()
    {
        var password = Password();
        using var dir = new TempDirectory();
        dir.Write("prod.tfvars", $"region = \"eu-west-1\"\n\ndb_password = \"{password}\" # rotated monthly\n");

        var result = await ScanAsync(dir.Path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((3, 16, password, "db_password"), (finding.StartLine, finding.StartColumn, finding.Secret, Detail(finding, "variable")));
    }

    [Fact]
    public async Task State_that_is_not_json_is_a_warning_and_still_reported_as_a_state_file()
    {
        using var dir = new TempDirectory();
        dir.Write("old.tfstate.backup", "{ not json");

        var result = await ScanAsync(dir.Path);

        Assert.Equal("terraform-state-file", Assert.Single(result.Findings).RuleId);
        Assert.Contains(result.Diagnostics.Messages, m => m.Path == "old.tfstate.backup" && m.Text.StartsWith("not read as Terraform JSON"));
    }
}
