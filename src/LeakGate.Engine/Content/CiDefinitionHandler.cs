using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LeakGate.Engine.Content;

/// <summary>
/// CI pipeline definitions in YAML (GitHub Actions workflows, GitLab CI, Azure Pipelines, CircleCI): values under
/// <c>env</c>, <c>environment</c>, <c>variables</c> and <c>with</c>, and script lines (<c>run</c>, <c>script</c>, …) are
/// scanned and reported with their job and step. References (<c>${{ secrets.X }}</c>, <c>$VAR</c>) are how a pipeline
/// should get credentials and are not looked at.
/// </summary>
public sealed class CiDefinitionHandler : IContentHandler
{
    private static readonly HashSet<string> ValueBlocks = ["env", "environment", "variables", "with"];
    private static readonly HashSet<string> ScriptKeys = ["run", "script", "before_script", "after_script", "command", "bash", "pwsh", "powershell", "sh", "inlineScript"];
    /// <summary>GitLab's top-level keywords; every other top-level mapping is a job.</summary>
    private static readonly HashSet<string> GitLabKeywords = ["stages", "variables", "include", "default", "workflow", "image", "services", "before_script", "after_script", "cache", "spec"];

    public bool ScansOriginal => true;

    public bool Handles(string path)
    {
        var name = ContentPath.FileName(path);
        var yaml = name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
        return yaml && (path.Contains(".github/workflows/", StringComparison.Ordinal) || name.StartsWith(".gitlab-ci", StringComparison.Ordinal)
            || name.StartsWith("azure-pipelines", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".circleci/config.yml", StringComparison.Ordinal));
    }

    public IEnumerable<DerivedItem> Expand(ScanItem item, ContentContext context)
    {
        var output = new List<DerivedItem>();
        var gitLab = ContentPath.FileName(item.Origin.Path).StartsWith(".gitlab-ci", StringComparison.Ordinal);
        var text = ItemText.Read(item);
        var raw = text.Split('\n');
        foreach (var document in YamlDocuments.Load(text, "a CI definition"))
        {
            if (document.RootNode is not YamlMappingNode root) continue;
            foreach (var (key, value) in root.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                var job = gitLab && !GitLabKeywords.Contains(name) && value is YamlMappingNode ? name : null;
                Visit(item, raw, name, key, value, new CiPlace(job, null), output);
            }
        }
        return output;
    }

    private static void Visit(ScanItem item, string[] raw, string key, YamlNode keyNode, YamlNode node, CiPlace place, List<DerivedItem> output)
    {
        if (ValueBlocks.Contains(key))
        {
            Assignments(item, node, place, output);
            return;
        }
        if (ScriptKeys.Contains(key) && node is not YamlMappingNode)
        {
            foreach (var script in node is YamlSequenceNode lines ? lines.OfType<YamlScalarNode>() : node is YamlScalarNode single ? [single] : [])
            {
                ScriptLines(item, raw, script, place, output);
            }
            return;
        }
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (childKey, child) in map.Children)
                {
                    var name = (childKey as YamlScalarNode)?.Value ?? "";
                    Visit(item, raw, name, childKey, child, key == "jobs" ? place with { Job = name } : place, output);
                }
                break;
            case YamlSequenceNode sequence:
                var index = 0;
                foreach (var element in sequence)
                {
                    index++;
                    var inner = key switch
                    {
                        "steps" => place with { Step = StepName(element) ?? $"#{index}" },
                        "jobs" => place with { Job = YamlDocuments.Scalar(element, "job") ?? YamlDocuments.Scalar(element, "deployment") ?? $"#{index}" },
                        _ => place,
                    };
                    Visit(item, raw, "", keyNode, element, inner, output);
                }
                break;
        }
    }

    /// <summary>A step's name as the CI shows it: <c>name</c>, <c>displayName</c>, the action used, the task, or CircleCI's <c>run.name</c>.</summary>
    private static string? StepName(YamlNode step) =>
        YamlDocuments.Scalar(step, "name") ?? YamlDocuments.Scalar(step, "displayName") ?? YamlDocuments.Scalar(step, "uses")
        ?? YamlDocuments.Scalar(step, "task") ?? (YamlDocuments.Child(step, "run") is YamlMappingNode run ? YamlDocuments.Scalar(run, "name") : null);

    /// <summary><c>KEY: value</c> pairs, and Azure's <c>- name: KEY / value: …</c> list; GitLab's <c>KEY: {value: …}</c> too.</summary>
    private static void Assignments(ScanItem item, YamlNode block, CiPlace place, List<DerivedItem> output)
    {
        var pairs = block switch
        {
            YamlMappingNode map => map.Children.Select(c => (Key: c.Key, Value: YamlDocuments.Child(c.Value, "value") ?? c.Value)),
            YamlSequenceNode list => list.OfType<YamlMappingNode>()
                .Select(e => (Key: e.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "name" }).Value, Value: YamlDocuments.Child(e, "value")!))
                .Where(p => p.Key is not null && p.Value is not null),
            _ => [],
        };
        foreach (var (keyNode, valueNode) in pairs)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || valueNode is not YamlScalarNode { Value: { Length: > 0 } value } scalar || IsReference(value)) continue;
            var derived = ItemText.Value(item.Origin, YamlDocuments.Assignment(key, value), place.Details(("variable", key)));
            var pin = keyNode.Start.Line == valueNode.Start.Line ? YamlDocuments.PinOf(keyNode, scalar) : YamlDocuments.PinOf(valueNode, scalar);
            output.Add(new DerivedItem(derived, pin));
        }
    }

    /// <summary>
    /// Each line of a script, as the verbatim line of the file that holds it (so findings keep their columns): a block
    /// scalar starts on the line after its <c>|</c> or <c>&gt;</c>, other scalars on their own line.
    /// </summary>
    private static void ScriptLines(ScanItem item, string[] raw, YamlScalarNode script, CiPlace place, List<DerivedItem> output)
    {
        var block = script.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var first = (int)script.Start.Line + (block ? 1 : 0);
        var lines = (script.Value ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var next = first;
        foreach (var line in lines)
        {
            // Blank lines inside a block shift the value's lines against the file's, so each line is looked up from where the last one was.
            var found = Array.FindIndex(raw, next - 1, Math.Min(raw.Length - next + 1, lines.Length + 64), r => r.Contains(line, StringComparison.Ordinal));
            if (found < 0) continue;
            var derived = ItemText.Value(item.Origin, raw[found].TrimEnd('\r'), place.Details());
            output.Add(new DerivedItem(derived) { LineOffset = found });
            next = found + 2;
        }
    }

    private static bool IsReference(string value) =>
        value.StartsWith('$') || (value.StartsWith("${{", StringComparison.Ordinal) && value.EndsWith("}}", StringComparison.Ordinal));
}
