// Issue 7: action.yml and the workflow in docs/github-actions.md parse as YAML and are wired together: inputs used are declared, outputs come from real steps.
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LeakGate.Cli.Tests;

public sealed partial class GitHubActionWiringTests
{
    private static string Root => SourceTree.Root;

    private static string ActionText => File.ReadAllText(Path.Combine(Root, "action.yml"));

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Action => Parse(ActionText);

    /// <summary>The one ```yaml block of the docs that is a workflow (has jobs:).</summary>
    private static string DocsWorkflow
    {
        get
        {
            var docs = File.ReadAllText(Path.Combine(Root, "docs", "github-actions.md"));
            return Assert.Single(YamlBlock().Matches(docs).Select(m => m.Groups[1].Value), b => b.Contains("\njobs:"));
        }
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value ?? "" : "";

    private static HashSet<string> Keys(YamlMappingNode map) => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet();

    private static IReadOnlyList<YamlMappingNode> ActionSteps => ((YamlSequenceNode)Map(Action, "runs")["steps"]).Cast<YamlMappingNode>().ToList();

    [Fact]
    public void Action_is_composite_and_every_input_it_uses_is_declared_and_every_declared_input_is_used()
    {
        Assert.Equal("composite", Scalar(Map(Action, "runs"), "using"));
        var declared = Keys(Map(Action, "inputs"));
        var used = InputReference().Matches(ActionText).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal(["baseline", "config", "dotnet-version", "fail-on-findings", "mode", "sarif-path"], declared.Order(StringComparer.Ordinal));
        Assert.Empty(used.Except(declared));
        Assert.Empty(declared.Except(used));
        foreach (var input in Map(Action, "inputs").Children.Values.Cast<YamlMappingNode>())
        {
            Assert.NotEqual("", Scalar(input, "description"));
        }
    }

    [Fact]
    public void Action_outputs_come_from_existing_steps_that_write_them()
    {
        var stepsById = ActionSteps.Where(s => Scalar(s, "id") != "").ToDictionary(s => Scalar(s, "id"));
        var outputs = Map(Action, "outputs");
        Assert.Equal(["exit-code", "findings", "sarif-path"], Keys(outputs).Order(StringComparer.Ordinal));

        // Every steps.<id>.outputs.<name> anywhere in the action: the step exists and its script writes <name>= to $GITHUB_OUTPUT.
        var references = StepOutputReference().Matches(ActionText).Select(m => (Id: m.Groups[1].Value, Name: m.Groups[2].Value)).ToList();
        Assert.True(references.Count >= 4);
        foreach (var (id, name) in references)
        {
            Assert.True(stepsById.TryGetValue(id, out var step), $"no step with id '{id}'");
            var script = ScriptOf(step!);
            Assert.Contains($"{name}=", script);
            Assert.Contains("GITHUB_OUTPUT", script);
        }
        foreach (var output in outputs.Children.Values)
        {
            Assert.Matches(StepOutputReference(), Scalar(output, "value"));
        }
    }

    [Fact]
    public void Every_run_step_names_its_shell_and_runs_a_script_that_exists()
    {
        foreach (var step in ActionSteps.Where(s => Scalar(s, "run") != ""))
        {
            Assert.Equal("bash", Scalar(step, "shell"));
            Assert.True(File.Exists(ScriptPath(step)), ScriptPath(step));
        }
        Assert.Contains(ActionSteps, s => Scalar(s, "uses").StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
    }

    [Fact]
    public void Docs_workflow_uses_the_action_with_declared_inputs_and_uploads_its_sarif_output()
    {
        var workflow = Parse(DocsWorkflow);
        Assert.Equal("write", Scalar(Map(workflow, "permissions"), "security-events"));
        var job = (YamlMappingNode)Map(workflow, "jobs").Children.Values.Single();
        var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();

        var checkout = Assert.Single(steps, s => Scalar(s, "uses").StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Equal("0", Scalar(Map(checkout, "with"), "fetch-depth"));
        var scan = Assert.Single(steps, s => Scalar(s, "id") == "leakgate");
        var inputs = Keys(Map(Action, "inputs"));
        var given = Keys(Map(scan, "with"));
        Assert.Empty(given.Except(inputs));
        Assert.Contains("mode", given);
        var mode = Scalar(Map(scan, "with"), "mode");
        foreach (var value in new[] { "'pr'", "'push'", "'full'" }) Assert.Contains(value, mode);

        var upload = Assert.Single(steps, s => Scalar(s, "uses").StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        Assert.Equal("${{ steps.leakgate.outputs.sarif-path }}", Scalar(Map(upload, "with"), "sarif_file"));
        var outputs = Keys(Map(Action, "outputs"));
        var ids = steps.Select(s => Scalar(s, "id")).ToHashSet();
        foreach (Match m in StepOutputReference().Matches(DocsWorkflow))
        {
            Assert.Contains(m.Groups[1].Value, ids);
            Assert.Contains(m.Groups[2].Value, outputs);
        }
    }

    [Fact]
    public void Docs_tables_list_every_input_and_output_of_the_action()
    {
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "github-actions.md"));
        foreach (var name in Keys(Map(Action, "inputs")).Concat(Keys(Map(Action, "outputs"))))
        {
            Assert.Contains($"| `{name}` |", docs);
        }
    }

    private static string ScriptPath(YamlMappingNode step)
    {
        var match = ActionScript().Match(Scalar(step, "run"));
        Assert.True(match.Success, "run steps call a script under $GITHUB_ACTION_PATH: " + Scalar(step, "run"));
        return Path.Combine(Root, match.Groups[1].Value);
    }

    private static string ScriptOf(YamlMappingNode step) => File.ReadAllText(ScriptPath(step));

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"\binputs\.([A-Za-z0-9_-]+)")]
    private static partial Regex InputReference();

    [GeneratedRegex(@"\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)")]
    private static partial Regex StepOutputReference();

    [GeneratedRegex(@"\$GITHUB_ACTION_PATH/([^""\s]+)")]
    private static partial Regex ActionScript();
}
