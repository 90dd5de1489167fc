// Issue 9, item 1 (rules): a catastrophically backtracking user rule, and a config with 5,000 rules.
using System.Text;

namespace LeakGate.HostileInputTests;

public sealed class RuleTests
{
    [Fact]
    public void A_catastrophically_backtracking_rule_times_out_with_a_warning_naming_it_and_the_file()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        dir.Write(".leakgate.toml", """
            [[rules]]
            id = "evil-backtracking"
            description = "Nested quantifiers: exponential on a run of a's with no b"
            regex = '''(a+)+b'''
            keywords = ["aaa"]
            """);
        dir.Write("aaaa.txt", new string('a', 20_000) + "\n");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        Assert.Contains(HostileScan.Messages(result), m => m.Level == "warning" && m.Path == "aaaa.txt" && m.Text.Contains("evil-backtracking") && m.Text.Contains("timed out"));
    }

    [Fact]
    public void A_config_with_5000_rules_loads_and_scans()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        var config = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            config.Append($"[[rules]]\nid = \"generated-{i}\"\ndescription = \"Generated rule {i}\"\nregex = '''tok{i}x_[a-z0-9]{{24}}'''\nkeywords = [\"tok{i}x_\"]\n\n");
        }
        dir.Write(".leakgate.toml", config.ToString());
        dir.Write("app.env", "TOKEN=tok4321x_" + "q8w7e6r5t4y3u2i1o9p8a7s6" + "\n");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        var generated = Assert.Single(result.Findings, f => f.GetProperty("path").GetString() == "app.env");
        Assert.Equal("generated-4321", generated.GetProperty("ruleId").GetString());
    }
}
