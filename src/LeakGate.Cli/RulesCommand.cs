using System.CommandLine;
using LeakGate.Rules;

namespace LeakGate.Cli;

/// <summary><c>leakgate rules list|test</c>: show the rules in force, and prove rules against their own examples.</summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config", "-c") { Description = "Also load this config (as a scan would)" };
        var format = new Option<string>("--format", "-f") { Description = "text, markdown or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var list = new Command("list", "List the rules in force") { config, format };
        list.SetAction(parse =>
        {
            var ruleSet = ScanRunner.LoadRules(parse.GetValue(config));
            RuleListWriter.Write(ruleSet.Rules, parse.GetValue(format)!, Console.Out);
            return ExitCodes.Clean;
        });

        var files = new Argument<string[]>("files") { Description = "Rule files to test (default: the built-in pack)", Arity = ArgumentArity.ZeroOrMore };
        var test = new Command("test", "Check every rule against its examples and negative examples") { files };
        test.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var (rules, allowlists) = paths.Length == 0 ? (DefaultRulePack.LoadWithExamples().Rules, DefaultRulePack.LoadWithExamples().Allowlists) : LoadFiles(paths);
            var failures = RuleExampleTester.Test(rules, allowlists, requireExamples: true);
            foreach (var failure in failures)
            {
                Console.Out.WriteLine($"FAIL {failure.Rule.Id}: {failure.Message}{(failure.Rule.Source is null ? "" : $" ({failure.Rule.Source})")}");
            }
            var examples = rules.Sum(r => r.Examples.Count + r.NegativeExamples.Count);
            Console.Out.WriteLine($"{rules.Count} rules, {examples} examples checked: {(failures.Count == 0 ? "all passed" : $"{failures.Count} failure(s)")}");
            return failures.Count == 0 ? ExitCodes.Clean : ExitCodes.Findings;
        });
        return new Command("rules", "List and test detection rules") { list, test };
    }

    private static (IReadOnlyList<Rule>, IReadOnlyList<Allowlist>) LoadFiles(IEnumerable<string> paths)
    {
        var configs = paths.Select(p => File.Exists(p) ? RuleConfigLoader.LoadFile(p) : throw new UsageException($"rule file not found: {p}")).ToList();
        return (configs.SelectMany(c => c.Rules).ToList(), configs.SelectMany(c => c.Allowlists).ToList());
    }
}
