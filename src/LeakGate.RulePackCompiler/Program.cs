using LeakGate.Rules;

// Usage: LeakGate.RulePackCompiler RULES_DIR OUTPUT_FILE
// Validates every rule file (regexes compiled, ids unique) and writes the compiled pack; exit 2 on an invalid rule.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: LeakGate.RulePackCompiler RULES_DIR OUTPUT_FILE");
    return 2;
}
try
{
    var files = Directory.GetFiles(args[0], "*.toml").Select(path => (Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(args[0]))!, path).Replace('\\', '/'), File.ReadAllText(path)));
    var pack = DefaultRulePack.Combine(files, compileRegexes: true);
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
    using (var output = File.Create(args[1]))
    {
        CompiledRulePack.Write(pack, output);
    }
    Console.WriteLine($"compiled {pack.Rules.Count} rules to {args[1]}");
    return 0;
}
catch (RuleConfigException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}
